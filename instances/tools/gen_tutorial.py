"""Generate instances/tutorial.json (LP) and instances/tutorial-build.json (MILP).

Deterministic; Python 3.11 standard library only. Run from the repository root:
    python3 instances/tools/gen_tutorial.py
"""
import copy
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from cglib import (Builder, arc, coal_demand, demand, dump, export, grade, industry, instance, line, mine,  # noqa: E402
                   plant, policy, region, target, washing, annualised, CRF)

OUT = os.path.join(os.path.dirname(__file__), "..")

# Four periods: wet = May-October (184 d), dry = November-April (181 d); peak = 10 h a day.
PERIODS = [
    {"id": "wet-peak", "hours": 1840, "season": "wet", "block": "peak"},
    {"id": "wet-offpeak", "hours": 2576, "season": "wet", "block": "offpeak"},
    {"id": "dry-peak", "hours": 1810, "season": "dry", "block": "peak"},
    {"id": "dry-offpeak", "hours": 2534, "season": "dry", "block": "offpeak"},
]
assert sum(p["hours"] for p in PERIODS) == 8760
WET_SHARE = 0.75  # G-P07: 70-80 % of runoff in the flood season (May-October)


def seasonal(annual_mwh):
    """Hydro energy per period: 75 % in the wet season, split over blocks by hours."""
    wet_h = 1840 + 2576
    dry_h = 1810 + 2534
    return {
        "wet-peak": round(annual_mwh * WET_SHARE * 1840 / wet_h, 1),
        "wet-offpeak": round(annual_mwh * WET_SHARE * 2576 / wet_h, 1),
        "dry-peak": round(annual_mwh * (1 - WET_SHARE) * 1810 / dry_h, 1),
        "dry-offpeak": round(annual_mwh * (1 - WET_SHARE) * 2534 / dry_h, 1),
    }


def load_shape(annual_mwh):
    """Peak block 1.15 x the mean (assumption A-LOAD), offpeak so that the year adds up."""
    mean = annual_mwh / 8760
    off = (24 - 1.15 * 10) / 14
    return {"wet-peak": round(mean * 1.15, 2), "wet-offpeak": round(mean * off, 2),
            "dry-peak": round(mean * 1.15, 2), "dry-offpeak": round(mean * off, 2)}


