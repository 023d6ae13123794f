"""Helpers to build coalgrid instance JSON with cited numbers (Python 3.11 standard library only).

Sources are read from the seed-facts table (default /work/shared/seed-facts.md): every table row
whose first cell is an ID such as C-G01 or G-P07 becomes a citable source. Seed rows give the file
and the verbatim quote in 「」; section-8 rows (G-*) are external reference values.
"""
import json
import os
import re

SEED_FACTS = os.environ.get("SEED_FACTS", "/work/shared/seed-facts.md")

_ROW = re.compile(r"^\| ([A-Z]-[A-Z0-9]+|[A-Z]-\d+) \|")
_URL = re.compile(r"https?://[^\s)]+")


def load_facts(path=SEED_FACTS):
    facts = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = _ROW.match(line)
            if not m:
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            fid = cells[0]
            if fid.startswith("G-"):
                # | ID | Parameter | Typical value | Usual source |
                url = _URL.search(cells[2])
                facts[fid] = {
                    "id": fid,
                    "title": f"{strip_md(cells[1])} (external reference, seed-facts §8; usual source: {cells[3]})",
                    "quote": strip_md(cells[2]),
                    "url": url.group(0) if url else None,
                    "external": True,
                }
            elif fid.startswith("D-"):
                # | ID | Derived quantity | Value | How derived | Caveat |
                facts[fid] = {
                    "id": fid,
                    "file": "seed-facts.md",
                    "quote": cells[3],
                    "title": f"Derived (seed-facts §6, arithmetic on seed numbers): {strip_md(cells[1])} = {cells[2]}; caveat: {cells[4]}",
                    "external": False,
                }
            else:
                quote = re.search(r"「(.+?)」", line)
                seed = re.search(r"(\d{3}_[0-9a-f]{16}\.txt)", line)
                if not quote or not seed:
                    continue
                facts[fid] = {
                    "id": fid,
                    "file": seed.group(1),
                    "quote": quote.group(1),
                    "title": strip_md(cells[1]) if len(cells) > 1 else None,
                    "external": False,
                }
    return facts


def strip_md(s):
    return s.replace("**", "").strip()


FACTS = load_facts()


class Builder:
    """Collects cited sources while numbers are wrapped."""

    def __init__(self):
        self.used = []

    def cite(self, sid):
        if sid is None:
            return None
        if sid not in FACTS:
            raise KeyError(f"unknown seed-facts id {sid}")
        if sid not in self.used:
            self.used.append(sid)
        return sid

    def v(self, value, src=None, note=None):
        """A number with its source id (seed-facts ID) and/or a note."""
        if isinstance(src, (list, tuple)):
            for s in src[1:]:
                self.cite(s)
            note = (note + "; " if note else "") + "also " + ", ".join(src[1:])
            src = src[0]
        if src is None and note is None:
            return value
        out = {"value": value}
        if src is not None:
            out["source"] = self.cite(src)
        if note is not None:
            out["note"] = note
        return out

    def ref(self, sid):
        """A full SourceRef object (for targets)."""
        self.cite(sid)
        f = FACTS[sid]
        out = {"id": sid}
        for k in ("file", "quote", "title", "url"):
            if f.get(k):
                out[k] = f[k]
        out["external"] = f["external"]
        return out

    def sources(self):
        out = []
        for sid in self.used:
            f = FACTS[sid]
            e = {"id": sid}
            for k in ("file", "quote", "title", "url"):
                if f.get(k):
                    e[k] = f[k]
            e["external"] = f["external"]
            out.append(e)
        return out


# ----------------------------------------------------------------------------------------------
# Periods

MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
PEAK_H_PER_DAY = 10  # assumption A-PEAK
# Guizhou hydro seasonality: monthly share of annual hydro energy (%), May-Oct = 75 % (G-P07: 70-80 %
# of runoff in the flood season May-October). Monthly shape is an assumption inside that range.
HYDRO_MONTH_SHARE = [3.5, 3.0, 3.5, 5.0, 9.0, 15.0, 16.0, 13.0, 12.0, 10.0, 6.0, 4.0]


def season_of(m):
    # G-P07: wet ~ June-October, dry ~ December-April; May and November are transitions.
    if m in ("jun", "jul", "aug", "sep", "oct"):
        return "wet"
    if m in ("may", "nov"):
        return "transition"
    return "dry"


def periods24():
    out = []
    for m, d in zip(MONTHS, DAYS):
        out.append({"id": f"{m}-peak", "hours": d * PEAK_H_PER_DAY, "season": season_of(m), "block": "peak"})
        out.append({"id": f"{m}-offpeak", "hours": d * (24 - PEAK_H_PER_DAY), "season": season_of(m),
                    "block": "offpeak"})
    assert sum(p["hours"] for p in out) == 8760
    return out


PEAK_FACTOR = 1.15  # assumption A-LOAD: peak-block MW / daily mean MW


def block_factor(block):
    if block == "peak":
        return PEAK_FACTOR
    return (24 - PEAK_FACTOR * PEAK_H_PER_DAY) / (24 - PEAK_H_PER_DAY)


def hydro_energy_by_period(annual_mwh, periods, shares=HYDRO_MONTH_SHARE):
    """Run-of-river energy: month share of the annual energy, split over blocks by hours."""
    out = {}
    for i, m in enumerate(MONTHS):
        month = [p for p in periods if p["id"].startswith(m + "-")]
        mh = sum(p["hours"] for p in month)
        for p in month:
            out[p["id"]] = round(annual_mwh * shares[i] / 100.0 * p["hours"] / mh, 1)
    return out


