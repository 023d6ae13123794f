"""Generate the plan instances: guizhou-2005/2010/2015, guiyang-2010, yangquan-2010, wuhai-2011.

Deterministic; Python 3.11 standard library only. Run from the repository root:
    python3 instances/tools/gen_cases.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from cglib import (CRF, Builder, annualised, arc, coal_demand, demand, demand_mw_by_period, dump, export,  # noqa: E402
                   grade, hydro_energy_by_period, industry, instance, line, mine, periods24, plant, policy,
                   region, target, washing)

OUT = os.path.join(os.path.dirname(__file__), "..")
A = "assumption"

COMMON_NOTES = [
    "A-PERIODS: 12 months x 2 blocks; peak = 10 h a day, offpeak = 14 h; hours = days x 10 and days x 14 (sum 8760). Season labels from G-P07: wet June-October, dry December-April, May and November transition.",
    "A-LOAD: demand MW in the peak block = 1.15 x the annual mean, offpeak = 0.893 x; months flat (no seed gives a load curve, G-E05).",
    "A-COST: all money in constant ~2010 CNY. Mining costs 250-320 CNY/t are assumed below the delivered price range of G-E01 (450-650 CNY/t); washing 20 CNY/t washed; coal vom 15 CNY/MWh, hydro 5; rail 0.12 CNY/t.km (G-E04) x assumed distances; transport loss 0.5 %.",
    "A-AVAIL: coal units 0.90 (G-P06 90-93 %), hydro 0.93 (G-P06 90-95 %).",
    "A-GRADES: tce/t from heating values in G-C03 (1 tce = 7,000 kcal/kg, G-C01); CO2 2.7 t/tce (G-C07); sulphur from G-C04 where given, otherwise assumed.",
    "A-VA: value added per tonne (welfare mode only) and welfare minimum outputs (50 % of capacity) are assumptions.",
    "A-CRF: candidate builds annualised with a capital recovery factor 0.0937 (8 % real, 25 years; assumption).",
    "A-VOLL: default value of lost load 20,000 CNY/MWh (assumption), so unserved energy is a last resort.",
    "Numbers carry {value, source, note}; a note starting 'assumption' is not in the seeds or in seed-facts §8 and is explained here or in the note itself.",
]


def meta(b, name, desc, year, extra_notes):
    return {"name": name, "description": desc, "year": year, "currency": "CNY", "hoursInYear": 8760,
            "vollCnyPerMwh": b.v(20000, note="assumption A-VOLL"),
            "carbonPriceCnyPerTCo2": b.v(0, note="no carbon price in the seed plans"),
            "notes": COMMON_NOTES + extra_notes}


def hydro_rr(annual):
    return {"energyMwhByPeriod": hydro_energy_by_period(annual, PER), "storageMwh": None, "inflowMwhByPeriod": {},
            "minReleaseMw": 0}


def hydro_res(b, annual, storage, minrel=0):
    return {"energyMwhByPeriod": {}, "storageMwh": b.v(storage, note="assumption: reservoir size not in seeds"),
            "inflowMwhByPeriod": hydro_energy_by_period(annual, PER), "minReleaseMw": minrel}


PER = periods24()


# ============================================================================================
# Guizhou province (2005, 2010, 2015)

GZ_REGIONS = [("bijie", "Bijie", "毕节"), ("liupanshui", "Liupanshui", "六盘水"), ("qianxinan", "Qianxinan", "黔西南"),
              ("zunyi", "Zunyi", "遵义"), ("guiyang-anshun", "Guiyang and Anshun", "贵阳-安顺"),
              ("qiandongnan", "Qiandongnan", "黔东南"), ("qiannan", "Qiannan", "黔南"), ("tongren", "Tongren", "铜仁")]
# share of other (non-modelled) load by prefecture: assumption (no seed gives regional load)
GZ_LOAD_SHARE = {"guiyang-anshun": 0.30, "zunyi": 0.17, "bijie": 0.12, "liupanshui": 0.12, "qianxinan": 0.08,
                 "qiannan": 0.08, "qiandongnan": 0.07, "tongren": 0.06}
# share of coal-mine capacity by area: assumption (C-A01 names the core areas; no area outputs in seeds)
GZ_COAL_SHARE = {"liupanshui": 0.36, "bijie": 0.30, "qianxinan": 0.16, "zunyi": 0.10, "guiyang-anshun": 0.05,
                 "qiannan": 0.03}
GZ_NOTES = [
    "A-GZ-REGIONS: eight prefectures (Guiyang and Anshun merged: the HVDC I sending end and the Guiyang aluminium/phosphorus base); coal areas from C-A01/C-A11; mine capacity shares by area assumed (liupanshui 36 %, bijie 30 %, qianxinan 16 %, zunyi 10 %, guiyang-anshun 5 %, qiannan 3 %) since no seed gives area output.",
    "A-GZ-LOAD: other (non-modelled) load split by prefecture: guiyang-anshun 30 %, zunyi 17 %, bijie 12 %, liupanshui 12 %, qianxinan 8 %, qiannan 8 %, qiandongnan 7 %, tongren 6 % (assumption).",
    "A-GZ-GRID: internal 500 kV corridors are bidirectional and sized generously (assumption, no seed ratings) with 1.5 % loss (G-T05); the binding network elements are the export corridors to Guangdong.",
    "A-GZ-HYDRO: monthly hydro energy shares 3.5/3/3.5/5/9/15/16/13/12/10/6/4 % (Jan-Dec): 75 % in May-October as in G-P07 (70-80 %); the monthly shape inside that is assumed. Within a month energy is split over blocks by hours except for reservoirs.",
    "A-GZ-EXPORT: the Guangdong contract is firm energy spread by hours; price 350 CNY/MWh (G-E02 Guizhou benchmark 0.33-0.37 CNY/kWh); wheeling 75 CNY/MWh on export corridors (G-E02 0.05-0.10); shortfall penalty 1,000 CNY/MWh (assumption).",
    "A-GZ-OUTCOAL: outside coal buyers (neighbouring provinces; C-A03/C-A05 name Guizhou as a coal export base) pay 600 CNY/t (G-E01 450-650) up to maxT; rail 120 CNY/t (0.12 CNY/t.km x 1,000 km, G-E04).",
]


def gz_common(b, year):
    v = b.v
    regions = [region(r, n, z, source="C-A01" if r in ("bijie", "liupanshui", "qianxinan") else None)
               for r, n, z in GZ_REGIONS]
    for r in regions:
        if r["source"] is None:
            del r["source"]
    b.cite("C-A01")
    regions += [region("guangdong", "Guangdong (西电东送 market)", "广东", True, source="P-N04"),
                region("outside-coal", "Outside coal buyers (neighbouring provinces)", "省外煤炭用户", True, source="C-A05")]
    b.cite("P-N04"); b.cite("C-A05")
    grades = [
        grade("steam", "Guizhou steam coal 动力煤", v(0.714, "G-C03", "5,000 kcal/kg inside 4,500-5,500"),
              v(2.0, "G-C04", "1.5-3 % S"), v(2.7, "G-C07")),
        grade("washed", "Washed coking/premium coal 洗精煤", v(0.857, "G-C03", "6,000 kcal/kg"),
              v(1.0, note="assumption: washing removes part of the sulphur; Liupanshui low-S (C-A02)"), v(2.7, "G-C07")),
        grade("gangue", "Gangue, middlings and slurry 煤矸石/煤泥", v(0.357, "G-C03", "2,500 kcal/kg inside 1,500-3,500"),
              v(2.5, note="assumption"), v(2.7, "G-C07"), byproduct=True),
    ]
    return regions, grades


def gz_mines(b, total_cap, large_frac, washed_share, byp_yield, year):
    v = b.v
    mines, arcs = [], []
    for r, sh in GZ_COAL_SHARE.items():
        cap = round(total_cap * sh, -4)
        if r in ("liupanshui", "bijie", "qianxinan"):
            lc = round(cap * large_frac, -4)
            mines.append(mine(f"{r}-large", f"{r.capitalize()} large mines", r, "steam",
                              v(lc, note=f"assumption: {large_frac:.0%} of the area's {cap / 1e6:.1f} Mt in large mines"),
                              v(260, note="assumption A-COST"), large=True,
                              washing=washing(v(washed_share, "C-G10" if washed_share >= 0.7 else "D-10",
                                                "washed share of large mines"),
                                              "washed", v(0.60, "G-C05", "clean yield 50-75 %"), "gangue",
                                              v(byp_yield, "G-C05", "middlings/slurry 10-25 %"), v(20, note=A)),
                              source="C-A01"))
            mines.append(mine(f"{r}-local", f"{r.capitalize()} local mines", r, "steam",
                              v(cap - lc, note="assumption: rest of the area capacity"),
                              v(300, note="assumption A-COST"), source="C-A01"))
        else:
            src = {"zunyi": "C-A11", "guiyang-anshun": "C-A14", "qiannan": "C-A11"}[r]
            mines.append(mine(f"{r}-mines", f"{r.capitalize()} mines", r, "steam",
                              v(cap, note="assumption: area share of the province capacity"),
                              v(300, note="assumption A-COST"), source=src))
            b.cite(src)
    # rail: each coal area -> guiyang-anshun hub and neighbours; liupanshui & bijie -> outside buyers
    pairs = [("liupanshui", "guiyang-anshun", 250), ("bijie", "guiyang-anshun", 200), ("qianxinan", "guiyang-anshun", 300),
             ("zunyi", "guiyang-anshun", 150), ("liupanshui", "bijie", 200), ("liupanshui", "qianxinan", 150),
             ("bijie", "zunyi", 250), ("guiyang-anshun", "qiannan", 150), ("guiyang-anshun", "qiandongnan", 250),
             ("zunyi", "tongren", 300), ("qianxinan", "qiannan", 250)]
    for a, c, km in pairs:
        for f, t in ((a, c), (c, a)):
            arcs.append(arc(f"rail-{f}-{t}", f, t, "RAIL", v(60_000_000, "G-E04", "double-track 60-80 Mt/yr"),
                            v(round(0.12 * km, 1), "G-E04", f"0.12 CNY/t.km x {km} km (distance assumed)"),
                            v(0.005, note=A)))
    for r in ("liupanshui", "bijie", "qianxinan"):
        arcs.append(arc(f"rail-{r}-out", r, "outside-coal", "RAIL", v(20_000_000, "G-E04", "single-track 20-30 Mt/yr"),
                        v(120, "G-E04", "0.12 x 1,000 km"), v(0.005, note=A), source="C-R07"))
    b.cite("C-R07")
    return mines, arcs


def gz_lines(b, cap_internal, export_lines):
    v = b.v
    pairs = [("bijie", "guiyang-anshun"), ("liupanshui", "guiyang-anshun"), ("qianxinan", "guiyang-anshun"),
             ("zunyi", "guiyang-anshun"), ("qiannan", "guiyang-anshun"), ("qiandongnan", "qiannan"),
             ("tongren", "zunyi"), ("liupanshui", "bijie"), ("liupanshui", "qianxinan"), ("qianxinan", "qiannan"),
             ("qiandongnan", "tongren")]
    out = []
    for a, c in pairs:
        out.append(line(f"ac-{a}-{c}", f"500 kV {a}-{c}", a, c, v(cap_internal, note="assumption A-GZ-GRID"),
                        v(0.015, "G-T05"), v(10, note=A), bidir=True, source="P-N03"))
    b.cite("P-N03")
    return out + export_lines


def gz_demands(b, other_twh):
    out = []
    for r, sh in GZ_LOAD_SHARE.items():
        e = other_twh * 1e6 * sh
        out.append(demand(f"load-{r}", r, mw_by=demand_mw_by_period(e, PER),
                          notes=f"{sh:.0%} (A-GZ-LOAD) of {other_twh:.1f} TWh other load, shape A-LOAD"))
    return out


def exp_line(b, lid, name, frm, cap, src, loss, note=None, build=None):
    v = b.v
    return line(lid, name, frm, "guangdong", v(cap, src, note), v(loss, "G-T05"), v(75, "G-E02"), build=build, source=src)


def coal_plant(b, pid, name, reg, mw, heat, src, large=True, note=None, hsrc="G-P04", build=None, ptype="COAL",
               grades=("steam", "washed"), desulf=0.9, **kw):
    v = b.v
    return plant(pid, name, reg, ptype, v(mw, src, note) if src or note else mw, avail=v(0.9, "G-P06"),
                 heat=v(heat, hsrc), grades=list(grades), vom=v(15, note=A), desulf=v(desulf, "G-C07" if desulf >= 0.9 else None,
                                                                                  None if desulf >= 0.9 else "assumption"),
                 large=large, build=build, source=src, **kw)


def guizhou_2005():
    b = Builder(); v = b.v
    regions, grades = gz_common(b, 2005)
    mines, arcs = gz_mines(b, 115_000_000, 0.5, 0.30, 0.15, 2005)
    # hydro ~4,000 MW (assumption ~30 %, G-P11 gives 1/3-40 % around 2010), 3,664 h (G-P03 2005)
    plants = [
        plant("wujiang-cascade", "Wujiang cascade (existing stations)", "zunyi", "HYDRO",
              v(2500, note="assumption: share of ~4,000 MW hydro in 2005"), avail=v(0.93, "G-P06"), vom=v(5, note=A),
              hydro=hydro_res(b, 2500 * 3664, 3_000_000), source="P-H01",
              notes="Annual inflow = 2,500 MW x 3,664 h (G-P03, 2005 national hydro hours); reservoir (seasonal regulation) assumed 3 TWh."),
        plant("panjiang-hydro", "Nanpan/Beipan stations", "qianxinan", "HYDRO", v(1000, note=A), avail=v(0.93, "G-P06"),
              vom=v(5, note=A), hydro=hydro_rr(1000 * 3664), source="P-H01", notes="3,664 h (G-P03), shape A-GZ-HYDRO"),
        plant("small-hydro", "Local small hydro", "qiandongnan", "HYDRO", v(500, note=A), avail=v(0.93, "G-P06"),
              vom=v(5, note=A), hydro=hydro_rr(500 * 3664), source="P-H03", notes="3,664 h (G-P03), shape A-GZ-HYDRO"),
    ]
    b.cite("P-H01"); b.cite("P-H03"); b.cite("G-P03")
    thermal = [("bijie", 2400, 350, True), ("liupanshui", 2400, 360, True), ("guiyang-anshun", 1800, 370, True),
               ("zunyi", 1200, 380, False), ("qiannan", 600, 420, False), ("tongren", 600, 400, False),
               ("qianxinan", 240, 420, False)]
    for r, mw, hr, lg in thermal:
        plants.append(coal_plant(b, f"thermal-{r}", f"{r} thermal fleet 2005", r, mw, hr, None, large=lg,
                                 note="assumption: 9,240 MW thermal = 13,240 (P-G01) - 4,000 hydro, split by prefecture",
                                 hsrc="G-P04"))
    plants.append(plant("southern-grid", "Purchases from the South China grid / neighbours", "guangdong", "GAS",
                        v(1000, note="assumption: emergency purchases over the interconnection (P-G08)"),
                        avail=v(0.9, note=A), fuel=v(500, note="assumption: purchase price above Guizhou thermal"),
                        source="P-G08",
                        notes="An outside grid selling power is modelled as a non-coal plant in the external region (GAS type, fuel cost = purchase price)."))
    b.cite("P-G08")
    exp = [exp_line(b, "hvdc-gui-guang-1", "Gui-Guang HVDC I (Anshun-Zhaoqing)", "guiyang-anshun", 3000, "G-T01", 0.06),
           exp_line(b, "ac-gd-2005", "500 kV AC corridors to Guangdong (2005)", "qiannan", 1000, "P-G02", 0.05,
                    "4,000 MW capability = 3,000 DC + 1,000 AC (split assumed)")]
    lines = gz_lines(b, 4000, exp)
    lines.append(line("ac-gd-import", "AC interconnection (import direction)", "guangdong", "qiannan",
                      v(1000, note="assumption"), v(0.05, "G-T05"), v(75, "G-E02"), source="P-G08"))
    industries = [
        industry("al-guiyang", "Electrolytic aluminium (Guiyang/Zunyi) 2005", "guiyang-anshun", "ALUMINIUM", "aluminium",
                 v(500_000, note="assumption: half of the 2010 target (I-G22); I-G01 lets only electrolytic Al grow"),
                 v(14.0, "G-U01", "~14,000 kWh/t China average"), va=v(2000, note=A), min_out=250_000, source="I-G22"),
        industry("ferroalloy", "Ferroalloys (dispersed)", "qiannan", "FERROALLOY", "silicomanganese",
                 v(2_250_000, note="assumption: middle of the 2-2.5 Mt held in 2010 (I-G34)"),
                 v(4.5, "G-U06", "SiMn 3,800-4,500; 2005 before the 5-8 % cut of I-G35"),
                 feed={"washed": v(0.5, "G-U06")}, va=v(800, note=A), min_out=1_000_000, source="I-G34"),
        industry("phosphate", "Phosphate fertiliser (as P2O5)", "guiyang-anshun", "PHOSPHORUS", "P2O5",
                 v(1_500_000, note="assumption below the 2.3 Mt of 2010 (I-G10)"),
                 v(0.33, "G-U05", "150 kWh/t product / 0.46 t P2O5 per t"), va=v(400, note=A), min_out=750_000,
                 source="I-G10"),
        industry("steel-shuicheng", "Shuicheng Steel", "liupanshui", "STEEL", "crude steel",
                 v(2_000_000, note="assumption below the 3 Mt of 2010 (I-G31)"), v(0.5, "G-U09", "450-600 kWh/t"),
                 feed={"washed": v(0.7, "G-U09", "0.60 tce/t / 0.857")}, va=v(600, note=A), min_out=1_000_000,
                 source="I-G31"),
        industry("cement", "Cement (province)", "guiyang-anshun", "CEMENT", "cement",
                 v(15_000_000, note="assumption below the 20 Mt cap of 2010 (I-G41)"), v(0.11, "G-U11"),
                 feed={"steam": v(0.25, note="assumption: 2005 kilns above the 159 kgce/t of U-03")}, va=v(60, note=A),
                 min_out=7_500_000, source="I-G41"),
    ]
    for s in ("I-G22", "I-G34", "I-G10", "I-G31", "I-G41", "U-03"):
        b.cite(s)
    demands = gz_demands(b, 38.9)
    coal_d = [coal_demand("other-inprovince", "guiyang-anshun", "steam",
                          v(47_000_000, note="calibration residual: households, coking and other industry so that output ~106 Mt (C-G01)"),
                          v(500, "G-E01")),
              coal_demand("outside-buyers", "outside-coal", "steam", v(15_000_000, note="assumption (calibration residual)"),
                          v(600, "G-E01"), max_t=v(15_000_000, note=A), source="C-A03")]
    b.cite("C-A03")
    exports = [export("gd-2005", "Guizhou-Guangdong 2005", "guangdong",
                      v(17_700_000, "G-T04", "interpolated between 5.7 TWh (2003) and 41.6 TWh (2009)"), v(350, "G-E02"),
                      v(1000, note=A),
                      max_mw=v(round(17_700_000 / 8760, 1), note="assumption A-2005-EXPORTCAP: Guangdong took the contracted energy only"),
                      source="G-T04")]
    policies = [
        policy("export-capability", "Export capability", "外送能力", "EXPORT_CAPABILITY", v(4000, "P-G02"), reg="guangdong"),
        policy("big-coal-big-power", "Large mines supply large plants", "大煤保大电", "LARGE_MINE_TO_LARGE_PLANT",
               v(0.5, note="assumption; the rule is C-R01 (2006-2010), applied softly to the base year"), source="C-R01"),
    ]
    b.cite("C-R01")
    targets = [
        target(b, "coal-output-2005", "Raw coal output 2005 原煤产量", "coal.produced", "EQ", 106_000_000, "t/yr", "C-G01", 0.02),
        target(b, "generation-2005", "Generation 2005 发电量", "generation.total", "EQ", 78_678_000, "MWh/yr", "P-G04", 0.02),
        target(b, "capacity-2005", "Installed capacity 2005 装机容量", "capacity.installed", "EQ", 13240, "MW", "P-G01", 0.0),
        target(b, "export-capability-2005", "Export capability 2005 外送能力", "exportCapability.guangdong", "EQ", 4000, "MW",
               "P-G02", 0.0),
    ]
    notes = GZ_NOTES + [
        "Calibration case (2005 as reported): installed 13,240 MW (P-G01), export capability 4,000 MW (P-G02); demands sized so generation ~78.68 TWh (P-G04) and coal output ~106 Mt (C-G01).",
        "A-2005-MIX: hydro 4,000 MW (~30 %; G-P11 gives 1/3-40 % around 2010, 2005 before Goupitan/Guangzhao/Silin), thermal 9,240 MW; heat rates 350-420 gce/kWh for the 2005 fleet (G-P04 300 MW 330-345, < 100 MW 400-450; G-C02 national 370 in 2005).",
        "A-2005-DEMAND: export 17.7 TWh delivered (interpolated from G-T04), industries ~20 TWh (assumed 2005 sizes), other load 38.9 TWh (calibration residual) so that generation ~ 78.7 TWh = 38.9 + 20.3 + 17.7/0.94 + internal losses.",
        "A-2005-EXPORTCAP: the Guangdong contract is capped at its firm energy (maxMw = 17.7 TWh / 8,760 h = 2,020.5 MW); without the cap the least-cost plan sells ~8.6 TWh more at 350 CNY/MWh and generation overshoots the reported 78.68 TWh by ~11 %. In 2005 the Gui-Guang trade was planned energy, not open sales.",
        "A-2005-CALIBRATION: stated tolerance +/-2 % on coal output (106 Mt, C-G01) and generation (78.678 TWh, P-G04); installed capacity (13,240 MW) and export capability (4,000 MW) are data and must match exactly. Knobs, all assumptions: other load (38.9 TWh), other in-province coal use (47 Mt), export cap (above). Nothing is forced with a constraint: the check-targets result shows the least-cost plan landing inside the band.",
        "A-2005-INDUSTRY: 2005 industry sizes are not in the seeds; they are assumed below the 2010 targets (see each note).",
        "A-2005-WASH: large mines wash 30 % of output so that washed raw coal ~16 Mt, clean coal ~10 Mt, matching D-10 (2005 washed coal ~10 Mt).",
        "2005 dry season was power-short in reality; the Wujiang reservoir (3 TWh, assumed) and purchases from the South China grid (P-G08, 1,000 MW, assumed) keep the case feasible.",
    ]
    m = meta(b, "guizhou-2005", "Guizhou province 2005, base year as reported (calibration): 8 prefectures, 24 periods, "
             "existing fleet, 4 GW export capability, 106 Mt coal.", 2005, notes)
    return instance(b, m, PER, regions, grades, mines, arcs, plants, lines, industries, [], demands, coal_d, exports,
                    policies, targets)


def gz_2010_plants(b):
    v = b.v
    p = [
        plant("goupitan", "Goupitan 构皮滩", "zunyi", "HYDRO", v(3000, "G-P01"), avail=v(0.93, "G-P06"), vom=v(5, note=A),
              hydro=hydro_res(b, 9_680_000, 2_500_000), source="P-H02", notes="9.68 TWh/yr (G-P01), shape A-GZ-HYDRO"),
        plant("guangzhao", "Guangzhao 光照", "qianxinan", "HYDRO", v(1040, "G-P01"), avail=v(0.93, "G-P06"), vom=v(5, note=A),
              hydro=hydro_res(b, 2_750_000, 1_000_000), source="P-H02", notes="2.75 TWh/yr (G-P01)"),
        plant("silin", "Silin 思林", "tongren", "HYDRO", v(1050, "G-P01", "~1,050 MW as built (verify)"), avail=v(0.93, "G-P06"),
              vom=v(5, note=A), hydro=hydro_rr(4_060_000), source="P-H02", notes="4.06 TWh/yr (G-P01)"),
        plant("wujiang-cascade", "Wujiang cascade (earlier stations)", "zunyi", "HYDRO", v(2500, note=A),
              avail=v(0.93, "G-P06"), vom=v(5, note=A), hydro=hydro_res(b, 2500 * 3404, 3_000_000), source="P-H01",
              notes="3,404 h (G-P03 2010 national hydro)"),
        plant("panjiang-hydro", "Nanpan/Beipan stations", "qianxinan", "HYDRO", v(2000, note=A), avail=v(0.93, "G-P06"),
              vom=v(5, note=A), hydro=hydro_rr(2000 * 3404), source="P-H01", notes="3,404 h (G-P03)"),
        plant("small-hydro-qdn", "Local small hydro (Qiandongnan, Qingshui river)", "qiandongnan", "HYDRO", v(700, note=A),
              avail=v(0.93, "G-P06"), vom=v(5, note=A), hydro=hydro_rr(700 * 3404), source="P-H03"),
        plant("small-hydro-qn", "Local small hydro (Qiannan)", "qiannan", "HYDRO", v(400, note=A), avail=v(0.93, "G-P06"),
              vom=v(5, note=A), hydro=hydro_rr(400 * 3404), source="P-H08"),
        plant("small-hydro-tr", "Local small hydro (Tongren)", "tongren", "HYDRO", v(400, note=A), avail=v(0.93, "G-P06"),
              vom=v(5, note=A), hydro=hydro_rr(400 * 3404), source="P-H05"),
    ]
    for s in ("P-H02", "P-H01", "P-H03", "P-H08", "P-H05", "G-P03", "G-P01"):
        b.cite(s)
    old = [("bijie", 2400, 350, True), ("liupanshui", 2400, 360, True), ("guiyang-anshun", 1800, 370, True),
           ("zunyi", 1200, 380, False), ("qiannan", 600, 420, False), ("tongren", 600, 400, False),
           ("qianxinan", 240, 420, False)]
    for r, mw, hr, lg in old:
        p.append(coal_plant(b, f"thermal-{r}", f"{r} thermal fleet (pre-2006)", r, mw, hr, None, large=lg,
                            note="assumption: 2005 fleet (see guizhou-2005), no retirements"))
    named = [("nayong2", "Nayong II 纳雍二厂", "bijie", 1200, 340, "P-T03"), ("qianxi", "Qianxi 黔西", "bijie", 1200, 340, "P-T03"),
             ("dafang", "Dafang 大方", "bijie", 1200, 340, "P-T03"), ("yaxi", "Yaxi 鸭溪", "zunyi", 1200, 340, "P-T03"),
             ("pannan", "Pannan 盘南", "liupanshui", 2400, 315, "P-T03"), ("faer", "Fa'er 发耳", "liupanshui", 2400, 315, "P-T04"),
             ("tongzi", "Tongzi 桐梓 (direct supply)", "zunyi", 1200, 315, "P-T06")]
    for pid, n, r, mw, hr, s in named:
        p.append(coal_plant(b, pid, n, r, mw, hr, "G-P02", note=f"named in {s}; size from G-P02 (verify)"))
        b.cite(s)
    p.append(coal_plant(b, "gangue-liupanshui", "Gangue/slurry/CBM plants Liupanshui", "liupanshui", 300, 380, "P-R01",
                        large=False, note="300 of the 500 MW target (split assumed)", ptype="GANGUE", grades=("gangue", "steam"),
                        desulf=0.8))
    p.append(coal_plant(b, "gangue-bijie", "Gangue/slurry/CBM plants Bijie", "bijie", 200, 380, "P-R01", large=False,
                        note="200 of the 500 MW target (split assumed)", ptype="GANGUE", grades=("gangue", "steam"), desulf=0.8))
    return p


def gz_2010_industries(b, scale=1.0):
    v = b.v
    ind = [
        industry("alumina-guiyang", "Chalco Guizhou alumina", "guiyang-anshun", "ALUMINIUM", "alumina",
                 v(1_200_000, "I-Y05"), v(0.3, "G-U02"), feed={"steam": v(0.6, "G-U02", "0.5-0.9 tce/t incl. steam; boilers")},
                 va=v(500, note=A), min_out=600_000, source="I-Y05"),
        industry("alumina-zunyi", "Zunyi alumina", "zunyi", "ALUMINIUM", "alumina", v(800_000, "I-G22", "2 Mt - 1.2 Mt Guiyang"),
                 v(0.3, "G-U02"), feed={"steam": v(0.6, "G-U02")}, va=v(500, note=A), min_out=400_000, source="I-G27"),
        industry("al-guiyang", "Chalco Guizhou electrolytic Al", "guiyang-anshun", "ALUMINIUM", "aluminium",
                 v(400_000, "I-Y05"), v(13.5, "G-U01"), va=v(2000, note=A), min_out=200_000, source="P-D05"),
        industry("al-zunyi", "Zunyi electrolytic Al (Tongzi direct supply)", "zunyi", "ALUMINIUM", "aluminium",
                 v(600_000, "I-G22", "1 Mt - 0.4 Mt Guiyang"), v(13.5, "G-U01"), va=v(2000, note=A), min_out=300_000,
                 source="P-D04"),
        industry("phosphate-kaiyang", "Kaiyang-Xifeng phosphate (P2O5)", "guiyang-anshun", "PHOSPHORUS", "P2O5",
                 v(1_000_000, "I-G10", "part of 2.3 Mt (split assumed)"), v(0.33, "G-U05", "150 kWh/t product / 0.46"),
                 va=v(400, note=A), min_out=500_000, source="I-G15"),
        industry("phosphate-wengfu", "Wengfu phosphate (P2O5)", "qiannan", "PHOSPHORUS", "P2O5",
                 v(1_300_000, "I-G10", "part of 2.3 Mt (split assumed)"), v(0.33, "G-U05"), va=v(400, note=A),
                 min_out=650_000, source="I-G17"),
        industry("steel-shuicheng", "Shuicheng Steel 水钢", "liupanshui", "STEEL", "crude steel", v(3_000_000, "I-G31"),
                 v(0.5, "G-U09"), feed={"washed": v(0.7, "G-U09", "0.60 tce/t / 0.857")}, va=v(600, note=A),
                 min_out=1_500_000, source="I-G31"),
        industry("methanol", "Methanol and alcohol-ethers", "bijie", "COAL_CHEMICAL", "methanol", v(2_000_000, "I-G05"),
                 v(0.2, note="assumption: G-U12 gives no electricity"),
                 feed={"steam": v(2.5, "G-U12", "1.6-2.0 tce/t -> 1.8 / 0.714")}, va=v(500, note=A), min_out=1_000_000,
                 source="C-A06"),
    ]
    fa = [("qiannan", 600_000), ("qiandongnan", 400_000), ("qianxinan", 500_000), ("tongren", 400_000), ("zunyi", 350_000)]
    for r, q in fa:
        ind.append(industry(f"ferroalloy-{r}", f"Ferroalloys {r}", r, "FERROALLOY", "silicomanganese",
                            v(q, "I-G34", "2.25 Mt (middle of 2-2.5) split over P-D18 areas (assumed)"),
                            v(4.2, "G-U06", "SiMn; ~5-8 % below 2005 (I-G35)"), feed={"washed": v(0.5, "G-U06")},
                            va=v(800, note=A), min_out=q // 2, source="P-D18"))
    ce = [("guiyang-anshun", 6), ("zunyi", 4), ("bijie", 3), ("liupanshui", 3), ("qiannan", 2), ("qianxinan", 2)]
    for r, q in ce:
        ind.append(industry(f"cement-{r}", f"Cement {r}", r, "CEMENT", "cement",
                            v(q * 1_000_000, "I-G41", "20 Mt cap split by prefecture (assumed)"), v(0.1, "G-U11"),
                            feed={"steam": v(0.223, "U-03", "159 kgce/t / 0.714")}, va=v(60, note=A),
                            min_out=q * 500_000, source="I-G41"))
    for s in ("I-Y05", "I-G22", "I-G27", "P-D05", "P-D04", "I-G15", "I-G17", "I-G31", "I-G05", "C-A06", "P-D18",
              "I-G34", "I-G41", "I-G35"):
        b.cite(s)
    return ind


def guizhou_2010():
    b = Builder(); v = b.v
    regions, grades = gz_common(b, 2010)
    mines, arcs = gz_mines(b, 175_000_000, 0.7, 0.70, 0.12, 2010)
    plants = gz_2010_plants(b)
    exp = [exp_line(b, "hvdc-gui-guang-1", "Gui-Guang HVDC I (Anshun-Zhaoqing)", "guiyang-anshun", 3000, "G-T01", 0.06),
           exp_line(b, "ac-gd-2005", "500 kV AC corridors (pre-2006)", "qiannan", 1000, "P-G02", 0.05,
                    "4,000 MW in 2005 = 3,000 DC + 1,000 AC (split assumed)"),
           exp_line(b, "hvdc-gui-guang-2", "Gui-Guang HVDC II (the 一直 of 两交一直)", "qianxinan", 3000, "G-T02", 0.06,
                    "sending end assumed in Qianxinan"),
           exp_line(b, "ac-xingyi-gd", "500 kV AC via Xingyi (两交)", "qianxinan", 500, "P-N04", 0.05,
                    "+4,000 MW = 3,000 DC + 2 x 500 AC (split assumed)"),
           exp_line(b, "ac-liping-gd", "500 kV AC via Liping (两交)", "qiandongnan", 500, "P-N04", 0.05,
                    "+4,000 MW = 3,000 DC + 2 x 500 AC (split assumed)")]
    b.cite("P-N01"); b.cite("P-N02")
    lines = gz_lines(b, 8000, exp)
    industries = gz_2010_industries(b)
    direct = [
        {"id": "ds-tongzi-al", "plant": "tongzi", "industry": "al-zunyi", "maxMw": v(900, note="assumption: Zunyi smelter load ~925 MW"),
         "minMw": v(500, note=A), "tariffCnyPerMwh": v(330, "G-E02"), "source": "C-A09",
         "notes": "Tongzi plant -> Zunyi aluminium base (C-A09, P-D04)."},
        {"id": "ds-qingzhen-al", "plant": "thermal-guiyang-anshun", "industry": "al-guiyang", "maxMw": v(600, note=A),
         "minMw": v(300, note=A), "tariffCnyPerMwh": v(330, "G-E02"), "source": "P-T06",
         "notes": "Qingzhen direct-supply plant (P-T06, P-T07) is part of the Guiyang-Anshun thermal fleet here."},
    ]
    b.cite("C-A09"); b.cite("P-T06")
    demands = gz_demands(b, 54.3)
    coal_d = [coal_demand("other-inprovince", "guiyang-anshun", "steam",
                          v(45_000_000, note="assumption: households, coking and other industry (not modelled)"),
                          v(500, "G-E01")),
              coal_demand("outside-buyers", "outside-coal", "steam", 0, v(600, "G-E01"),
                          max_t=v(40_000_000, note="assumption"), source="C-A03"),
              coal_demand("outside-buyers-washed", "outside-coal", "washed", 0, v(800, "G-E01", "700-850 benchmark"),
                          max_t=v(10_000_000, note="assumption: coking coal export base C-A03"), source="C-A03")]
    b.cite("C-A03")
    exports = [export("gd-2010", "Guizhou-Guangdong 2010 plan", "guangdong", v(43_500_000, "G-T04", "435亿kWh planned 2010"),
                      v(350, "G-E02"), v(1000, note=A), source="G-T04")]
    policies = [
        policy("export-capability", "Export capability (named corridors)", "外送能力", "EXPORT_CAPABILITY",
               v(8000, "D-07", "corridors named in the seeds; the 10,000 MW target P-G11 is a target, not a constraint"),
               reg="guangdong"),
        policy("big-coal-big-power", "Large mines supply large plants", "大煤保大电", "LARGE_MINE_TO_LARGE_PLANT",
               v(0.8, note="assumption: C-R01 gives the rule, not a share"), source="C-R01"),
        policy("gangue-use", "Gangue utilisation", "煤矸石综合利用", "GANGUE_UTILISATION",
               v(0.4, "K-G03", "industrial solid-waste utilisation 40 % used for gangue"), source="P-R04"),
    ]
    b.cite("C-R01"); b.cite("P-R04")
    targets = [
        target(b, "coal-output", "Coal output 煤炭产量", "coal.produced", "GE", 150_000_000, "t/yr", "C-G03"),
        target(b, "capacity", "Installed capacity 总装机", "capacity.installed", "GE", 30000, "MW", "P-G10"),
        target(b, "export-capability", "Export capability 外送能力", "exportCapability.guangdong", "GE", 10000, "MW", "P-G11"),
        target(b, "gangue-capacity", "Gangue/slurry/gas power capacity 煤矸石、煤泥、瓦斯发电装机", "capacity.GANGUE", "GE", 500, "MW", "P-R01"),
        target(b, "gangue-generation", "Gangue/slurry/gas generation 综合利用发电量", "generation.GANGUE", "GE", 3_250_000, "MWh/yr", "P-R02"),
        target(b, "unit-coal-large", "Supply coal consumption of large units 大型机组供电煤耗", "unitCoal.large", "LE", 355, "gce/kWh", "P-T08"),
        target(b, "aluminium", "Alumina 2 Mt + electrolytic Al 1 Mt 氧化铝、电解铝", "chain.ALUMINIUM.output", "GE", 3_000_000, "t/yr", "I-G22"),
        target(b, "al-guiyang", "Chalco Guizhou electrolytic Al 中铝贵州电解铝", "industry.al-guiyang.output", "GE", 400_000, "t/yr", "I-Y05"),
        target(b, "phosphate", "High-concentration phosphate (P2O5) 高浓度磷复肥", "chain.PHOSPHORUS.output", "GE", 2_300_000, "t/yr", "I-G10"),
        target(b, "ferroalloy-max", "Ferroalloy held to <= 2.5 Mt 铁合金产量调控", "chain.FERROALLOY.output", "LE", 2_500_000, "t/yr", "I-G34"),
        target(b, "ferroalloy-min", "Ferroalloy >= 2.0 Mt 铁合金", "chain.FERROALLOY.output", "GE", 2_000_000, "t/yr", "I-G34"),
        target(b, "cement-cap", "Cement total <= 20 Mt 水泥总量控制", "chain.CEMENT.output", "LE", 20_000_000, "t/yr", "I-G41"),
        target(b, "steel", "Shuicheng Steel 3 Mt 水钢钢产量", "chain.STEEL.output", "GE", 3_000_000, "t/yr", "I-G31"),
        target(b, "methanol", "Methanol/alcohol-ethers ~2 Mt 醇醚及甲醇", "chain.COAL_CHEMICAL.output", "EQ", 2_000_000, "t/yr", "I-G05", 0.1),
        target(b, "washing-ratio", "Raw coal washing ratio >= 40 % 原煤入选比例", "coal.washedShare", "GE",
               0.40, "share", "C-G09"),
        target(b, "washed-coal", "Washed coal 20 Mt 洗煤量", "coal.washed", "EQ", 20_000_000, "t/yr",
               "C-G11", 0.1),
        target(b, "large-mine-share", "Large and medium mines' share of output 大中型煤矿产量占比 >= 2/3", "coal.largeMineShare",
               "GE", 0.667, "share", "C-G04"),
        target(b, "export-energy", "Energy sent to Guangdong 2010 送广东电量 (planned)", "export.delivered", "GE", 43_500_000, "MWh/yr", "G-T04"),
    ]
    notes = GZ_NOTES + [
        "11th FYP target year. Hydro: Goupitan, Guangzhao, Silin sizes and energies from G-P01 (external), other hydro assumed so hydro ~35 % of capacity (G-P11 1/3-40 %). Thermal: 2005 fleet + named plants P-T03/P-T04/P-T06 with sizes from G-P02 (external, verify). Installed = 31,630 MW >= 30,000 (P-G10).",
        "CONFLICT (D-07): export capability target 10,000 MW (P-G11) vs 8,000 MW of named corridors (P-G02 + P-N04). The EXPORT_CAPABILITY policy uses 8,000 (feasible, no candidate corridor in this LP); the target keeps 10,000, so the check reports a miss.",
        "CONFLICT (D-10, §7.6): washing ratio >= 40 % (C-G09) and >= 70 % at large mines (C-G10) imply ~70 Mt washed raw coal, but the washed-coal target is 20 Mt (C-G11). Mines use 70 % at large mines; both targets are kept (metrics coal.washedShare and coal.washed are not in the metric list yet).",
        "A-2010-DEMAND: in-province use 82.5 TWh (G-E05 80-85 TWh), of which modelled industries ~28 TWh, other load 54.3 TWh; export 43.5 TWh delivered (G-T04 planned 2010).",
        "A-2010-COAL: other in-province coal use 45 Mt (assumption: households, coking, other industry) and outside buyers up to 50 Mt, so production can reach the >= 150 Mt target (C-G03) if profitable.",
        "A-2010-WASH: large mines (70 % of capacity; C-G04 asks >= 2/3 of output) wash 70 % (C-G10), byproduct yield 0.12 (G-C05 low end) so gangue plants (500 MW, P-R01) can burn 40 % of it.",
        "Alumina steam is modelled as boiler coal (feed 0.6 t steam/t) in 2010; CHP serving industries appears in 2015 (P-G13).",
        "Ferroalloy 2.25 Mt (middle of I-G34 2-2.5 Mt) over the clusters named in P-D18; cement 20 Mt (I-G41 cap) in six prefectures (split assumed).",
    ]
    m = meta(b, "guizhou-2010", "Guizhou province 2010, 11th Five-Year Plan targets: >= 30 GW, 10 GW export target "
             "(8 GW named corridors), >= 150 Mt coal, 500 MW gangue power, named hydro and thermal plants, integrated "
             "industries at their 2010 target sizes.", 2010, notes)
    return instance(b, m, PER, regions, grades, mines, arcs, plants, lines, industries, direct, demands, coal_d,
                    exports, policies, targets)


def guizhou_2015():
    b = Builder(); v = b.v
    regions, grades = gz_common(b, 2015)
    mines, arcs = gz_mines(b, 270_000_000, 0.75, 0.70, 0.12, 2015)
    plants = gz_2010_plants(b)
    capex_coal = v(annualised(4000, CRF), "G-E03", "4,000 CNY/kW x CRF (A-CRF)")
    capex_chp = v(annualised(4500, CRF), "G-E03", "4,500 CNY/kW (top of range, small units) x CRF")
    # candidate thermal (P-T05 and mine-mouth P-T01)
    cands = [("qiandong", "Qiandong 黔东", "qiandongnan", 600, 2, "P-T05"), ("xishui-erlang", "Xishui Erlang 习水二郎", "zunyi", 660, 2, "P-T05"),
             ("minemouth-bijie", "New mine-mouth units Bijie", "bijie", 660, 4, "P-T01"),
             ("minemouth-liupanshui", "New mine-mouth units Liupanshui", "liupanshui", 660, 4, "P-T01"),
             ("xingyi", "Xingyi 兴义", "qianxinan", 600, 2, "P-T05")]
    for pid, n, r, u, k, s in cands:
        plants.append(coal_plant(b, pid, n + " (candidate)", r, 0, 315, None,
                                 build={"unitMw": v(u, "G-P02" if pid in ("qiandong", "xishui-erlang") else None,
                                                    None if pid in ("qiandong", "xishui-erlang") else "assumption: 600-660 MW supercritical units"),
                                        "maxUnits": k, "capexCnyPerMwYr": capex_coal}))
        b.cite(s)
    # ~20 CHP units for the integrated clusters (P-G13): 6 sites x up to 4 units of 150 MW
    chp_sites = [("chp-wengfu", "qiannan", "P-D20"), ("chp-kaiyang", "guiyang-anshun", "P-D20"), ("chp-zhijin", "bijie", "P-D19"),
                 ("chp-wuzhengdao", "zunyi", "P-D22"), ("chp-liupanshui-steel", "liupanshui", "P-D23"),
                 ("chp-guiyang-al", "guiyang-anshun", "P-D21")]
    for pid, r, s in chp_sites:
        plants.append(plant(pid, f"Integrated-cluster CHP {pid[4:]} (candidate)", r, "CHP", 0, avail=v(0.9, "G-P06"),
                            heat=v(340, "G-P04"), grades=["steam", "washed", "gangue"], vom=v(15, note=A),
                            desulf=v(0.9, "G-C07"),
                            chp={"heatGjPerMwh": v(6, "G-P09"), "heatFuelKgcePerGj": v(40, "G-P09")},
                            build={"unitMw": v(150, note="assumption: 6 sites x 4 units ~ the 20 projects of P-G13"),
                                   "maxUnits": 4, "capexCnyPerMwYr": capex_chp}, source=s))
        b.cite(s)
    b.cite("P-G13")
    plants.append(plant("wind-bijie", "Wind (Bijie/Liupanshui uplands)", "bijie", "WIND", v(1000, note="assumption; P-G16 no number"),
                        avail=v(0.228, "G-P10", "2,000 h"), source="P-G16"))
    plants.append(plant("solar-qianxinan", "Solar", "qianxinan", "SOLAR", v(300, note="assumption; P-G16 no number"), avail=0.0,
                        avail_by={p["id"]: (0.3014 if p["block"] == "peak" else 0.0) for p in PER},
                        notes="1,100 h (G-P10) in the daytime peak block: 1,100 / 3,650 = 0.3014", source="P-G16"))
    plants.append(plant("gas-guiyang", "Gas plant on the Sino-Burma pipeline off-take", "guiyang-anshun", "GAS",
                        v(400, note="assumption"), avail=v(0.9, "G-P06"), fuel=v(650, note="assumption (no gas price in seeds/§8)"),
                        vom=v(10, note=A), source="L-24"))
    plants.append(plant("wujiang-ps", "Wujiang pumped storage", "guiyang-anshun", "PUMPED_STORAGE",
                        v(1000, note="assumption: the pilot of P-H04 built by 2015"), avail=v(0.95, note=A), vom=v(5, note=A),
                        storage={"storageMwh": v(6000, note="assumption: 6 h"), "efficiency": v(0.76, "G-P08"), "pumpCapacityMw": None},
                        source="P-H04"))
    for s in ("P-G16", "G-P10", "L-24", "P-H04"):
        b.cite(s)
    exp = [exp_line(b, "hvdc-gui-guang-1", "Gui-Guang HVDC I", "guiyang-anshun", 3000, "G-T01", 0.06),
           exp_line(b, "ac-gd-2005", "500 kV AC corridors (pre-2006)", "qiannan", 1000, "P-G02", 0.05, "split assumed"),
           exp_line(b, "hvdc-gui-guang-2", "Gui-Guang HVDC II", "qianxinan", 3000, "G-T02", 0.06, "sending end assumed"),
           exp_line(b, "ac-xingyi-gd", "500 kV AC via Xingyi", "qianxinan", 500, "P-N04", 0.05, "split assumed"),
           exp_line(b, "ac-liping-gd", "500 kV AC via Liping", "qiandongnan", 500, "P-N04", 0.05, "split assumed"),
           exp_line(b, "new-corridor-gd", "New corridor to Guangdong (candidate)", "qiannan", 0, None, 0.05,
                    build={"unitMw": v(1000, note="assumption"), "maxUnits": 4,
                           "capexCnyPerMwYr": v(annualised(1900, CRF), "G-E03", "1,900 CNY/kW (HVDC figure) x CRF")})]
    lines = gz_lines(b, 12000, exp)
    industries = gz_2010_industries(b)
    for i in industries:
        if i["id"].startswith("alumina"):
            i["heatGjPerT"] = v(10, note="assumption: process steam from cluster CHP (G-U02 steam demand)")
            i["coalFeedTPerT"] = {"steam": v(0.2, note="assumption: calcination fuel only; steam now from CHP")}
        if i["id"].startswith("phosphate"):
            i["heatGjPerT"] = v(5, note="assumption: concentration steam per t P2O5 from CHP (P-D20)")
        if i["id"] == "steel-shuicheng":
            i["capacityT"] = v(4_000_000, "I-I12", "part of >= 10 Mt (split assumed)")
        if i["id"] == "methanol":
            i["capacityT"] = v(4_000_000, note="assumption: doubling of the 2010 ~2 Mt (I-G05) with the 7 clusters of I-I13")
            i["heatGjPerT"] = v(4, note="assumption: process steam per t methanol from CHP (P-D19)")
    industries += [
        industry("steel-panxian", "Panxian Shouqian coal-power-steel", "liupanshui", "STEEL", "crude steel",
                 v(3_000_000, "I-I12", "part of >= 10 Mt (split assumed)"), v(0.5, "G-U09"), feed={"washed": v(0.7, "G-U09")},
                 va=v(600, note=A), min_out=1_500_000, source="L-12"),
        industry("steel-hezhang", "Hezhang coal-power-steel", "bijie", "STEEL", "crude steel",
                 v(1_500_000, "I-I12", "part of >= 10 Mt (split assumed)"), v(0.5, "G-U09"), feed={"washed": v(0.7, "G-U09")},
                 va=v(600, note=A), min_out=750_000, source="L-13"),
        industry("steel-dushan", "Dushan stainless-steel base", "qiannan", "STEEL", "crude steel",
                 v(1_500_000, "I-I12", "part of >= 10 Mt (split assumed)"), v(0.5, "G-U09"), feed={"washed": v(0.7, "G-U09")},
                 va=v(600, note=A), min_out=750_000, source="L-13"),
        industry("olefins-zhijin", "Zhijin coal-to-olefins", "bijie", "COAL_CHEMICAL", "olefins",
                 v(600_000, note="assumption: one 600 kt/yr unit (L-15)"), v(1.0, note="assumption"),
                 feed={"steam": v(5.5, "G-U12", "5-6 t raw coal per t olefins")}, heat=v(8, note="assumption, CHP steam"),
                 va=v(2000, note=A), min_out=300_000, source="L-15"),
        industry("al-wuzhengdao", "Wu-Zheng-Dao coal-power-Al park (potlines)", "zunyi", "ALUMINIUM", "aluminium",
                 v(1_000_000, note="assumption: 4 potlines of 250 kt"), v(13.5, "G-U01"), va=v(2000, note=A), min_out=0,
                 planned=v(500_000, note="assumption: half of the new park runs in 2015"),
                 potlines={"count": 4, "sizeT": v(250_000, note=A), "fixedCostCnyPerYr": v(50_000_000, note=A)},
                 source="P-D22"),
    ]
    for s in ("I-I12", "L-12", "L-13", "L-15", "P-D22"):
        b.cite(s)
    direct = [
        {"id": "ds-tongzi-al", "plant": "tongzi", "industry": "al-zunyi", "maxMw": v(900, note=A), "minMw": v(500, note=A),
         "tariffCnyPerMwh": v(330, "G-E02"), "source": "C-A09"},
        {"id": "dt-minemouth-olefins", "plant": "minemouth-bijie", "industry": "olefins-zhijin", "maxMw": v(70, note="assumption: the new load"),
         "minMw": 0, "tariffCnyPerMwh": v(330, "G-E02"), "source": "P-D12",
         "notes": "Direct-trading pilot for new load of cluster firms (P-D12)."},
        {"id": "dt-wuzhengdao", "plant": "xishui-erlang", "industry": "al-wuzhengdao", "maxMw": v(800, note=A), "minMw": 0,
         "tariffCnyPerMwh": v(330, "G-E02"), "source": "P-D12"},
    ]
    b.cite("C-A09"); b.cite("P-D12")
    demands = gz_demands(b, 87.0)
    coal_d = [coal_demand("other-inprovince", "guiyang-anshun", "steam", v(60_000_000, "D-08", "~60 Mt not earmarked"),
                          v(500, "G-E01")),
              coal_demand("outside-buyers", "outside-coal", "steam", 0, v(600, "G-E01"), max_t=v(30_000_000, note=A),
                          source="C-A03")]
    b.cite("C-A03"); b.cite("G-T04")
    exports = [export("gd-2015", "Guizhou-Guangdong 2015", "guangdong",
                      v(50_000_000, note="assumption: continuation of 43.5 TWh (G-T04, 2010 plan); no 2015 figure in seeds"),
                      v(350, "G-E02"), v(1000, note=A), source="G-T04")]
    policies = [
        policy("export-capability", "Export capability >= 10 GW", "外送能力", "EXPORT_CAPABILITY",
               v(10000, "P-G11", "the 2010 target, held as a floor in 2015 (assumption); needs 2 candidate corridor units"),
               reg="guangdong"),
        policy("big-coal-big-power", "Large mines supply large plants", "大煤保大电", "LARGE_MINE_TO_LARGE_PLANT",
               v(0.8, note="assumption; rule C-R01"), source="C-R01"),
        policy("local-conversion", "On-site conversion > 80 %", "就地转化率", "LOCAL_CONVERSION", v(0.8, "I-I07"), source="C-R12"),
        policy("gangue-use", "Gangue utilisation >= 60 %", "煤矸石综合利用", "GANGUE_UTILISATION", v(0.6, "K-G14"), source="K-G18"),
    ]
    for s in ("C-R01", "C-R12", "K-G18"):
        b.cite(s)
    targets = [
        target(b, "coal-output", "Raw coal output 原煤产量 2.5亿t", "coal.produced", "GE", 250_000_000, "t/yr", "C-G14"),
        target(b, "coal-power", "In-province power coal 省内发电用煤 ~1亿t", "coal.toPower", "EQ", 100_000_000, "t/yr", "C-G15", 0.1),
        target(b, "coal-industry", "Integrated-industry coal incl. CHP 一体化产业用煤 ~9000万t", "coal.toIndustry", "EQ", 90_000_000, "t/yr",
               "C-G16", 0.1),
        target(b, "capacity", "Installed capacity 装机容量 >= 50 GW", "capacity.installed", "GE", 50000, "MW", "P-G12"),
        target(b, "chp-capacity", "About 20 CHP projects 热电联产 (as MW: 20 x 150 assumed)", "capacity.CHP", "GE", 3000, "MW", "P-G13"),
        target(b, "steel", "Steel 钢产量 >= 10 Mt", "chain.STEEL.output", "GE", 10_000_000, "t/yr", "I-I12"),
        target(b, "export-capability", "Export capability 外送能力 (2010 target) 10 GW", "exportCapability.guangdong", "GE", 10000, "MW", "P-G11"),
    ]
    notes = GZ_NOTES + [
        "2012 integration opinions (S2) for 2015, on the 2010 system (guizhou-2010) plus candidate builds (MILP): 5 thermal sites (Qiandong, Xishui Erlang, Xingyi: P-T05; mine-mouth units P-T01), 6 cluster CHP sites x 4 units of 150 MW (~20 CHP projects, P-G13), a new export corridor (4 x 1,000 MW) and a potline-based aluminium park (P-D22).",
        "CONFLICT/GAP: coal 250 Mt (C-G14) = ~100 Mt power (C-G15) + ~90 Mt integrated industries incl. CHP (C-G16) + ~60 Mt other (D-08). 100 Mt of power coal (~71 Mtce) would mean ~220 TWh of coal-fired generation, far above any in-province + export demand that the seeds or §8 support; with the assumed demand the model burns less, so coal.toPower and coal.toIndustry targets are expected to show misses. Kept as targets, not constraints.",
        "A-2015-DEMAND: other load 87 TWh (assumption: 54.3 TWh of 2010 grown ~10 %/yr); industries from the clusters (steel 10 Mt I-I12, olefins, methanol, new Al park); export 50 TWh (assumption).",
        "A-2015-HEAT: alumina 10 GJ/t, phosphate 5 GJ/t P2O5, methanol 4 GJ/t, olefins 8 GJ/t of process steam (assumptions) must come from cluster CHP in the same prefecture, which forces CHP builds (P-D19-P-D23).",
        "LOCAL_CONVERSION 0.8 (I-I07 is for minerals in general): washing rejects and outbound coal count against it; it limits coal sales outside (C-R12 on-site processing).",
        "Ferroalloy kept at 2.25 Mt (I-I16 total-volume control).",
    ]
    m = meta(b, "guizhou-2015", "Guizhou province 2015, 2012 integration opinions (煤电磷/煤电铝/煤电钢/煤电化): "
             "250 Mt coal, >= 50 GW, ~20 CHP, steel >= 10 Mt; MILP with candidate plants, CHP, a corridor and potlines.",
             2015, notes)
    return instance(b, m, PER, regions, grades, mines, arcs, plants, lines, industries, direct, demands, coal_d,
                    exports, policies, targets)


# ============================================================================================
# Northern and city cases

def grid_purchase(b, pid, name, reg, mw, price, src):
    v = b.v
    return plant(pid, name, reg, "GAS", v(mw, note="assumption: purchase limit"), avail=1.0,
                 fuel=v(price, "G-E02", "purchase at about the large-industry/benchmark tariff"), source=src,
                 notes="An outside grid selling power: modelled as a non-coal plant in the external region (GAS type, fuel cost = purchase price).")


def guiyang_2010():
    b = Builder(); v = b.v
    regions = [region("qingzhen", "Qingzhen (coal-power-Al, coal chemicals)", "清镇", source="I-Y10"),
               region("baiyun-xiuwen", "Baiyun-Xiuwen aluminium block", "白云-修文", source="I-Y13"),
               region("kaiyang-xifeng", "Kaiyang-Xifeng phosphorus block", "开阳-息烽", source="I-Y12"),
               region("guiyang-city", "Guiyang urban districts", "贵阳市区", source="T-05"),
               region("guizhou-grid", "Guizhou provincial grid and coal market", "贵州电网/省内煤炭", True, source="P-D10")]
    for s_ in ("I-Y10", "I-Y13", "I-Y12", "T-05", "P-D10"):
        b.cite(s_)
    grades = [grade("steam", "Steam coal", v(0.714, "G-C03"), v(2.0, "G-C04"), v(2.7, "G-C07"))]
    mines = [mine("qingzhen-xiuwen-mines", "Qingzhen-Xiuwen mines (>= 30万t each)", "qingzhen", "steam",
                  v(5_000_000, note="assumption: the seed gives no output (C-A14, C-A15)"), v(300, note=A), source="C-A15"),
             mine("province-coal", "Coal bought from the rest of Guizhou", "guizhou-grid", "steam",
                  v(20_000_000, note="assumption: ample"), v(500, "G-E01", "450-650 CNY/t delivered"), source="C-A01")]
    b.cite("C-A15"); b.cite("C-A01")
    arcs = [arc("rail-province-qingzhen", "guizhou-grid", "qingzhen", "RAIL", None, v(20, note="assumption: delivered price includes most freight"), 0.005),
            arc("rail-qingzhen-baiyun", "qingzhen", "baiyun-xiuwen", "RAIL", None, v(6, "G-E04", "0.12 x 50 km"), 0.005, source="I-Y23"),
            arc("rail-qingzhen-kaiyang", "qingzhen", "kaiyang-xifeng", "RAIL", None, v(12, "G-E04", "0.12 x 100 km (Jiuchang-Kaiyang spur)"), 0.005, source="I-Y23"),
            arc("road-qingzhen-city", "qingzhen", "guiyang-city", "ROAD", None, v(15, note="assumption"), 0.005)]
    b.cite("I-Y23")
    plants = [coal_plant(b, "qingzhen-new", "Qingzhen plant (relocated and expanded)", "qingzhen", 1200, 340, None, large=True,
                         note="assumption: 2 x 600 MW; G-P02 says the size is not reliably known (P-T07)", grades=("steam",)),
              plant("xiaba-hydro", "Xiaba hydro 下坝水电站", "kaiyang-xifeng", "HYDRO", v(100, note="assumption: no size in P-H06"),
                    avail=v(0.93, "G-P06"), vom=v(5, note=A), hydro=hydro_rr(100 * 3404), source="P-H06"),
              plant("small-hydro", "Small and micro hydro", "kaiyang-xifeng", "HYDRO", v(50, note="assumption (P-H07)"),
                    avail=v(0.93, "G-P06"), vom=v(5, note=A), hydro=hydro_rr(50 * 3404), source="P-H07"),
              grid_purchase(b, "provincial-grid", "Purchases from the Guizhou grid", "guizhou-grid", 3000, 450, "P-D10")]
    b.cite("P-T07"); b.cite("P-H06"); b.cite("P-H07"); b.cite("G-P03")
    lines = [line("grid-in", "Provincial 500/220 kV supply into Guiyang (Xijiao substation)", "guizhou-grid", "guiyang-city",
                  v(3000, note="assumption"), v(0.01, "G-T05"), v(50, "G-E02", "transmission charge"), source="P-H06"),
             line("grid-out", "Qingzhen to the provincial grid", "qingzhen", "guizhou-grid", v(1200, note=A), v(0.01, "G-T05"), 0),
             line("city-qingzhen", "Guiyang-Qingzhen 220 kV", "guiyang-city", "qingzhen", v(2000, note=A), v(0.01, "G-T05"), 0, bidir=True),
             line("city-baiyun", "Guiyang-Baiyun/Xiuwen", "guiyang-city", "baiyun-xiuwen", v(2000, note=A), v(0.01, "G-T05"), 0, bidir=True),
             line("city-kaiyang", "Guiyang-Kaiyang/Xifeng", "guiyang-city", "kaiyang-xifeng", v(1000, note=A), v(0.01, "G-T05"), 0, bidir=True),
             line("qingzhen-baiyun", "Qingzhen-Baiyun/Xiuwen", "qingzhen", "baiyun-xiuwen", v(1500, note=A), v(0.01, "G-T05"), 0, bidir=True)]
    b.cite("P-N07")
    industries = [
        industry("chalco-alumina", "Chalco Guizhou alumina", "baiyun-xiuwen", "ALUMINIUM", "alumina", v(1_200_000, "I-Y05"),
                 v(0.3, "G-U02"), feed={"steam": v(0.6, "G-U02")}, va=v(500, note=A), min_out=600_000, source="I-Y05"),
        industry("chalco-al", "Chalco Guizhou electrolytic Al", "baiyun-xiuwen", "ALUMINIUM", "aluminium", v(400_000, "I-Y05"),
                 v(13.5, "G-U01"), va=v(2000, note=A), min_out=200_000, source="I-Y16"),
        industry("new-alumina", "New alumina project (sought)", "qingzhen", "ALUMINIUM", "alumina",
                 v(900_000, "I-Y06", "middle of 80-100万t"), v(0.3, "G-U02"), feed={"steam": v(0.6, "G-U02")}, va=v(500, note=A),
                 min_out=0, source="I-Y06"),
        industry("kaiyang-phosphate", "Kailin/Xiyang ammonium phosphates", "kaiyang-xifeng", "PHOSPHORUS", "ammonium phosphate",
                 v(1_800_000, "I-Y02"), v(0.15, "G-U05"), va=v(400, note=A), min_out=900_000, source="I-Y04"),
        industry("shuijing-methanol", "Shuijing group methanol/acetic acid", "qingzhen", "COAL_CHEMICAL", "methanol",
                 v(300_000, note="assumption: I-Y08 names the projects without size"), v(0.2, note=A),
                 feed={"steam": v(2.5, "G-U12")}, va=v(500, note=A), min_out=150_000, source="I-Y08"),
    ]
    for s_ in ("I-Y05", "I-Y16", "I-Y06", "I-Y02", "I-Y04", "I-Y08"):
        b.cite(s_)
    direct = [{"id": "ds-qingzhen-al", "plant": "qingzhen-new", "industry": "chalco-al", "maxMw": v(620, note="assumption: smelter load"),
               "minMw": v(300, note=A), "tariffCnyPerMwh": v(330, "G-E02"), "source": "P-D05",
               "notes": "Direct-supply power source of the Guiyang aluminium base (P-D05); Al-power joint operation (P-D09)."}]
    b.cite("P-D05"); b.cite("P-D09")
    demands = [demand("load-city", "guiyang-city", mw_by=demand_mw_by_period(9_000_000, PER),
                      notes="9 TWh/yr other load of a city of ~380万 people (K-Y14), assumption; shape A-LOAD"),
               demand("load-counties", "kaiyang-xifeng", mw_by=demand_mw_by_period(1_000_000, PER), notes="1 TWh/yr assumption")]
    b.cite("K-Y14")
    coal_d = [coal_demand("city-coal", "guiyang-city", "steam", v(2_000_000, note="assumption: other coal use"), v(500, "G-E01"))]
    exports = [export("sell-to-grid", "Sales of surplus to the provincial grid", "guizhou-grid", 0, v(330, "G-E02"), 0,
                      max_mw=v(1200, note=A), source="P-D10")]
    policies = []
    targets = [
        target(b, "alumina", "Chalco Guizhou alumina 氧化铝 120万t", "industry.chalco-alumina.output", "GE", 1_200_000, "t/yr", "I-Y05"),
        target(b, "al", "Chalco Guizhou electrolytic Al 电解铝 40万t", "industry.chalco-al.output", "GE", 400_000, "t/yr", "I-Y05"),
        target(b, "new-alumina", "New alumina 新建氧化铝 80-100万t", "industry.new-alumina.output", "GE", 800_000, "t/yr", "I-Y06"),
        target(b, "phosphate", "Ammonium phosphates 磷铵 >= 180万t", "industry.kaiyang-phosphate.output", "GE", 1_800_000, "t/yr", "I-Y02"),
    ]
    notes = [
        "City sub-system: Guiyang's counties and districts as four regions; the province is the external region guizhou-grid (it sells power through a GAS-type purchase plant and buys surplus through an export contract, and sells coal through an external mine).",
        "CONFLICT (D-14, §7.7): Guiyang alumina (120万t + 80-100万t) can reach 200-220万t, the whole provincial 2010 target of 200万t (I-G22); guizhou-2010 places 0.8 Mt of alumina in Zunyi, so the two files cannot both be met. Not additive.",
        "Ammonium phosphate in product tonnes (I-Y02); the provincial target is in P2O5 (I-G10): DAP ~46 % P2O5 (G-U05).",
        "A-GY-LOAD: city other load 9 TWh and county load 1 TWh are assumptions; the seed gives GDP (K-Y13) and population (K-Y14) but no electricity use.",
        "Policies: S1 gives no numeric coal or power caps (K-Y01 energy intensity, K-Y04 solid waste are not instance policies), so none are set.",
    ]
    m = meta(b, "guiyang-2010", "Guiyang city 2010 (11th FYP outline): phosphorus and aluminium base with Qingzhen "
             "power, buying from and selling to the Guizhou grid (external).", 2010, notes)
    return instance(b, m, PER, regions, grades, mines, arcs, plants, lines, industries, direct, demands, coal_d,
                    exports, policies, targets)


def yangquan_2010():
    b = Builder(); v = b.v
    regions = [region("yangquan-suburb", "Yangquan urban and suburban districts (Xishangzhuang, Yangjiazhuang parks)", "阳泉城郊", source="P-Y21"),
               region("pingding", "Pingding county (Niangziguan)", "平定", source="P-Y04"),
               region("yuxian", "Yu county", "盂县", notes="assumption: the seed names no mines by county; used for the Yangmei/local mines"),
               region("north-china", "North China grid (西电东送 from Shanxi)", "华北电网", True, source="G-T07"),
               region("coal-market", "Outside coal buyers via the Shitai railway", "省外煤炭市场", True, source="C-Y17")]
    for s_ in ("P-Y21", "P-Y04", "G-T07", "C-Y17"):
        b.cite(s_)
    grades = [grade("anthracite", "Yangquan anthracite 无烟煤", v(0.929, "G-C03", "6,500 kcal/kg inside 6,000-7,000"),
                    v(1.0, note="assumption"), v(2.7, "G-C07")),
              grade("washed", "Washed anthracite/coking 洗精煤", v(1.0, note="assumption: 7,000 kcal/kg"), v(0.7, note=A), v(2.7, "G-C07")),
              grade("middlings", "Gangue, middlings, slurry 煤矸石/洗中煤/煤泥", v(0.357, "G-C03"), v(1.5, note=A), v(2.7, "G-C07"),
                    byproduct=True)]
    b.cite("C-Y10")
    wash = washing(v(0.64, "C-Y03", "washing rate 64 % (2005)"), "washed", v(0.6, "G-C05"), "middlings", v(0.2, "G-C05"), v(20, note=A))
    mines = [mine("yangmei", "Yangmei group mines", "yuxian", "anthracite", v(40_000_000, note="assumption: largest producer (I-Q16)"),
                  v(280, note=A), large=True, washing=wash, source="I-Q16"),
             mine("xishangzhuang-mine", "Nanmei Xishangzhuang mine phase 1", "yangquan-suburb", "anthracite", v(3_000_000, "C-Y13"),
                  v(260, note=A), large=True, washing=wash, source="C-Y13"),
             mine("local-mines", "Local mines", "pingding", "anthracite", v(20_000_000, note="assumption: rest of ~60 Mt (C-Y04)"),
                  v(300, note=A), source="C-Y06")]
    b.cite("I-Q16"); b.cite("C-Y06")
    arcs = []
    for f, t in (("yuxian", "yangquan-suburb"), ("pingding", "yangquan-suburb"), ("yangquan-suburb", "pingding"), ("yuxian", "pingding")):
        arcs.append(arc(f"rail-{f}-{t}", f, t, "RAIL", None, v(6, "G-E04", "0.12 x 50 km"), 0.005))
    for f in ("yangquan-suburb", "pingding"):
        arcs.append(arc(f"shitai-{f}", f, "coal-market", "RAIL", v(40_000_000, "G-E04", "double-track 60-80 Mt/yr, shared (assumed 40)"),
                        v(60, "G-E04", "0.12 x 500 km"), 0.005, source="C-Y17"))
    plants = [
        coal_plant(b, "xishangzhuang", "Xishangzhuang mine-mouth 2x600", "yangquan-suburb", 1200, 315, "P-Y03",
                   grades=("anthracite", "washed", "middlings")),
        coal_plant(b, "niangziguan-2", "Niangziguan second plant 2x600", "pingding", 1200, 315, "P-Y04", grades=("anthracite", "washed")),
        coal_plant(b, "yangguang-ext", "Yangguang expansion 2x600", "yangquan-suburb", 1200, 315, "P-Y05", grades=("anthracite", "washed")),
        coal_plant(b, "existing-fleet", "Existing plants (Yangguang, Hepo, ...)", "yangquan-suburb", 1300, 360, None, large=False,
                   note="assumption: 5,500 (P-Y02) - 3,900 named new (D-15) - 300 CHP", grades=("anthracite", "washed", "middlings")),
        coal_plant(b, "nanmei-gangue", "Nanmei gangue plant 2x135", "yangquan-suburb", 270, 380, "P-Y06", large=False,
                   ptype="GANGUE", grades=("middlings", "anthracite"), desulf=0.8),
        plant("city-chp", "City CHP (phase 4 district heating)", "yangquan-suburb", "CHP", v(300, note="assumption (P-Y16)"),
              avail=v(0.9, "G-P06"), heat=v(360, "G-P04"), grades=["anthracite", "washed"], vom=v(15, note=A), desulf=v(0.9, "G-C07"),
              chp={"heatGjPerMwh": v(4, "G-P09"), "heatFuelKgcePerGj": v(40, "G-P09")}, source="P-Y16"),
        plant("yangmei-cbm", "Yangmei coal-bed methane plant", "yuxian", "GAS", v(30, "P-Y07", "3万kW; 27 MW elsewhere (P-Y08)"),
              avail=v(0.9, note=A), fuel=v(50, note="assumption: drained mine gas is nearly free"), source="P-Y07"),
        grid_purchase(b, "north-china-supply", "Purchases from the North China grid", "north-china", 500, 450, "G-T07"),
    ]
    b.cite("P-Y08"); b.cite("D-15"); b.cite("P-Y02")
    lines = [line("yq-north-china", "Yangquan-North China 500 kV", "yangquan-suburb", "north-china", v(3000, note="assumption"),
                  v(0.03, "G-T05"), v(50, "G-E02"), source="P-Y11"),
             line("pd-north-china", "Niangziguan-Hebei 500 kV", "pingding", "north-china", v(1500, note=A), v(0.03, "G-T05"), v(50, "G-E02")),
             line("nc-in", "North China supply into Yangquan", "north-china", "yangquan-suburb", v(500, note=A), v(0.03, "G-T05"), 0),
             line("yq-pd", "Yangquan-Pingding 220 kV", "yangquan-suburb", "pingding", v(2000, note=A), v(0.01, "G-T05"), 0, bidir=True),
             line("yq-yx", "Yangquan-Yu county 220 kV", "yangquan-suburb", "yuxian", v(1000, note=A), v(0.01, "G-T05"), 0, bidir=True)]
    b.cite("P-Y11")
    industries = [
        industry("yq-al", "Electrolytic aluminium (Yangquan Al)", "yangquan-suburb", "ALUMINIUM", "aluminium", v(200_000, "I-Q05"),
                 v(13.5, "G-U01"), va=v(2000, note=A), min_out=100_000, source="I-Q02"),
        industry("yq-alumina", "Yangmei alumina", "yuxian", "ALUMINIUM", "alumina", v(1_200_000, "I-Q05"), v(0.3, "G-U02"),
                 feed={"anthracite": v(0.5, "G-U02", "0.5-0.9 tce/t -> 0.45 tce / 0.929")}, va=v(500, note=A), min_out=600_000,
                 source="I-Q06"),
        industry("yq-pvc", "Yangmei carbide-route PVC", "yangquan-suburb", "CARBIDE_PVC", "PVC", v(200_000, "I-Q10"),
                 v(5.5, "G-U08", "5,000-6,500 kWh/t PVC incl. carbide"), feed={"washed": v(0.8, "G-U07", "1.4 t carbide x 0.57 t coke")},
                 va=v(1500, note=A), min_out=100_000, source="I-Q12"),
        industry("yq-methanol", "Yangmei methanol", "yuxian", "COAL_CHEMICAL", "methanol", v(150_000, "I-Q10"), v(0.2, note=A),
                 feed={"anthracite": v(1.9, "G-U12", "1.8 tce/t / 0.929")}, va=v(500, note=A), min_out=75_000, source="I-Q11"),
        industry("yq-cement", "Dry-process cement", "pingding", "CEMENT", "cement", v(1_000_000, "I-Q04"), v(0.1, "G-U11"),
                 feed={"anthracite": v(0.17, "U-03", "159 kgce/t (Guizhou figure) / 0.929")}, va=v(60, note=A), min_out=500_000,
                 source="I-Q14"),
    ]
    for s_ in ("I-Q05", "I-Q02", "I-Q06", "I-Q10", "I-Q12", "I-Q04", "I-Q11", "I-Q14", "G-U07"):
        b.cite(s_)
    direct = [{"id": "ds-gangue-al", "plant": "nanmei-gangue", "industry": "yq-al", "maxMw": v(240, note=A), "minMw": 0,
               "tariffCnyPerMwh": v(330, "G-E02"), "source": "P-Y15",
               "notes": "Electrolytic-Al firms' own resource-utilisation plants to cut power cost (P-Y15)."}]
    b.cite("P-Y15")
    demands = [demand("load-yq", "yangquan-suburb", mw_by=demand_mw_by_period(4_000_000, PER), notes="assumption 4 TWh"),
               demand("load-pd", "pingding", mw_by=demand_mw_by_period(1_000_000, PER), notes="assumption 1 TWh"),
               demand("load-yx", "yuxian", mw_by=demand_mw_by_period(1_000_000, PER), notes="assumption 1 TWh")]
    coal_d = [coal_demand("local-coal", "yangquan-suburb", "anthracite", v(5_000_000, note="assumption: households, refractories, coke"),
                          v(500, "G-E01")),
              coal_demand("outside-anthracite", "coal-market", "anthracite", 0, v(650, "G-E01", "top of 450-650"), max_t=v(30_000_000, note=A)),
              coal_demand("outside-washed", "coal-market", "washed", 0, v(850, "G-E01", "700-850"), max_t=v(15_000_000, note=A))]
    exports = [export("nc-contract", "Shanxi-North China 西电东送", "north-china", v(20_000_000, note="assumption: no figure in S3"),
                      v(330, "G-E02"), v(1000, note=A), source="P-Y11")]
    policies = [policy("cap-coal", "Coal output held at ~60 Mt", "煤炭产量控制", "COAL_PRODUCTION_CAP", v(60_000_000, "C-Y04"), source="C-Y05"),
                policy("gangue-use", "Low-grade coal used as power fuel", "劣质煤发电", "GANGUE_UTILISATION",
                       v(0.5, note="assumption; C-Y14 gives the rule, no share"), source="C-Y14")]
    b.cite("C-Y05"); b.cite("C-Y14")
    targets = [
        target(b, "coal-output", "Coal output 煤炭产量 ~6000万t", "coal.produced", "EQ", 60_000_000, "t/yr", "C-Y04", 0.05),
        target(b, "capacity", "Installed capacity 装机容量 550万kW", "capacity.installed", "GE", 5500, "MW", "P-Y02"),
        target(b, "al", "Electrolytic Al 电解铝 20万t", "industry.yq-al.output", "GE", 200_000, "t/yr", "I-Q05"),
        target(b, "alumina", "Alumina 氧化铝 120万t", "industry.yq-alumina.output", "GE", 1_200_000, "t/yr", "I-Q05"),
        target(b, "pvc", "PVC 聚氯乙烯 20万t", "industry.yq-pvc.output", "GE", 200_000, "t/yr", "I-Q10"),
        target(b, "methanol", "Methanol 甲醇 15万t", "industry.yq-methanol.output", "GE", 150_000, "t/yr", "I-Q10"),
    ]
    notes = [
        "Yangquan, Shanxi, 2010 (S3): a northern coal city with coal-power-aluminium, carbide-PVC and methanol; external North China grid (G-T07) and outside coal buyers along the Shitai railway (C-Y17). Hydro seasonality is irrelevant (no hydro); the 24 periods keep the common structure.",
        "CONFLICT (§7.4): the coal-bed-methane plant is 3万kW (P-Y07) in one place and 27 MW (P-Y08) in another; 30 MW used.",
        "The seed gives no 2005 capacity, so 5,500 MW (P-Y02) = 3,900 MW named new (D-15) + 1,300 MW existing + 300 MW CHP (split assumed).",
        "No pumped storage in the Yangquan seed (the brief's pumped storage is in Wuhai, P-W03).",
        "A-YQ-LOAD: other load 6 TWh and the 20 TWh North China contract are assumptions; generation 2005 was 14.06 TWh (P-Y01).",
        "Anthracite 6,500 kcal/kg (G-C03 Yangquan 6,000-7,000); washing share 64 % (C-Y03, 2005 actual).",
    ]
    b.cite("P-Y01")
    m = meta(b, "yangquan-2010", "Yangquan (Shanxi) 2010, 11th FYP: coal held at ~60 Mt, 5.5 GW, coal-power-aluminium, "
             "carbide-PVC, gangue power, North China grid and outside coal buyers external.", 2010, notes)
    return instance(b, m, PER, regions, grades, mines, arcs, plants, lines, industries, direct, demands, coal_d,
                    exports, policies, targets)


def wuhai_2011():
    b = Builder(); v = b.v
    regions = [region("haibowan", "Haibowan district", "海勃湾区", source="P-W04"),
               region("wuda", "Wuda district", "乌达区", source="P-W04"),
               region("hainan", "Hainan district", "海南区", notes="third district of Wuhai (no seed quote names it)"),
               region("mengxi", "Inner Mongolia West grid (exports to North China)", "蒙西电网", True, source="G-T07"),
               region("coal-market", "Outside coal market (buyers and sellers)", "外部煤炭市场", True, source="C-W01")]
    b.cite("P-W04"); b.cite("G-T07"); b.cite("C-W01")
    grades = [grade("coking", "Wuhai coking coal 焦煤", v(0.929, "G-C03", "6,000-7,000 kcal/kg"), v(1.5, note=A), v(2.7, "G-C07")),
              grade("washed", "Washed coking coal 洗精煤", v(1.0, note="assumption: 7,000 kcal/kg"), v(0.8, note=A), v(2.7, "G-C07")),
              grade("steam", "Steam coal bought in", v(0.714, "G-C01"), v(1.0, note=A), v(2.7, "G-C07")),
              grade("middlings", "Gangue, middlings, slurry", v(0.357, "G-C03"), v(1.5, note=A), v(2.7, "G-C07"), byproduct=True)]
    wash = washing(v(0.9, note="assumption: washing matched to coking (C-W10)"), "washed", v(0.6, "G-C05"), "middlings",
                   v(0.2, "G-C05"), v(20, note=A))
    b.cite("C-W10")
    mines = [mine("shenhua-wuhai", "Shenhua Wuhai Energy mines", "hainan", "coking", v(12_000_000, note="assumption: part of 30 Mt (C-W03)"),
                  v(280, note=A), large=True, washing=wash, source="P-W05"),
             mine("local-wuda", "Local mines Wuda", "wuda", "coking", v(10_000_000, note="assumption: part of 30 Mt"), v(300, note=A),
                  washing=wash, source="C-W02"),
             mine("local-haibowan", "Local mines Haibowan", "haibowan", "coking", v(8_000_000, note="assumption: part of 30 Mt"),
                  v(300, note=A), washing=wash, source="C-W02"),
             mine("bought-steam", "Steam coal bought in (增加外购煤炭量)", "coal-market", "steam", v(20_000_000, note="assumption"),
                  v(450, "G-E01", "low end delivered"), source="C-W01"),
             mine("bought-coking", "Washed coking coal bought in", "coal-market", "washed", v(15_000_000, note="assumption"),
                  v(900, note="assumption above the 700-850 steam benchmark of G-E01"), source="C-W01")]
    b.cite("P-W05"); b.cite("C-W02"); b.cite("C-W03")
    arcs = []
    for f, t in (("hainan", "haibowan"), ("haibowan", "hainan"), ("wuda", "haibowan"), ("haibowan", "wuda"), ("hainan", "wuda"), ("wuda", "hainan")):
        arcs.append(arc(f"road-{f}-{t}", f, t, "ROAD", None, v(10, note="assumption: short haul"), 0.005))
    arcs.append(arc("rail-in", "coal-market", "haibowan", "RAIL", v(35_000_000, note=A), v(60, "G-E04", "0.12 x 500 km"), 0.005, source="C-W14"))
    arcs.append(arc("rail-out", "haibowan", "coal-market", "RAIL", v(20_000_000, note="assumption; rail tight (C-W13)"),
                    v(60, "G-E04"), 0.005, source="C-W13"))
    b.cite("C-W14"); b.cite("C-W13")
    plants = [
        coal_plant(b, "haibowan-plant", "Haibowan plant", "haibowan", 600, 340, None, note="assumption: size not in seed (P-W04)",
                   grades=("steam", "coking", "washed")),
        coal_plant(b, "yihua-captive", "Yihua captive plant (PVC)", "wuda", 600, 340, None, large=False,
                   note="assumption (P-W04)", grades=("steam", "coking")),
        coal_plant(b, "other-thermal", "Other thermal units", "hainan", 800, 360, None, large=False,
                   note="assumption: rest of the 3,500 MW target (P-W01)", grades=("steam", "coking")),
        coal_plant(b, "jinghai-gangue", "Jinghai gangue plant", "haibowan", 600, 380, None, large=False, note="assumption (P-W05)",
                   ptype="GANGUE", grades=("middlings", "steam"), desulf=0.8),
        coal_plant(b, "shenhua-gangue", "Shenhua Wuhai Energy gangue plant", "hainan", 300, 380, None, large=False,
                   note="assumption (P-W05)", ptype="GANGUE", grades=("middlings", "steam"), desulf=0.8),
        plant("wuhai-chp", "Wuhai CHP", "haibowan", "CHP", v(300, note="assumption (P-W04)"), avail=v(0.9, "G-P06"), heat=v(340, "G-P04"),
              grades=["steam", "coking"], vom=v(15, note=A), desulf=v(0.9, "G-C07"),
              chp={"heatGjPerMwh": v(4, "G-P09"), "heatFuelKgcePerGj": v(40, "G-P09")}, source="P-W06"),
        plant("wuda-chp", "Huadian Wuda CHP", "wuda", "CHP", v(300, note="assumption (P-W04)"), avail=v(0.9, "G-P06"), heat=v(340, "G-P04"),
              grades=["steam", "coking"], vom=v(15, note=A), desulf=v(0.9, "G-C07"),
              chp={"heatGjPerMwh": v(4, "G-P09"), "heatFuelKgcePerGj": v(40, "G-P09")}, source="P-W06"),
        plant("yellow-river-ps", "Pumped storage on the Yellow River project (candidate)", "haibowan", "PUMPED_STORAGE", 0,
              avail=v(0.95, note=A), vom=v(5, note=A),
              storage={"storageMwh": v(7200, note="assumption: 6 h at 1,200 MW"), "efficiency": v(0.76, "G-P08"), "pumpCapacityMw": None},
              build={"unitMw": v(300, note="assumption: 4 x 300 MW"), "maxUnits": 4,
                     "capexCnyPerMwYr": v(annualised(5000, CRF), note="assumption: 5,000 CNY/kW (no §8 value for pumped storage) x CRF")},
              source="P-W03", notes="1,200 MW in preparatory work in 2011 (P-W03): candidate build. Storage MWh is given for the full 1,200 MW."),
        grid_purchase(b, "mengxi-supply", "Purchases from the Mengxi grid", "mengxi", 500, 450, "G-T07"),
    ]
    b.cite("P-W06"); b.cite("P-W01")
    lines = [line("wuhai-mengxi", "Wuhai-Mengxi 220/500 kV", "haibowan", "mengxi", v(2000, note=A), v(0.03, "G-T05"), v(50, "G-E02"), source="P-W02"),
             line("mengxi-in", "Mengxi supply into Wuhai", "mengxi", "haibowan", v(500, note=A), v(0.03, "G-T05"), 0),
             line("hb-wd", "Haibowan-Wuda", "haibowan", "wuda", v(2000, note=A), v(0.01, "G-T05"), 0, bidir=True),
             line("hb-hn", "Haibowan-Hainan", "haibowan", "hainan", v(2000, note=A), v(0.01, "G-T05"), 0, bidir=True)]
    b.cite("P-W02")
    industries = [
        industry("coke", "Coking (Yuantong, Guangna, Huaxin, ...)", "wuda", "COKE", "coke",
                 v(18_000_000, "I-W30", "capacity target"), v(0.03, note="assumption"),
                 feed={"washed": v(1.35, "G-U10", "1.30-1.40 t/t")}, va=v(300, note=A), min_out=9_000_000,
                 planned=v(12_000_000, note="assumption: coke output below the 18 Mt capacity target in 2011"), source="I-W32"),
        industry("pvc", "Carbide-route PVC (chlor-alkali)", "wuda", "CARBIDE_PVC", "PVC", v(2_000_000, "I-W06"),
                 v(5.5, "G-U08"), feed={"washed": v(0.8, "G-U07", "1.4 t carbide x 0.57 t coke")}, va=v(1500, note=A),
                 min_out=600_000, planned=v(1_200_000, note="assumption: output in 2011 below the 2 Mt target"), source="I-W35"),
        industry("steel", "Qianlishan steel", "hainan", "STEEL", "crude steel", v(2_000_000, "I-W29"), v(0.5, "G-U09"),
                 feed={"washed": v(0.6, "G-U09", "0.60 tce/t / 1.0")}, va=v(600, note=A), min_out=1_000_000, source="I-W29"),
        industry("cement", "Cement", "haibowan", "CEMENT", "cement", v(10_000_000, "I-W22"), v(0.1, "G-U11"),
                 feed={"steam": v(0.22, "U-03", "159 kgce/t (Guizhou figure) / 0.714")}, va=v(60, note=A), min_out=5_000_000, source="I-W22"),
        industry("ferroalloy", "Ferroalloys (Mn, Cr, Ni) within quotas", "hainan", "FERROALLOY", "ferroalloy",
                 v(500_000, note="assumption: quota size not in seed (I-W33)"), v(4.2, "G-U06"), feed={"washed": v(0.5, "G-U06")},
                 va=v(800, note=A), min_out=250_000, source="I-W33"),
        industry("silicon", "Hengyecheng industrial silicon", "wuda", "OTHER", "industrial silicon", v(80_000, "I-W19"),
                 v(12.0, "G-U06", "11,000-13,500 kWh/t"), feed={"washed": v(0.5, "G-U06")}, va=v(2000, note=A), min_out=40_000,
                 source="I-W19"),
    ]
    for s_ in ("I-W30", "I-W32", "I-W06", "I-W35", "I-W29", "I-W22", "I-W33", "I-W19", "G-U07"):
        b.cite(s_)
    direct = [{"id": "ds-yihua-pvc", "plant": "yihua-captive", "industry": "pvc", "maxMw": v(540, note=A), "minMw": 0,
               "tariffCnyPerMwh": v(300, note="assumption: captive plant cost-based"), "source": "P-W04"}]
    demands = [demand("load-city", "haibowan", mw_by=demand_mw_by_period(1_500_000, PER), notes="assumption 1.5 TWh other load")]
    coal_d = [coal_demand("coal-buyers", "coal-market", "washed", 0, v(850, "G-E01"), max_t=v(10_000_000, note=A)),
              coal_demand("coal-buyers-raw", "coal-market", "coking", 0, v(600, "G-E01"), max_t=v(10_000_000, note=A))]
    exports = [export("mengxi-sales", "Sales to the Mengxi grid (争取多向外输送电量)", "mengxi", 0, v(300, "G-E02"), 0,
                      max_mw=v(2000, note=A), source="P-W02")]
    policies = [policy("cap-coal", "City coal capacity held at 30 Mt", "煤炭生产能力", "COAL_PRODUCTION_CAP", v(30_000_000, "C-W03")),
                policy("cap-outbound", "Restrict coal shipped out", "限制煤炭外运", "COAL_OUTBOUND_CAP",
                       v(3_000_000, note="assumption: C-W01/C-W12 restrict and cut outbound coal without a number"), source="C-W12"),
                policy("gangue-use", "Gangue utilisation 70 %", "煤矸石利用率", "GANGUE_UTILISATION", v(0.7, "K-W03"))]
    b.cite("C-W12")
    targets = [
        target(b, "capacity", "Installed capacity 装机容量 350万kW", "capacity.installed", "GE", 3500, "MW", "P-W01"),
        target(b, "coal-capacity", "Coal output held at the 3000万t capacity 煤炭生产能力", "coal.produced", "LE", 30_000_000, "t/yr", "C-W03"),
        target(b, "coke", "Coke 焦炭 1800万t", "industry.coke.output", "GE", 18_000_000, "t/yr", "I-W30"),
        target(b, "pvc", "PVC 聚氯乙烯 200万t", "industry.pvc.output", "GE", 2_000_000, "t/yr", "I-W06"),
        target(b, "steel", "Steel 钢 200万t", "industry.steel.output", "GE", 2_000_000, "t/yr", "I-W29"),
        target(b, "cement", "Cement 水泥 ~1000万t", "industry.cement.output", "EQ", 10_000_000, "t/yr", "I-W22", 0.1),
        target(b, "outbound", "Further cut coal shipped out 减少煤炭外运", "coal.outbound", "LE", 3_000_000, "t/yr", "C-W12"),
    ]
    notes = [
        "Wuhai, Inner Mongolia, 2011 (S4): coal city restricting coal outbound (C-W01) and buying coal in; coke, carbide-PVC, steel, cement, ferroalloy; gangue power; pumped storage (1,200 MW, preparatory work, P-W03) as a candidate build, so the case is a MILP.",
        "No aluminium in the Wuhai seed; the coal-power-aluminium chain appears in Yangquan (S3) and Guizhou only.",
        "CONFLICT (D-17/D-18): coke 18 Mt (I-W30) needs ~24 Mt washed coking coal, more than Wuhai's 30 Mt raw (C-W03) yields after washing; the case buys washed coal in (C-W01). Coke and PVC produce at assumed 2011 levels (12 Mt, 1.2 Mt) in cost mode; the 18 Mt and 2 Mt capacity targets are kept, so the check shows them as missed unless welfare mode raises output.",
        "Washing capacity cap 80 Mt/yr (C-W11) cannot be expressed (no washing-capacity field); it does not bind at 27 Mt washed.",
        "Plant sizes (Haibowan, Wuhai CHP, Wuda CHP, Yihua captive, Jinghai and Shenhua gangue) are not in the seed; they are assumed to add up to the 3,500 MW target (P-W01). The 90 MW hydro (P-W03) is left out (preparatory work, no seasonality data for the Yellow River).",
        "A-WH-LOAD: 1.5 TWh other load (assumption); industry loads ~10 TWh; surplus may be sold to Mengxi (P-W02) at 300 CNY/MWh (G-E02 range, assumption).",
    ]
    b.cite("C-W11")
    m = meta(b, "wuhai-2011", "Wuhai (Inner Mongolia) 2011 industrial guidance: 30 Mt coal held, coal outbound restricted, "
             "3.5 GW, coke/PVC/steel/cement, gangue power, candidate pumped storage (MILP), Mengxi grid external.", 2011, notes)
    return instance(b, m, PER, regions, grades, mines, arcs, plants, lines, industries, direct, demands, coal_d,
                    exports, policies, targets)


def main():
    for name, fn in CASES:
        dump(fn(), os.path.join(OUT, f"{name}.json"))


CASES = [("guizhou-2005", guizhou_2005), ("guizhou-2010", guizhou_2010), ("guizhou-2015", guizhou_2015),
         ("guiyang-2010", guiyang_2010), ("yangquan-2010", yangquan_2010), ("wuhai-2011", wuhai_2011)]

if __name__ == "__main__":
    main()