def build_tutorial():
    b = Builder()
    v = b.v
    A = "assumption (tutorial)"

    meta = {
        "name": "tutorial",
        "description": ("STYLISED TEACHING CASE, not a calibrated model: a small Guizhou-like coal and power "
                        "system with three internal regions (Bijie, Liupanshui, Guiyang), a Guangdong export market "
                        "and an outside coal buyer, four periods (wet/dry season x peak/offpeak), one plant of every "
                        "type, four industry chains, a direct supply, an export contract and one policy of every "
                        "type except GENERIC. Figures are rounded from the seed facts (cited) or are stated "
                        "assumptions; sizes are chosen so the LP is feasible with slack."),
        "year": 2010,
        "currency": "CNY",
        "hoursInYear": 8760,
        "vollCnyPerMwh": v(20000, note="assumption A-VOLL: high value of lost load so that unserved energy is a last resort; no seed or §8 value"),
        "carbonPriceCnyPerTCo2": v(0, note="no carbon price in the seed plans (2006-2015)"),
        "notes": [
            "Stylised teaching case: regions, plant sizes and loads are simplified; do not read results as forecasts.",
            "A-PERIODS: wet season = May-October (184 days, G-P07 flood season), dry = November-April (181 days); peak block = 10 h a day (08-18), offpeak = 14 h; hours 1840+2576+1810+2534 = 8760.",
            "A-HYDRO: 75 % of annual hydro energy in the wet season (middle of the 70-80 % in G-P07), split over the two blocks of a season by hours (run-of-river).",
            "A-LOAD: regional demand MW in the peak block = 1.15 x the annual mean, offpeak = 0.893 x (so that energy adds up); the seeds give no load curve (G-E05).",
            "A-COST: mining costs (260-320 CNY/t) are assumed below the 450-650 CNY/t delivered price range of G-E01; washing 20 CNY/t washed; vom 15 CNY/MWh coal, 5 hydro; gas fuel 650 CNY/MWh (no seed or §8 gas price: chosen above coal so gas is a peaker).",
            "A-RAIL: rail cost = 0.12 CNY/t.km (G-E04, 0.10-0.15) x assumed distances; rail capacities from G-E04 (single-track 20-30 Mt/yr) or smaller; 0.5 % coal lost in transport (assumption).",
            "A-GRADES: steam coal 5,000 kcal/kg = 0.714 tce/t (G-C01 default, inside G-C03 Guizhou 4,500-5,500), 2.0 % S (G-C04 1.5-3 %); washed coking/premium coal 6,000 kcal/kg = 0.857 tce/t (G-C03 Liupanshui 6,000+), 0.8 % S (assumption for the low-sulphur Liupanshui coal of C-A02); gangue/slurry 2,500 kcal/kg = 0.357 tce/t (G-C03 1,500-3,500), 2.0 % S (assumption); CO2 2.7 t/tce (G-C07 2.6-2.8).",
            "A-WASH: washing of the large Liupanshui mine: washed share 0.70 (C-G10), clean yield 0.60 and byproduct yield 0.20 per t washed (G-C05: 50-75 % clean, 10-25 % middlings/slurry); the remaining 0.20 is rock.",
            "A-CAPS: the cap limits (coal production, outbound, CO2, SO2, local conversion) are tutorial values chosen so that the case is feasible and some caps bind; only the rules are from the seeds (C-R01, C-R07, C-W01, I-I07, K-G07, K-W03, P-G02).",
            "A-LOCALCONV: local conversion limit 0.65, below the 80 % of I-I07, because washing rejects (0.2 t rock per t washed) count as produced but not used.",
            "A-PRICE: export price 350 CNY/MWh (G-E02 Guizhou coal benchmark 0.33-0.37 CNY/kWh taken as sending-end price), wheeling 75 CNY/MWh on export corridors (G-E02 0.05-0.10); shortfall penalty 1,000 CNY/MWh (assumption, above any generation cost so the contract is served when possible).",
            "A-VA: values added per tonne of product are assumptions used only in welfare mode; minimum outputs in welfare mode = 50 % of capacity (assumption).",
            "Feasibility by hand (dry-peak, the tightest period): load = demand 1,838 MW + industry 818 MW + export 1,712 MW delivered (~1,820 MW sent) = ~4,480 MW; available = coal 3,780 + gangue 270 + CHP 270 + gas 270 + hydro 557 + reservoir inflow 158 + wind 46 + solar 30 = ~5,380 MW before reservoir and pumped-storage shifting.",
        ],
    }

    regions = [
        region("bijie", "Bijie", "毕节", source="C-A01"),
        region("liupanshui", "Liupanshui", "六盘水", source="C-A01"),
        region("guiyang", "Guiyang (with Anshun)", "贵阳", source="I-G26"),
        region("guangdong", "Guangdong (West-East export market)", "广东", external=True, source="P-N04"),
        region("outside-coal", "Outside coal buyers", "省外煤炭用户", external=True, source="C-A03",
               notes="Liupanshui is a coal production and export base (C-A03); buyers are not named in the seeds."),
    ]
    b.cite("C-A01"); b.cite("I-G26"); b.cite("P-N04"); b.cite("C-A03")

    grades = [
        grade("steam", "Steam coal 动力煤", v(0.714, "G-C01", "5,000 kcal/kg default; inside G-C03 4,500-5,500"),
              v(2.0, "G-C04", "inside 1.5-3 %"), v(2.7, "G-C07", "inside 2.6-2.8")),
        grade("washed", "Washed coking / premium coal 洗精煤", v(0.857, "G-C03", "6,000 kcal/kg, Liupanshui 6,000+"),
              v(0.8, "C-A02", "low-sulphur Liupanshui coal; 0.8 % is an assumption"), v(2.7, "G-C07")),
        grade("gangue", "Coal gangue and slurry 煤矸石/煤泥", v(0.357, "G-C03", "2,500 kcal/kg inside 1,500-3,500"),
              v(2.0, note="assumption, as steam coal"), v(2.7, "G-C07"), byproduct=True),
    ]

    mines = [
        mine("lps-large", "Liupanshui large mines (Panjiang/Shuicheng type)", "liupanshui", "steam",
             v(20_000_000, "C-G07", "a coal group of 20 Mt/yr"), v(260, note=A + ", see A-COST"), large=True,
             washing=washing(v(0.70, "C-G10"), "washed", v(0.60, "G-C05"), "gangue", v(0.20, "G-C05"),
                             v(20, note=A)), source="C-A02"),
        mine("bijie-mines", "Bijie mining area", "bijie", "steam",
             v(12_000_000, "C-G06", "a large mining area of >= 10 Mt/yr"), v(280, note=A), source="C-A06"),
        mine("guiyang-mines", "Qingzhen-Xiuwen mines", "guiyang", "steam",
             v(3_000_000, note="assumption: ten mines of 30万t/yr (C-A15)"), v(320, note=A), source="C-A14"),
    ]
    b.cite("C-A15"); b.cite("C-A02"); b.cite("C-A06"); b.cite("C-A14")

    arcs = [
        arc("rail-lps-gy", "liupanshui", "guiyang", "RAIL", v(20_000_000, "G-E04", "single-track 20-30 Mt/yr"),
            v(30, "G-E04", "0.12 CNY/t.km x 250 km (distance assumed)"), v(0.005, note=A)),
        arc("rail-lps-bj", "liupanshui", "bijie", "RAIL", v(10_000_000, note=A), v(24, "G-E04", "0.12 x 200 km"),
            v(0.005, note=A)),
        arc("rail-bj-gy", "bijie", "guiyang", "RAIL", v(20_000_000, "G-E04"), v(24, "G-E04", "0.12 x 200 km"),
            v(0.005, note=A)),
        arc("rail-lps-out", "liupanshui", "outside-coal", "RAIL", v(5_000_000, note=A + "; outbound wagons are rationed (C-R07)"),
            v(96, "G-E04", "0.12 x 800 km"), v(0.005, note=A), grades=["washed", "steam"], source="C-R07"),
    ]
    b.cite("C-R07")

    HY = {"energyMwhByPeriod": seasonal(9_680_000), "storageMwh": None, "inflowMwhByPeriod": {}, "minReleaseMw": 0}
    GZ = {"energyMwhByPeriod": {}, "storageMwh": v(800_000, note="assumption: ~30 % of annual inflow"),
          "inflowMwhByPeriod": seasonal(2_750_000), "minReleaseMw": v(50, note=A)}
    plants = [
        plant("wujiang-hydro", "Wujiang hydro (Goupitan-size, run-of-river form)", "guiyang", "HYDRO",
              v(3000, "G-P01", "Goupitan 3,000 MW"), avail=v(0.93, "G-P06", "hydro 90-95 %"), vom=v(5, note=A),
              hydro=HY, source="P-H02",
              notes="Annual energy 9.68 TWh (G-P01 Goupitan) split by season (A-HYDRO). Sited in guiyang for the tutorial (stylised)."),
        plant("guangzhao", "Guangzhao reservoir hydro", "liupanshui", "HYDRO", v(1040, "G-P01", "4 x 260 MW"),
              avail=v(0.93, "G-P06"), vom=v(5, note=A), hydro=GZ, source="P-H02",
              notes="Inflow 2.75 TWh/yr (G-P01) split by season (A-HYDRO); sited in liupanshui for the tutorial (stylised)."),
        plant("pannan", "Pannan mine-mouth plant", "liupanshui", "COAL", v(2400, "G-P02", "4 x 600 MW"),
              avail=v(0.9, "G-P06"), heat=v(315, "G-P04", "600 MW supercritical 305-320"), grades=["steam", "washed"],
              vom=v(15, note=A), desulf=v(0.9, "G-C07", "FGD 90-95 %"), large=True, source="P-T03"),
        plant("nayong", "Nayong II plant", "bijie", "COAL", v(1200, "G-P02", "4 x 300 MW"), avail=v(0.9, "G-P06"),
              heat=v(340, "G-P04", "300 MW subcritical 330-345"), grades=["steam", "washed"], vom=v(15, note=A),
              desulf=v(0.9, "G-C07"), large=True, source="P-T03"),
        plant("qingzhen", "Qingzhen direct-supply plant", "guiyang", "COAL",
              v(600, note="assumption: G-P02 says Qingzhen's size is not reliably known"), avail=v(0.9, "G-P06"),
              heat=v(345, "G-P04"), grades=["steam", "washed"], vom=v(15, note=A), desulf=v(0.9, "G-C07"),
              source="P-T06"),
        plant("lps-gangue", "Liupanshui gangue/slurry CFB plant", "liupanshui", "GANGUE",
              v(300, note="assumption: part of the 500 MW gangue/slurry/gas target P-R01"), avail=v(0.9, "G-P06"),
              heat=v(380, "G-P04", "CFB burning gangue 360-400"), grades=["gangue"], vom=v(20, note=A),
              desulf=v(0.8, note="assumption: in-furnace limestone desulphurisation of CFB boilers"), source="P-R04"),
        plant("guiyang-chp", "Guiyang alumina CHP", "guiyang", "CHP",
              v(300, note="assumption: one CHP of the ~20 planned (P-G13)"), avail=v(0.9, "G-P06"),
              heat=v(340, "G-P04"), grades=["steam", "washed"], vom=v(15, note=A), desulf=v(0.9, "G-C07"),
              chp={"heatGjPerMwh": v(6, "G-P09", "back-pressure 3-8 GJ/MWh"),
                   "heatFuelKgcePerGj": v(40, "G-P09", "38-42 kgce/GJ")}, source="P-D21"),
        plant("wujiang-ps", "Wujiang pumped-storage pilot", "guiyang", "PUMPED_STORAGE",
              v(600, note="assumption: the pilot has no size in the seed (P-H04)"), avail=v(0.95, note=A),
              vom=v(5, note=A),
              storage={"storageMwh": v(3600, note="assumption: 6 h at full output"),
                       "efficiency": v(0.76, "G-P08", "75-78 %"), "pumpCapacityMw": None}, source="P-H04"),
        plant("bijie-wind", "Bijie wind", "bijie", "WIND", v(200, note="assumption; P-G16 gives no number"),
              avail=v(0.228, "G-P10", "Guizhou wind 2,000 h / 8,760 h"), source="P-G16"),
        plant("lps-solar", "Liupanshui solar", "liupanshui", "SOLAR", v(100, note="assumption; P-G16 gives no number"),
              avail=0.0, avail_by={"wet-peak": 0.3014, "wet-offpeak": 0.0, "dry-peak": 0.3014, "dry-offpeak": 0.0},
              source="P-G16",
              notes="1,100 full-load hours (G-P10 1,000-1,200) all in the daytime peak block: 1,100 / 3,650 peak hours = 0.3014."),
        plant("guiyang-gas", "Guiyang gas peaker", "guiyang", "GAS", v(300, note="assumption"), avail=v(0.9, "G-P06"),
              fuel=v(650, note="assumption A-COST (no gas price in seeds or §8)"), vom=v(10, note=A), source="L-24",
              notes="Gas reaches Guizhou by the pipeline of L-24 (2012); in the tutorial it stands for a peaker."),
    ]
    for s in ("P-H02", "P-T03", "P-T06", "P-R04", "P-D21", "P-H04", "P-G16", "L-24", "G-P10"):
        b.cite(s)

    lines = [
        line("ac-lps-gy", "Liupanshui-Guiyang 500 kV", "liupanshui", "guiyang", v(4000, note="assumption (no seed line ratings)"),
             v(0.015, "G-T05", "AC 3-6 % per 1,000 km; ~250 km"), v(10, note=A), bidir=True, source="P-N03"),
        line("ac-bj-gy", "Bijie-Guiyang 500 kV", "bijie", "guiyang", v(3000, note="assumption"),
             v(0.015, "G-T05"), v(10, note=A), source="P-N03"),
        line("hvdc-gy-gd", "Gui-Guang HVDC (Anshun-Zhaoqing)", "guiyang", "guangdong", v(3000, "G-T01", "3,000 MW bipole"),
             v(0.06, "G-T05", "HVDC 900-1,200 km 5-7 %"), v(75, "G-E02", "transmission charge 0.05-0.10 CNY/kWh"),
             source="G-T01"),
        line("ac-lps-gd", "Liupanshui-Guangdong 500 kV AC", "liupanshui", "guangdong",
             v(1000, "P-G02", "4,000 MW capability in 2005 = 3,000 DC + 1,000 AC (split assumed)"),
             v(0.05, "G-T05", "AC 3-6 % per 1,000 km"), v(75, "G-E02"), source="P-G02"),
    ]
    b.cite("P-N03")

    industries = [
        industry("guiyang-smelter", "Chalco Guizhou electrolytic aluminium", "guiyang", "ALUMINIUM", "aluminium",
                 v(400_000, "I-Y05", "40万t electrolytic Al"), v(13.5, "G-U01", "13,500-14,500 kWh/t; low end"),
                 va=v(2000, note="assumption A-VA"), min_out=200_000, source="I-Y05"),
        industry("guiyang-alumina", "Chalco Guizhou alumina refinery", "guiyang", "ALUMINIUM", "alumina",
                 v(1_200_000, "I-Y05", "120万t alumina"), v(0.3, "G-U02", "250-400 kWh/t"),
                 feed={"steam": v(0.2, note="assumption: calcination fuel ~0.14 tce/t inside the 0.5-0.9 tce/t of G-U02")},
                 heat=v(10, note="assumption: process steam ~10 GJ/t; G-U02: steam demand makes alumina a CHP host"),
                 va=v(500, note="assumption A-VA"), min_out=600_000, source="G-U02"),
        industry("kaiyang-phosphate", "Kaiyang ammonium phosphates", "guiyang", "PHOSPHORUS", "ammonium phosphate",
                 v(1_800_000, "I-Y02", "磷铵 >= 180万t"), v(0.15, "G-U05", "100-200 kWh per t product"),
                 va=v(400, note="assumption A-VA"), min_out=900_000, source="I-Y02"),
        industry("lps-ferroalloy", "Liupanshui silicomanganese", "liupanshui", "FERROALLOY", "silicomanganese",
                 v(200_000, note="assumption; I-G34 province total 2-2.5 Mt"), v(4.2, "G-U06", "SiMn 3,800-4,500 kWh/t"),
                 feed={"washed": v(0.5, "G-U06", "reductant 0.4-0.6 t/t")}, va=v(800, note="assumption A-VA"),
                 min_out=100_000, source="I-G34"),
        industry("bijie-cement", "Bijie NSP cement", "bijie", "CEMENT", "cement",
                 v(3_000_000, note="assumption; I-G41 province cap 20 Mt"), v(0.1, "G-U11", "85-110 kWh/t"),
                 feed={"steam": v(0.223, "U-03", "159 kgce/t / 0.714 tce/t")}, va=v(60, note="assumption A-VA"),
                 min_out=1_500_000, source="I-G41"),
    ]
    for s in ("I-Y05", "G-U02", "I-Y02", "I-G34", "I-G41"):
        b.cite(s)

    direct = [
        {"id": "ds-qingzhen-smelter", "plant": "qingzhen", "industry": "guiyang-smelter",
         "maxMw": v(500, note="assumption"), "minMw": v(300, note="assumption"),
         "tariffCnyPerMwh": v(330, "G-E02", "coal benchmark 0.33-0.37 CNY/kWh"), "source": "P-D05",
         "notes": "Direct-supply power source for the Guiyang aluminium base (P-D05, P-T06)."},
    ]
    b.cite("P-D05")

    demands = [
        demand("load-guiyang", "guiyang", mw_by=load_shape(7_000_000),
               notes="7 TWh/yr other load (assumption, stylised), shape A-LOAD"),
        demand("load-bijie", "bijie", mw_by=load_shape(3_500_000), notes="3.5 TWh/yr (assumption), shape A-LOAD"),
        demand("load-liupanshui", "liupanshui", mw_by=load_shape(3_500_000), notes="3.5 TWh/yr (assumption), shape A-LOAD"),
    ]

    coal_demands = [
        coal_demand("bijie-other-coal", "bijie", "steam", v(4_000_000, note="assumption: households and other industry"),
                    v(500, "G-E01", "450-650 CNY/t")),
        coal_demand("outside-buyers", "outside-coal", "washed", 0, v(700, "G-E01", "Qinhuangdao benchmark 700-850 CNY/t"),
                    max_t=v(5_000_000, note="assumption"), source="C-A03"),
    ]

    exports = [
        export("gd-contract", "Guizhou-Guangdong 西电东送 contract", "guangdong",
               v(15_000_000, note="assumption: ~43 % of 4 GW x 8,760 h; G-T04 gives 41.6 TWh in 2009 with > 8 GW"),
               v(350, "G-E02"), v(1000, note="assumption A-PRICE"), max_mw=None, source="G-T04"),
    ]
    b.cite("G-T04")

    policies = [
        policy("cap-coal", "Coal production cap", "煤炭产量控制", "COAL_PRODUCTION_CAP",
               v(28_000_000, note="tutorial cap (A-CAPS); total mine capacity 35 Mt"), source="C-Y05"),
        policy("cap-outbound", "Coal outbound cap", "限制煤炭外运", "COAL_OUTBOUND_CAP",
               v(3_000_000, note="tutorial cap (A-CAPS), binds: buyers would take 5 Mt"), source="C-R07"),
        policy("big-coal-big-power", "Large mines supply large plants", "大煤保大电", "LARGE_MINE_TO_LARGE_PLANT",
               v(0.6, note="tutorial share (A-CAPS); the rule is C-R01"), source="C-R01"),
        policy("local-conversion", "Local conversion", "就地转化率", "LOCAL_CONVERSION",
               v(0.65, note="A-LOCALCONV; I-I07 asks > 80 % for minerals"), source="I-I07"),
        policy("cap-co2", "CO2 cap", "二氧化碳排放控制", "CO2_CAP",
               v(25_000_000, note="tutorial cap (A-CAPS); ~23 Mt CO2 expected from ~8.6 Mtce"), source="K-G07"),
        policy("cap-so2", "SO2 cap", "二氧化硫排放控制", "SO2_CAP",
               v(80_000, note="tutorial cap (A-CAPS); K-G07 gives no number"), source="K-G07"),
        policy("export-capability", "Export capability to Guangdong", "外送能力", "EXPORT_CAPABILITY",
               v(4000, "P-G02", "400万kW"), reg="guangdong", source="P-G02"),
        policy("gangue-use", "Gangue utilisation", "煤矸石综合利用", "GANGUE_UTILISATION",
               v(0.7, "K-W03", "Wuhai 70 % gangue use, borrowed for the tutorial"), source="K-W03"),
    ]
    for s in ("C-Y05", "C-R07", "C-R01", "I-I07", "K-G07"):
        b.cite(s)

    targets = [
        target(b, "unit-coal-large", "Supply coal consumption of large units 大型机组供电煤耗", "unitCoal.large", "LE", 355,
               "gce/kWh", "P-T08"),
        target(b, "export-capability", "Export capability 外送能力", "exportCapability.guangdong", "GE", 4000, "MW", "P-G02"),
        target(b, "smelter-output", "Chalco Guizhou electrolytic Al 电解铝", "industry.guiyang-smelter.output", "GE", 400000,
               "t/yr", "I-Y05"),
        target(b, "phosphate-output", "Ammonium phosphates 磷铵", "industry.kaiyang-phosphate.output", "GE", 1800000,
               "t/yr", "I-Y02"),
    ]

    return b, meta, (PERIODS, regions, grades, mines, arcs, plants, lines, industries, direct, demands, coal_demands,
                     exports, policies, targets)