def demand_mw_by_period(annual_mwh, periods):
    """Flat monthly load with a peak/offpeak shape (A-LOAD); integrates to annual_mwh."""
    mean = annual_mwh / 8760.0
    return {p["id"]: round(mean * block_factor(p["block"]), 2) for p in periods}


def dump(obj, path):
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def annualised(capex_cny_per_kw, crf):
    """Annualised capex, CNY per MW and year."""
    return round(capex_cny_per_kw * 1000.0 * crf, 0)


CRF = 0.0937  # assumption A-CRF: 8 % real discount rate over 25 years


# ----------------------------------------------------------------------------------------------
# Entity helpers: every record component is written (nulls included) so the files are explicit.

def region(rid, name, zh, external=False, **extra):
    return {"id": rid, "name": name, "nameZh": zh, "external": external, **extra}


def grade(gid, name, tce, sulfur, co2, byproduct=False, **extra):
    return {"id": gid, "name": name, "tcePerT": tce, "sulfurPct": sulfur, "co2TPerTce": co2,
            "byproduct": byproduct, **extra}


def mine(mid, name, reg, gr, cap, cost, large=False, min_out=0, washing=None, **extra):
    return {"id": mid, "name": name, "region": reg, "grade": gr, "capacityT": cap, "minOutputT": min_out,
            "costCnyPerT": cost, "large": large, "washing": washing, **extra}


def washing(share, clean, cy, byp, by, cost):
    return {"washedShare": share, "cleanGrade": clean, "cleanYield": cy, "byproductGrade": byp,
            "byproductYield": by, "costCnyPerT": cost}


def arc(aid, frm, to, mode, cap, cost, loss, grades=None, **extra):
    return {"id": aid, "from": frm, "to": to, "mode": mode, "capacityT": cap, "costCnyPerT": cost,
            "lossShare": loss, "grades": grades or [], **extra}


def plant(pid, name, reg, ptype, cap, avail=0.9, heat=0, grades=None, vom=0, fuel=0, desulf=0,
          large=False, avail_by=None, hydro=None, storage=None, chp=None, build=None, min_load=0,
          commitment=False, unit_mw=None, **extra):
    return {"id": pid, "name": name, "region": reg, "type": ptype, "capacityMw": cap, "availability": avail,
            "availabilityByPeriod": avail_by or {}, "heatRateGcePerKwh": heat, "grades": grades or [],
            "minLoadShare": min_load, "vomCnyPerMwh": vom, "fuelCostCnyPerMwh": fuel,
            "desulfurisationShare": desulf, "large": large, "commitment": commitment, "unitMw": unit_mw,
            "hydro": hydro, "storage": storage, "chp": chp, "build": build, **extra}


def line(lid, name, frm, to, cap, loss, wheeling=0, bidir=False, build=None, cap_by=None, **extra):
    return {"id": lid, "name": name, "from": frm, "to": to, "capacityMw": cap,
            "capacityMwByPeriod": cap_by or {}, "lossShare": loss, "wheelingCnyPerMwh": wheeling,
            "bidirectional": bidir, "build": build, **extra}


def industry(iid, name, reg, chain, product, cap, elec, feed=None, heat=0, va=0, min_out=0, planned=None,
             profile="FLAT", potlines=None, **extra):
    return {"id": iid, "name": name, "region": reg, "chain": chain, "product": product, "capacityT": cap,
            "minOutputT": min_out, "plannedOutputT": planned, "electricityMwhPerT": elec,
            "coalFeedTPerT": feed or {}, "heatGjPerT": heat, "valueAddedCnyPerT": va, "profile": profile,
            "potlines": potlines, **extra}


def demand(did, reg, mw_by=None, annual=None, mw=None, voll=None, **extra):
    return {"id": did, "region": reg, "mw": mw, "mwByPeriod": mw_by or {}, "annualMwh": annual,
            "vollCnyPerMwh": voll, **extra}


def coal_demand(cid, reg, gr, firm, price, max_t=None, **extra):
    return {"id": cid, "region": reg, "grade": gr, "firmT": firm, "maxT": max_t, "priceCnyPerT": price, **extra}


def export(xid, name, reg, firm, price, penalty, max_mw=None, firm_by=None, **extra):
    return {"id": xid, "name": name, "region": reg, "firmMwh": firm, "firmMwhByPeriod": firm_by or {},
            "maxMw": max_mw, "priceCnyPerMwh": price, "shortfallPenaltyCnyPerMwh": penalty, **extra}


def policy(pid, name, zh, ptype, limit, regions=None, reg=None, **extra):
    return {"id": pid, "name": name, "nameZh": zh, "type": ptype, "limit": limit, "regions": regions or [],
            "region": reg, "sense": None, "terms": [], **extra}


def target(b, tid, name, metric, sense, value, unit, src, tol=0.0, **extra):
    return {"id": tid, "name": name, "metric": metric, "sense": sense, "value": value, "tolerance": tol,
            "unit": unit, "source": b.ref(src), **extra}


def instance(b, meta, periods, regions, grades, mines, arcs, plants, lines, industries, direct, demands,
             coal_demands, exports, policies, targets):
    def walk(x):
        if isinstance(x, dict):
            if isinstance(x.get("source"), str):
                b.cite(x["source"])
            for val in x.values():
                walk(val)
        elif isinstance(x, list):
            for i in x:
                walk(i)
    walk([meta, regions, mines, arcs, plants, lines, industries, direct, demands, coal_demands, exports, policies])
    meta = dict(meta)
    meta["sources"] = b.sources()
    return {"meta": meta, "periods": periods, "regions": regions, "coalGrades": grades, "mines": mines,
            "coalArcs": arcs, "plants": plants, "lines": lines, "industries": industries,
            "directSupplies": direct, "demands": demands, "coalDemands": coal_demands, "exports": exports,
            "policies": policies, "targets": targets}
