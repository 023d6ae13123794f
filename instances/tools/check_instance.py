"""Rough structural and balance checks of coalgrid instance files (no solver; Python 3.11 stdlib only).

    python3 instances/tools/check_instance.py instances/*.json

Checks ids, references, period hours, that every source id is defined in meta.sources, then the
power balance per period (available generation vs firm load, no line limits, no storage shifting,
hydro reservoirs counted at their inflow) and an annual coal balance in tce. The balances are
screening estimates, not the model: a positive margin is necessary, not sufficient, for feasibility.
"""
import json
import re
import sys

ID = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")
WRAP_KEYS = {"value", "source", "note"}
COAL_TYPES = ("COAL", "GANGUE", "CHP")


def unwrap(x, srcs):
    if isinstance(x, dict):
        if "value" in x and set(x) <= WRAP_KEYS:
            s = x.get("source")
            if isinstance(s, str):
                srcs.add(s)
            return unwrap(x["value"], srcs)
        out = {}
        for k, val in x.items():
            if k == "source" and isinstance(val, str):
                srcs.add(val)
            out[k] = unwrap(val, srcs)
        return out
    if isinstance(x, list):
        return [unwrap(i, srcs) for i in x]
    return x


def check(path):
    raw = json.load(open(path, encoding="utf-8"))
    used = set()
    d = unwrap(raw, used)
    errs, warns = [], []
    meta = d["meta"]
    defined = {s["id"] for s in meta.get("sources", [])}
    for s in sorted(used - defined):
        errs.append(f"source id {s} used but not in meta.sources")
    for t in d["targets"]:
        if t["source"]["id"] not in defined:
            errs.append(f"target {t['id']} source not defined")
    for s in meta.get("sources", []):
        if not s.get("external") and not (s.get("file") and s.get("quote")):
            errs.append(f"source {s['id']} lacks file/quote")
    keys = ["meta", "periods", "regions", "coalGrades", "mines", "coalArcs", "plants", "lines", "industries",
            "directSupplies", "demands", "coalDemands", "exports", "policies", "targets"]
    for k in keys:
        if k not in d:
            errs.append(f"missing key {k}")
    for k in keys[1:]:
        ids = [e["id"] for e in d[k]]
        if len(ids) != len(set(ids)):
            errs.append(f"duplicate ids in {k}")
        for i in ids:
            if not ID.match(i):
                errs.append(f"bad id {i} in {k}")
    P = {p["id"]: p["hours"] for p in d["periods"]}
    if abs(sum(P.values()) - meta["hoursInYear"]) > 1e-6:
        errs.append(f"period hours sum {sum(P.values())} != {meta['hoursInYear']}")
    R = {r["id"]: r for r in d["regions"]}
    G = {g["id"]: g for g in d["coalGrades"]}
    PL = {p["id"]: p for p in d["plants"]}
    IN = {i["id"]: i for i in d["industries"]}
    ext = {r for r in R if R[r]["external"]}

    def ref(kind, val, table):
        if val not in table:
            errs.append(f"{kind}: unknown reference {val}")

    for m in d["mines"]:
        ref("mine region", m["region"], R); ref("mine grade", m["grade"], G)
        if m["washing"]:
            ref("clean grade", m["washing"]["cleanGrade"], G); ref("byproduct grade", m["washing"]["byproductGrade"], G)
    for a in d["coalArcs"]:
        ref("arc from", a["from"], R); ref("arc to", a["to"], R)
        for g in a["grades"]:
            ref("arc grade", g, G)
    for p in d["plants"]:
        ref("plant region", p["region"], R)
        for g in p["grades"]:
            ref("plant grade", g, G)
        for t in p["availabilityByPeriod"]:
            ref("plant avail period", t, P)
        if p["type"] in COAL_TYPES and (not p["grades"] or not p["heatRateGcePerKwh"]):
            errs.append(f"coal plant {p['id']} needs grades and heat rate")
        if p["type"] == "HYDRO":
            h = p["hydro"]
            if not h:
                errs.append(f"hydro {p['id']} lacks hydro block")
            else:
                for t in list(h["energyMwhByPeriod"]) + list(h["inflowMwhByPeriod"]):
                    ref("hydro period", t, P)
        if p["type"] == "PUMPED_STORAGE" and not p["storage"]:
            errs.append(f"pumped storage {p['id']} lacks storage")
        if p["type"] == "CHP" and not p["chp"]:
            errs.append(f"CHP {p['id']} lacks chp")
    for l in d["lines"]:
        ref("line from", l["from"], R); ref("line to", l["to"], R)
    for i in d["industries"]:
        ref("industry region", i["region"], R)
        for g in i["coalFeedTPerT"]:
            ref("industry grade", g, G)
        if i["region"] in ext:
            errs.append(f"industry {i['id']} in external region")
    for x in d["directSupplies"]:
        ref("ds plant", x["plant"], PL); ref("ds industry", x["industry"], IN)
    for x in d["demands"]:
        ref("demand region", x["region"], R)
    for x in d["coalDemands"]:
        ref("coal demand region", x["region"], R); ref("coal demand grade", x["grade"], G)
    for x in d["exports"]:
        ref("export region", x["region"], R)
        if x["region"] not in ext:
            errs.append(f"export {x['id']} not in an external region")
    for x in d["policies"]:
        for r in x["regions"]:
            ref("policy region", r, R)
        if x["type"] == "EXPORT_CAPABILITY":
            ref("policy region", x["region"], R)

    # ---------------- power balance per period ----------------
    def cap(p, with_build):
        c = p["capacityMw"]
        if with_build and p["build"]:
            c += p["build"]["unitMw"] * p["build"]["maxUnits"]
        return c

    internal = [p for p in d["plants"] if p["region"] not in ext]
    out_grid = [p for p in d["plants"] if p["region"] in ext]
    exp_lines = [l for l in d["lines"] if l["to"] in ext]
    loss_exp = min([l["lossShare"] for l in exp_lines], default=0)

    def avail_mw(p, t, wb):
        a = p["availabilityByPeriod"].get(t, p["availability"])
        c = cap(p, wb)
        if p["type"] == "HYDRO":
            h = p["hydro"]
            if h.get("storageMwh") is not None:
                e = h["inflowMwhByPeriod"].get(t, 0) / P[t]
            else:
                e = h["energyMwhByPeriod"].get(t, 0) / P[t]
            return min(c * a, e)
        if p["type"] == "PUMPED_STORAGE":
            return 0.0
        return c * a

    def load_mw(t):
        dem = 0.0
        for x in d["demands"]:
            if x["region"] in ext:
                continue
            if x["mwByPeriod"]:
                dem += x["mwByPeriod"].get(t, 0)
            elif x["mw"] is not None:
                dem += x["mw"]
            elif x["annualMwh"] is not None:
                dem += x["annualMwh"] / meta["hoursInYear"]
        ind = sum((i["plannedOutputT"] if i["plannedOutputT"] is not None else i["capacityT"]) * i["electricityMwhPerT"]
                  for i in d["industries"]) / meta["hoursInYear"]
        exp = 0.0
        for x in d["exports"]:
            if x["firmMwhByPeriod"]:
                exp += x["firmMwhByPeriod"].get(t, 0) / P[t]
            else:
                exp += x["firmMwh"] / meta["hoursInYear"]
        return dem, ind, exp / (1 - loss_exp)

    worst = None
    rows = []
    for wb in (False, True):
        for t in P:
            gen = sum(avail_mw(p, t, wb) for p in internal)
            outside = sum(avail_mw(p, t, wb) for p in out_grid)
            dem, ind, exp = load_mw(t)
            margin = gen - dem - ind - exp
            rows.append((wb, t, gen, outside, dem, ind, exp, margin))
    has_build = any(p["build"] for p in d["plants"])
    print(f"== {path}: {len(R)} regions ({len(ext)} external), {len(P)} periods, {len(d['plants'])} plants, "
          f"{len(d['lines'])} lines, {len(d['industries'])} industries, "
          f"{'MILP' if has_build or any(l['build'] for l in d['lines']) or any(i['potlines'] for i in d['industries']) else 'LP'}")
    for wb, t, gen, outside, dem, ind, exp, margin in rows:
        if wb and not has_build:
            continue
        if worst is None or (wb == has_build and margin < worst[1]):
            worst = (t, margin) if wb == has_build else worst
    tight = sorted([r for r in rows if r[0] == has_build], key=lambda r: r[7])[:3]
    for wb, t, gen, outside, dem, ind, exp, margin in tight:
        print(f"  period {t:14s} avail {gen:9.0f} MW (+outside grid {outside:6.0f}) load {dem:8.0f} + ind {ind:7.0f}"
              f" + export sent {exp:7.0f} -> margin {margin:8.0f} MW ({margin / (dem + ind + exp) * 100:5.1f} %)")
    no_build = [r for r in rows if not r[0]]
    mb = min(r[7] for r in no_build)
    if has_build:
        print(f"  worst margin without builds: {mb:.0f} MW")
    if min(r[7] for r in rows if r[0] == has_build) < 0:
        warns.append("negative power margin in some period (needs storage shifting, outside grid or unserved)")

    # ---------------- annual energy and coal ----------------
    H = meta["hoursInYear"]
    load_e = sum((sum(load_mw(t))) * P[t] for t in P)
    noncoal = 0.0
    for p in internal:
        if p["type"] in ("HYDRO", "WIND", "SOLAR"):
            noncoal += sum(avail_mw(p, t, has_build) * P[t] for t in P)
    # CHP must-run for heat
    heat_by_region = {}
    for i in d["industries"]:
        q = i["plannedOutputT"] if i["plannedOutputT"] is not None else i["capacityT"]
        heat_by_region[i["region"]] = heat_by_region.get(i["region"], 0) + q * i["heatGjPerT"]
    heat_fuel_tce = 0.0
    for r, gj in heat_by_region.items():
        if gj <= 0:
            continue
        chps = [p for p in internal if p["type"] == "CHP" and p["region"] == r]
        cap_gj = sum(cap(p, has_build) * p["availability"] * p["chp"]["heatGjPerMwh"] * H for p in chps)
        print(f"  heat {r}: need {gj / 1e6:.2f} PJ/yr, CHP can give {cap_gj / 1e6:.2f} PJ/yr")
        if cap_gj < gj:
            errs.append(f"CHP heat short in {r}")
        if chps:
            heat_fuel_tce += gj * chps[0]["chp"]["heatFuelKgcePerGj"] / 1000
    coal_plants = [p for p in internal if p["type"] in COAL_TYPES]
    ccap = sum(cap(p, has_build) * p["availability"] for p in coal_plants)
    hr = sum(cap(p, has_build) * p["availability"] * p["heatRateGcePerKwh"] for p in coal_plants) / max(ccap, 1)
    coal_gen = max(load_e * 1.02 - noncoal, 0)  # 2 % internal losses
    coal_cap_e = ccap * H
    tce_power = coal_gen * hr / 1e3 + heat_fuel_tce
    print(f"  annual: load+export sent {load_e / 1e6:.1f} TWh, hydro/wind/solar up to {noncoal / 1e6:.1f} TWh, "
          f"coal-type gen needed ~{coal_gen / 1e6:.1f} TWh of {coal_cap_e / 1e6:.1f} TWh available "
          f"({coal_gen / max(coal_cap_e, 1) * 100:.0f} %), avg heat rate {hr:.0f} -> {tce_power / 1e6:.1f} Mtce")
    feed_t = {}
    for i in d["industries"]:
        q = i["plannedOutputT"] if i["plannedOutputT"] is not None else i["capacityT"]
        for g, f in i["coalFeedTPerT"].items():
            feed_t[g] = feed_t.get(g, 0) + q * f
    firm_t = {}
    for c in d["coalDemands"]:
        firm_t[c["grade"]] = firm_t.get(c["grade"], 0) + c["firmT"]
    tce_other = sum(G[g]["tcePerT"] * t for g, t in feed_t.items()) + sum(G[g]["tcePerT"] * t for g, t in firm_t.items())
    sup_tce = 0.0
    sup_raw = 0.0
    byp_t = 0.0
    for m in d["mines"]:
        q = m["capacityT"]
        w = m["washing"]
        if m["region"] in ext:
            sup_tce += q * G[m["grade"]]["tcePerT"]
            continue
        sup_raw += q
        if w:
            sup_tce += q * (1 - w["washedShare"]) * G[m["grade"]]["tcePerT"]
            sup_tce += q * w["washedShare"] * (w["cleanYield"] * G[w["cleanGrade"]]["tcePerT"])
            sup_tce += q * w["washedShare"] * (w["byproductYield"] * G[w["byproductGrade"]]["tcePerT"])
            byp_t += q * w["washedShare"] * w["byproductYield"]
        else:
            sup_tce += q * G[m["grade"]]["tcePerT"]
    need = tce_power + tce_other
    print(f"  coal: power ~{tce_power / 1e6:.1f} Mtce + industry/firm demand {tce_other / 1e6:.1f} Mtce "
          f"(feeds {sum(feed_t.values()) / 1e6:.1f} Mt, firm {sum(firm_t.values()) / 1e6:.1f} Mt) = {need / 1e6:.1f} Mtce;"
          f" mines at capacity {sup_tce / 1e6:.1f} Mtce ({sup_raw / 1e6:.1f} Mt raw internal)")
    if need > sup_tce:
        errs.append("coal need exceeds mine capacity")
    for pol in d["policies"]:
        if pol["type"] == "COAL_PRODUCTION_CAP":
            frac = pol["limit"] / max(sup_raw, 1)
            print(f"  policy {pol['id']}: cap {pol['limit'] / 1e6:.1f} Mt = {frac * 100:.0f} % of internal capacity "
                  f"-> ~{sup_tce * min(frac, 1) / 1e6:.1f} Mtce under the cap")
            if sup_tce * min(frac, 1) < need:
                warns.append(f"{pol['id']} may be too tight")
        if pol["type"] == "EXPORT_CAPABILITY":
            c = sum(cap(l, False) if not l["build"] else cap(l, False) + l["build"]["unitMw"] * l["build"]["maxUnits"]
                    for l in d["lines"] if l["to"] == pol["region"])
            print(f"  policy {pol['id']}: needs {pol['limit']:.0f} MW, lines into {pol['region']} up to {c:.0f} MW")
            if c < pol["limit"]:
                errs.append(f"{pol['id']} infeasible")
        if pol["type"] == "CO2_CAP":
            co2 = tce_power * 2.7
            print(f"  policy {pol['id']}: cap {pol['limit'] / 1e6:.1f} Mt CO2, estimate ~{co2 / 1e6:.1f} Mt (2.7 t/tce)")
            if co2 > pol["limit"]:
                warns.append(f"{pol['id']} likely binds")
        if pol["type"] == "GANGUE_UTILISATION":
            burn = sum(cap(p, has_build) * p["availability"] * H * p["heatRateGcePerKwh"] / 1e3
                       for p in coal_plants if any(G[g]["byproduct"] for g in p["grades"]))
            bt = byp_t * pol["limit"]
            byp_tce = min([G[g]["tcePerT"] for g in G if G[g]["byproduct"]], default=0.3)
            print(f"  policy {pol['id']}: >= {bt / 1e6:.2f} Mt byproduct (~{bt * byp_tce / 1e6:.2f} Mtce) at full mine "
                  f"output; plants taking byproduct can burn {burn / 1e6:.2f} Mtce")
            if burn < bt * byp_tce:
                errs.append(f"{pol['id']} cannot be met at full mine output")
    for x in d["directSupplies"]:
        p = PL[x["plant"]]
        i = IN[x["industry"]]
        q = i["plannedOutputT"] if i["plannedOutputT"] is not None else i["capacityT"]
        ind_mw = q * i["electricityMwhPerT"] / H
        if x["minMw"] > min(cap(p, False) * p["availability"], ind_mw) + 1e-6:
            errs.append(f"direct supply {x['id']} minMw above plant or industry")
    for e in errs:
        print("  ERROR", e)
    for w in warns:
        print("  warn ", w)
    return not errs


if __name__ == "__main__":
    ok = all([check(p) for p in sys.argv[1:]])
    sys.exit(0 if ok else 1)