def main():
    b, meta, parts = build_tutorial()
    inst = instance(b, meta, *parts)
    dump(inst, os.path.join(OUT, "tutorial.json"))

    # ---- MILP variant: candidate builds on a plant and on a line --------------------------------
    b2, meta2, parts2 = build_tutorial()
    (periods, regions, grades, mines, arcs, plants, lines, industries, direct, demands, coal_demands, exports,
     policies, targets) = copy.deepcopy(parts2)
    v = b2.v
    meta2 = dict(meta2)
    meta2["name"] = "tutorial-build"
    meta2["description"] = meta2["description"].replace("so the LP is feasible", "so the MILP is feasible") + (
        " MILP variant: candidate units at Qianxi (coal, 4 x 300 MW) and a second AC corridor to Guangdong "
        "(up to 4 x 1,000 MW, the 两交一直 addition of P-N04); export capability must reach 6,000 MW and the "
        "Guangdong contract is raised to 25 TWh.")
    meta2["notes"] = list(meta2["notes"]) + [
        "A-CRF: capex annualised with a capital recovery factor of 0.0937 (8 % real, 25 years; assumption).",
        "Build variant: Qianxi coal plant capex 4,000 CNY/kW (G-E03 3,500-4,500) -> 374,800 CNY/MW/yr; AC corridor 1,900 CNY/kW (G-E03/G-T01 HVDC figure used for want of an AC one) -> 178,030 CNY/MW/yr.",
        "Build variant: export capability >= 6,000 MW forces two corridor units; 25 TWh delivered (2,854 MW) exceeds the dry-peak surplus of the LP case, so new coal units are needed; caps raised (coal 34 Mt, CO2 36 Mt, SO2 100 kt) to keep it feasible.",
    ]
    plants.append(plant("qianxi", "Qianxi plant (candidate units)", "bijie", "COAL", 0, avail=v(0.9, "G-P06"),
                        heat=v(340, "G-P04"), grades=["steam", "washed"], vom=v(15, note="assumption"),
                        desulf=v(0.9, "G-C07"), large=True,
                        build={"unitMw": v(300, "G-P02", "Qianxi 4 x 300 MW"), "maxUnits": 4,
                               "capexCnyPerMwYr": v(annualised(4000, CRF), "G-E03", "4,000 CNY/kW x CRF 0.0937 (A-CRF)")},
                        source="P-T03"))
    lines.append(line("ac2-bj-gd", "Second AC corridor to Guangdong (candidate)", "bijie", "guangdong", 0,
                      v(0.05, "G-T05"), v(75, "G-E02"),
                      build={"unitMw": v(1000, "P-N04", "+4,000 MW via 两交一直 in 4 steps (split assumed)"), "maxUnits": 4,
                             "capexCnyPerMwYr": v(annualised(1900, CRF), "G-E03", "1,900 CNY/kW x CRF 0.0937")},
                      source="P-N04"))
    for p in policies:
        if p["id"] == "export-capability":
            p["limit"] = v(6000, note="build variant: 4,000 (P-G02) + 2,000 of the 4,000 MW addition of P-N04")
        if p["id"] == "cap-coal":
            p["limit"] = v(34_000_000, note="build variant tutorial cap (A-CAPS)")
        if p["id"] == "cap-co2":
            p["limit"] = v(36_000_000, note="build variant tutorial cap (A-CAPS)")
        if p["id"] == "cap-so2":
            p["limit"] = v(100_000, note="build variant tutorial cap (A-CAPS)")
    exports[0]["firmMwh"] = v(25_000_000, note="build variant assumption (about 2,854 MW delivered, flat)")
    targets.append(target(b2, "export-capability-2010", "Export capability 2010 外送能力", "exportCapability.guangdong",
                          "GE", 10000, "MW", "P-G11"))
    b2.cite("G-E03"); b2.cite("P-N04")
    inst2 = instance(b2, meta2, periods, regions, grades, mines, arcs, plants, lines, industries, direct, demands,
                     coal_demands, exports, policies, targets)
    dump(inst2, os.path.join(OUT, "tutorial-build.json"))


if __name__ == "__main__":
    main()
