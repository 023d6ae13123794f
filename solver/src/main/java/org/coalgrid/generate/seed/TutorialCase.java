package org.coalgrid.generate.seed;

import static org.coalgrid.domain.Chain.ALUMINIUM;
import static org.coalgrid.domain.Chain.CEMENT;
import static org.coalgrid.domain.Chain.FERROALLOY;
import static org.coalgrid.domain.Chain.PHOSPHORUS;
import static org.coalgrid.domain.PlantType.CHP;
import static org.coalgrid.domain.PlantType.COAL;
import static org.coalgrid.domain.PlantType.GANGUE;
import static org.coalgrid.domain.PlantType.GAS;
import static org.coalgrid.domain.PlantType.HYDRO;
import static org.coalgrid.domain.PlantType.PUMPED_STORAGE;
import static org.coalgrid.domain.PlantType.SOLAR;
import static org.coalgrid.domain.PlantType.WIND;
import static org.coalgrid.domain.TransportMode.RAIL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coalgrid.domain.PolicyType;
import org.coalgrid.domain.Sense;
import org.coalgrid.generate.builder.CandidateBuilder;
import org.coalgrid.generate.builder.ChpBuilder;
import org.coalgrid.generate.builder.DirectSupplyBuilder;
import org.coalgrid.generate.builder.ExportBuilder;
import org.coalgrid.generate.builder.HydroBuilder;
import org.coalgrid.generate.builder.InstanceBuilder;
import org.coalgrid.generate.builder.MetaBuilder;
import org.coalgrid.generate.builder.PeriodBuilder;
import org.coalgrid.generate.builder.PolicyBuilder;
import org.coalgrid.generate.builder.Series;
import org.coalgrid.generate.builder.StorageBuilder;

/**
 * {@code tutorial.json} (LP): a STYLISED teaching case, a small Guizhou-like system with one plant of every
 * type; and {@code tutorial-build.json} (MILP): the same with candidate Qianxi units and a candidate AC
 * corridor, export capability at least 6 GW and a 25 TWh contract.
 */
final class TutorialCase extends SeedCase {
  private static final String A = "assumption (tutorial)";
  /** wet = May-October (184 d), dry = November-April (181 d); peak = 10 h a day. */
  private static final List<Per> PERIODS = List.of(new Per("wet-peak", 1840, "wet", "peak"),
      new Per("wet-offpeak", 2576, "wet", "offpeak"), new Per("dry-peak", 1810, "dry", "peak"),
      new Per("dry-offpeak", 2534, "dry", "offpeak"));
  /** G-P07: 70-80 % of runoff in the flood season (May-October). */
  private static final double WET_SHARE = 0.75;

  private final boolean buildVariant;

  TutorialCase(SourceTable sources, boolean buildVariant) {
    super(sources);
    this.buildVariant = buildVariant;
  }

  /** Hydro energy per period: 75 % in the wet season, split over blocks by hours. */
  private static Map<String, Number> seasonal(double annualMwh) {
    int wetH = 1840 + 2576;
    int dryH = 1810 + 2534;
    Map<String, Number> m = new LinkedHashMap<>();
    m.put("wet-peak", round(annualMwh * WET_SHARE * 1840 / wetH, 1));
    m.put("wet-offpeak", round(annualMwh * WET_SHARE * 2576 / wetH, 1));
    m.put("dry-peak", round(annualMwh * (1 - WET_SHARE) * 1810 / dryH, 1));
    m.put("dry-offpeak", round(annualMwh * (1 - WET_SHARE) * 2534 / dryH, 1));
    return m;
  }

  /** A load series: peak block 1.15 x the mean (assumption A-LOAD), offpeak so that the year adds up. */
  private static Series load(double annualMwh, String what) {
    return Series.of(loadShape(annualMwh), null, what + "; " + fixed(annualMwh / 1e6, 2) + " TWh/yr shaped by "
        + "A-LOAD (assumption): peak block 1.15 x the mean");
  }

  private static Map<String, Number> loadShape(double annualMwh) {
    double mean = annualMwh / 8760;
    double off = (24 - 1.15 * 10) / 14;
    Map<String, Number> m = new LinkedHashMap<>();
    m.put("wet-peak", round(mean * 1.15, 2));
    m.put("wet-offpeak", round(mean * off, 2));
    m.put("dry-peak", round(mean * 1.15, 2));
    m.put("dry-offpeak", round(mean * off, 2));
    return m;
  }

  @Override
  InstanceBuilder build() {
    InstanceBuilder in = tutorial();
    if (buildVariant) {
      buildVariant(in);
    }
    return finish(in);
  }

  private InstanceBuilder tutorial() {
    MetaBuilder meta = new MetaBuilder(buildVariant ? "tutorial-build" : "tutorial").description(description(
        "STYLISED TEACHING CASE, not a calibrated model: a "
        + "small Guizhou-like coal and power system with three internal regions (Bijie, Liupanshui, Guiyang), a "
        + "Guangdong export market and an outside coal buyer, four periods (wet/dry season x peak/offpeak), one plant "
        + "of every type, four industry chains, a direct supply, an export contract and one policy of every type "
        + "except GENERIC. Figures are rounded from the seed facts (cited) or are stated assumptions; sizes are "
        + "chosen so the LP is feasible with slack."))
        .year(2010).currency("CNY").hoursInYear(8760)
        .vollCnyPerMwh(b.a(20000, "assumption A-VOLL: high value of lost load so that unserved energy is a last "
            + "resort; no seed or §8 value"))
        .carbonPriceCnyPerTCo2(b.a(0, "no carbon price in the seed plans (2006-2015)"))
        .notes(notes(
            "Stylised teaching case: regions, plant sizes and loads are simplified; do not read results as forecasts.",
            "A-PERIODS: wet season = May-October (184 days, G-P07 flood season), dry = November-April (181 days); "
                + "peak block = 10 h a day (08-18), offpeak = 14 h; hours 1840+2576+1810+2534 = 8760.",
            "A-HYDRO: 75 % of annual hydro energy in the wet season (middle of the 70-80 % in G-P07), split over "
                + "the two blocks of a season by hours (run-of-river).",
            "A-LOAD: regional demand MW in the peak block = 1.15 x the annual mean, offpeak = 0.893 x (so that "
                + "energy adds up); the seeds give no load curve (G-E05).",
            "A-COST: mining costs (260-320 CNY/t) are assumed below the 450-650 CNY/t delivered price range of "
                + "G-E01; washing 20 CNY/t washed; vom 15 CNY/MWh coal, 5 hydro; gas fuel 650 CNY/MWh (no seed or "
                + "§8 gas price: chosen above coal so gas is a peaker).",
            "A-RAIL: rail cost = 0.12 CNY/t.km (G-E04, 0.10-0.15) x assumed distances; rail capacities from G-E04 "
                + "(single-track 20-30 Mt/yr) or smaller; 0.5 % coal lost in transport (assumption).",
            "A-GRADES: steam coal 5,000 kcal/kg = 0.714 tce/t (G-C01 default, inside G-C03 Guizhou 4,500-5,500), "
                + "2.0 % S (G-C04 1.5-3 %); washed coking/premium coal 6,000 kcal/kg = 0.857 tce/t (G-C03 "
                + "Liupanshui 6,000+), 0.8 % S (assumption for the low-sulphur Liupanshui coal of C-A02); "
                + "gangue/slurry 2,500 kcal/kg = 0.357 tce/t (G-C03 1,500-3,500), 2.0 % S (assumption); CO2 2.7 "
                + "t/tce (G-C07 2.6-2.8).",
            "A-WASH: washing of the large Liupanshui mine: washed share 0.70 (C-G10), clean yield 0.60 and "
                + "byproduct yield 0.20 per t washed (G-C05: 50-75 % clean, 10-25 % middlings/slurry); the "
                + "remaining 0.20 is rock.",
            "A-CAPS: the cap limits (coal production, outbound, CO2, SO2, local conversion) are tutorial values "
                + "chosen so that the case is feasible and some caps bind; only the rules are from the seeds (C-R01, "
                + "C-R07, C-W01, I-I07, K-G07, K-W03, P-G02).",
            "A-LOCALCONV: local conversion limit 0.65, below the 80 % of I-I07, because washing rejects (0.2 t rock "
                + "per t washed) count as produced but not used.",
            "A-PRICE: export price 350 CNY/MWh (G-E02 Guizhou coal benchmark 0.33-0.37 CNY/kWh taken as "
                + "sending-end price), wheeling 75 CNY/MWh on export corridors (G-E02 0.05-0.10); shortfall penalty "
                + "1,000 CNY/MWh (assumption, above any generation cost so the contract is served when possible).",
            "A-VA: values added per tonne of product are assumptions used only in welfare mode; minimum outputs in "
                + "welfare mode = 50 % of capacity (assumption).",
            "Feasibility by hand (dry-peak, the tightest period): load = demand 1,838 MW + industry 818 MW + export "
                + "1,712 MW delivered (~1,820 MW sent) = ~4,480 MW; available = coal 3,780 + gangue 270 + CHP 270 + "
                + "gas 270 + hydro 557 + reservoir inflow 158 + wind 46 + solar 30 = ~5,380 MW before reservoir and "
                + "pumped-storage shifting."));
    InstanceBuilder in = new InstanceBuilder(meta);
    addPeriods(in, PERIODS);

    in.add(region("bijie", "Bijie", "毕节").source("C-A01"));
    in.add(region("liupanshui", "Liupanshui", "六盘水").source("C-A01"));
    in.add(region("guiyang", "Guiyang (with Anshun)", "贵阳").source("I-G26"));
    in.add(region("guangdong", "Guangdong (West-East export market)", "广东", true).source("P-N04"));
    in.add(region("outside-coal", "Outside coal buyers", "省外煤炭用户", true).source("C-A03")
        .notes("Liupanshui is a coal production and export base (C-A03); buyers are not named in the seeds."));
    cite("C-A01", "I-G26", "P-N04", "C-A03");

    in.add(grade("steam", "Steam coal 动力煤", b.v(0.714, "G-C01", "5,000 kcal/kg default; inside G-C03 4,500-5,500"),
        b.v(2.0, "G-C04", "inside 1.5-3 %"), b.v(2.7, "G-C07", "inside 2.6-2.8")));
    in.add(grade("washed", "Washed coking / premium coal 洗精煤", b.v(0.857, "G-C03", "6,000 kcal/kg, Liupanshui 6,000+"),
        b.v(0.8, "C-A02", "low-sulphur Liupanshui coal; 0.8 % is an assumption"), b.v(2.7, "G-C07")));
    in.add(grade("gangue", "Coal gangue and slurry 煤矸石/煤泥", b.v(0.357, "G-C03", "2,500 kcal/kg inside 1,500-3,500"),
        b.a(2.0, "assumption, as steam coal"), b.v(2.7, "G-C07")).byproduct(true));

    in.add(mine("lps-large", "Liupanshui large mines (Panjiang/Shuicheng type)", "liupanshui", "steam",
        b.v(20_000_000, "C-G07", "a coal group of 20 Mt/yr"), b.a(260, A + ", see A-COST")).large(true)
        .washing(washing(b.v(0.70, "C-G10"), "washed", b.v(0.60, "G-C05"), "gangue", b.v(0.20, "G-C05"),
            b.a(20, A))).source("C-A02"));
    in.add(mine("bijie-mines", "Bijie mining area", "bijie", "steam",
        b.v(12_000_000, "C-G06", "a large mining area of >= 10 Mt/yr"), b.a(280, A)).source("C-A06"));
    in.add(mine("guiyang-mines", "Qingzhen-Xiuwen mines", "guiyang", "steam",
        b.a(3_000_000, "assumption: ten mines of 30万t/yr (C-A15)"), b.a(320, A)).source("C-A14"));
    cite("C-A15", "C-A02", "C-A06", "C-A14");

    in.add(arc("rail-lps-gy", "liupanshui", "guiyang", RAIL, b.v(20_000_000, "G-E04", "single-track 20-30 Mt/yr"),
        b.v(30, "G-E04", "0.12 CNY/t.km x 250 km (distance assumed)"), b.a(0.005, A)));
    in.add(arc("rail-lps-bj", "liupanshui", "bijie", RAIL, b.a(10_000_000, A), b.v(24, "G-E04", "0.12 x 200 km"),
        b.a(0.005, A)));
    in.add(arc("rail-bj-gy", "bijie", "guiyang", RAIL, b.v(20_000_000, "G-E04"), b.v(24, "G-E04", "0.12 x 200 km"),
        b.a(0.005, A)));
    in.add(arc("rail-lps-out", "liupanshui", "outside-coal", RAIL,
        b.a(5_000_000, A + "; outbound wagons are rationed (C-R07)"), b.v(96, "G-E04", "0.12 x 800 km"),
        b.a(0.005, A)).grades("washed", "steam").source("C-R07"));
    cite("C-R07");

    HydroBuilder hy = new HydroBuilder().energyMwhByPeriod(Series.of(seasonal(9_680_000), "G-P01",
        "9.68 TWh/yr (Goupitan) split by season as A-HYDRO (assumption)")).storageMwh(null)
        .inflowMwhByPeriod(Map.of()).minReleaseMw(0);
    HydroBuilder gz = new HydroBuilder().energyMwhByPeriod(Map.of())
        .storageMwh(b.a(800_000, "assumption: ~30 % of annual inflow")).inflowMwhByPeriod(Series.of(seasonal(2_750_000), "G-P01",
            "2.75 TWh/yr (Guangzhao) split by season as A-HYDRO (assumption)"))
        .minReleaseMw(b.a(50, A));
    in.add(plant("wujiang-hydro", "Wujiang hydro (Goupitan-size, run-of-river form)", "guiyang", HYDRO,
        b.v(3000, "G-P01", "Goupitan 3,000 MW")).availability(b.v(0.93, "G-P06", "hydro 90-95 %"))
        .vomCnyPerMwh(b.a(5, A)).hydro(hy).source("P-H02")
        .notes("Annual energy 9.68 TWh (G-P01 Goupitan) split by season (A-HYDRO). Sited in guiyang for the tutorial "
            + "(stylised)."));
    in.add(plant("guangzhao", "Guangzhao reservoir hydro", "liupanshui", HYDRO, b.v(1040, "G-P01", "4 x 260 MW"))
        .availability(b.v(0.93, "G-P06")).vomCnyPerMwh(b.a(5, A)).hydro(gz).source("P-H02")
        .notes("Inflow 2.75 TWh/yr (G-P01) split by season (A-HYDRO); sited in liupanshui for the tutorial "
            + "(stylised)."));
    in.add(plant("pannan", "Pannan mine-mouth plant", "liupanshui", COAL, b.v(2400, "G-P02", "4 x 600 MW"))
        .availability(b.v(0.9, "G-P06")).heatRateGcePerKwh(b.v(315, "G-P04", "600 MW supercritical 305-320"))
        .grades("steam", "washed").vomCnyPerMwh(b.a(15, A)).desulfurisationShare(b.v(0.9, "G-C07", "FGD 90-95 %"))
        .large(true).source("P-T03"));
    in.add(plant("nayong", "Nayong II plant", "bijie", COAL, b.v(1200, "G-P02", "4 x 300 MW"))
        .availability(b.v(0.9, "G-P06")).heatRateGcePerKwh(b.v(340, "G-P04", "300 MW subcritical 330-345"))
        .grades("steam", "washed").vomCnyPerMwh(b.a(15, A)).desulfurisationShare(b.v(0.9, "G-C07")).large(true)
        .source("P-T03"));
    in.add(plant("qingzhen", "Qingzhen direct-supply plant", "guiyang", COAL,
        b.a(600, "assumption: G-P02 says Qingzhen's size is not reliably known")).availability(b.v(0.9, "G-P06"))
        .heatRateGcePerKwh(b.v(345, "G-P04")).grades("steam", "washed").vomCnyPerMwh(b.a(15, A))
        .desulfurisationShare(b.v(0.9, "G-C07")).source("P-T06"));
    in.add(plant("lps-gangue", "Liupanshui gangue/slurry CFB plant", "liupanshui", GANGUE,
        b.a(300, "assumption: part of the 500 MW gangue/slurry/gas target P-R01")).availability(b.v(0.9, "G-P06"))
        .heatRateGcePerKwh(b.v(380, "G-P04", "CFB burning gangue 360-400")).grades("gangue")
        .vomCnyPerMwh(b.a(20, A))
        .desulfurisationShare(b.a(0.8, "assumption: in-furnace limestone desulphurisation of CFB boilers"))
        .source("P-R04"));
    in.add(plant("guiyang-chp", "Guiyang alumina CHP", "guiyang", CHP,
        b.a(300, "assumption: one CHP of the ~20 planned (P-G13)")).availability(b.v(0.9, "G-P06"))
        .heatRateGcePerKwh(b.v(340, "G-P04")).grades("steam", "washed").vomCnyPerMwh(b.a(15, A))
        .desulfurisationShare(b.v(0.9, "G-C07"))
        .chp(new ChpBuilder().heatGjPerMwh(b.v(6, "G-P09", "back-pressure 3-8 GJ/MWh"))
            .heatFuelKgcePerGj(b.v(40, "G-P09", "38-42 kgce/GJ"))).source("P-D21"));
    in.add(plant("wujiang-ps", "Wujiang pumped-storage pilot", "guiyang", PUMPED_STORAGE,
        b.a(600, "assumption: the pilot has no size in the seed (P-H04)")).availability(b.a(0.95, A))
        .vomCnyPerMwh(b.a(5, A))
        .storage(new StorageBuilder().storageMwh(b.a(3600, "assumption: 6 h at full output"))
            .efficiency(b.v(0.76, "G-P08", "75-78 %")).pumpCapacityMw(null)).source("P-H04"));
    in.add(plant("bijie-wind", "Bijie wind", "bijie", WIND, b.a(200, "assumption; P-G16 gives no number"))
        .availability(b.v(0.228, "G-P10", "Guizhou wind 2,000 h / 8,760 h")).source("P-G16"));
    Map<String, Number> solarByPeriod = new LinkedHashMap<>();
    solarByPeriod.put("wet-peak", 0.3014);
    solarByPeriod.put("wet-offpeak", 0.0);
    solarByPeriod.put("dry-peak", 0.3014);
    solarByPeriod.put("dry-offpeak", 0.0);
    in.add(plant("lps-solar", "Liupanshui solar", "liupanshui", SOLAR, b.a(100, "assumption; P-G16 gives no number"))
        .availability(b.a(0.0, "assumption: no output outside the periods below"))
        .availabilityByPeriod(Series.of(solarByPeriod, "G-P10", "1,100 full-load hours in the daytime peak block: "
            + "1,100 / 3,650 peak hours = 0.3014")).source("P-G16")
        .notes("1,100 full-load hours (G-P10 1,000-1,200) all in the daytime peak block: 1,100 / 3,650 peak hours "
            + "= 0.3014."));
    in.add(plant("guiyang-gas", "Guiyang gas peaker", "guiyang", GAS, b.a(300, "assumption"))
        .availability(b.v(0.9, "G-P06")).fuelCostCnyPerMwh(b.a(650, "assumption A-COST (no gas price in seeds or §8)"))
        .vomCnyPerMwh(b.a(10, A)).source("L-24")
        .notes("Gas reaches Guizhou by the pipeline of L-24 (2012); in the tutorial it stands for a peaker."));
    cite("P-H02", "P-T03", "P-T06", "P-R04", "P-D21", "P-H04", "P-G16", "L-24", "G-P10");

    in.add(line("ac-lps-gy", "Liupanshui-Guiyang 500 kV", "liupanshui", "guiyang",
        b.a(4000, "assumption (no seed line ratings)"), b.v(0.015, "G-T05", "AC 3-6 % per 1,000 km; ~250 km"))
        .wheelingCnyPerMwh(b.a(10, A)).bidirectional(true).source("P-N03"));
    in.add(line("ac-bj-gy", "Bijie-Guiyang 500 kV", "bijie", "guiyang", b.a(3000, "assumption"),
        b.v(0.015, "G-T05")).wheelingCnyPerMwh(b.a(10, A)).source("P-N03"));
    in.add(line("hvdc-gy-gd", "Gui-Guang HVDC (Anshun-Zhaoqing)", "guiyang", "guangdong",
        b.v(3000, "G-T01", "3,000 MW bipole"), b.v(0.06, "G-T05", "HVDC 900-1,200 km 5-7 %"))
        .wheelingCnyPerMwh(b.v(75, "G-E02", "transmission charge 0.05-0.10 CNY/kWh")).source("G-T01"));
    in.add(line("ac-lps-gd", "Liupanshui-Guangdong 500 kV AC", "liupanshui", "guangdong",
        b.v(1000, "P-G02", "4,000 MW capability in 2005 = 3,000 DC + 1,000 AC (split assumed)"),
        b.v(0.05, "G-T05", "AC 3-6 % per 1,000 km")).wheelingCnyPerMwh(b.v(75, "G-E02")).source("P-G02"));
    cite("P-N03");

    in.add(industry("guiyang-smelter", "Chalco Guizhou electrolytic aluminium", "guiyang", ALUMINIUM, "aluminium",
        b.v(400_000, "I-Y05", "40万t electrolytic Al"), b.v(13.5, "G-U01", "13,500-14,500 kWh/t; low end"))
        .valueAddedCnyPerT(b.a(2000, "assumption A-VA")).minOutputT(welfareMin(200_000)).source("I-Y05"));
    in.add(industry("guiyang-alumina", "Chalco Guizhou alumina refinery", "guiyang", ALUMINIUM, "alumina",
        b.v(1_200_000, "I-Y05", "120万t alumina"), b.v(0.3, "G-U02", "250-400 kWh/t"))
        .coalFeedTPerT(Map.of("steam",
            b.a(0.2, "assumption: calcination fuel ~0.14 tce/t inside the 0.5-0.9 tce/t of G-U02")))
        .heatGjPerT(b.a(10, "assumption: process steam ~10 GJ/t; G-U02: steam demand makes alumina a CHP host"))
        .valueAddedCnyPerT(b.a(500, "assumption A-VA")).minOutputT(welfareMin(600_000)).source("G-U02"));
    in.add(industry("kaiyang-phosphate", "Kaiyang ammonium phosphates", "guiyang", PHOSPHORUS, "ammonium phosphate",
        b.v(1_800_000, "I-Y02", "磷铵 >= 180万t"), b.v(0.15, "G-U05", "100-200 kWh per t product"))
        .valueAddedCnyPerT(b.a(400, "assumption A-VA")).minOutputT(welfareMin(900_000)).source("I-Y02"));
    in.add(industry("lps-ferroalloy", "Liupanshui silicomanganese", "liupanshui", FERROALLOY, "silicomanganese",
        b.a(200_000, "assumption; I-G34 province total 2-2.5 Mt"), b.v(4.2, "G-U06", "SiMn 3,800-4,500 kWh/t"))
        .coalFeedTPerT(Map.of("washed", b.v(0.5, "G-U06", "reductant 0.4-0.6 t/t")))
        .valueAddedCnyPerT(b.a(800, "assumption A-VA")).minOutputT(welfareMin(100_000)).source("I-G34"));
    in.add(industry("bijie-cement", "Bijie NSP cement", "bijie", CEMENT, "cement",
        b.a(3_000_000, "assumption; I-G41 province cap 20 Mt"), b.v(0.1, "G-U11", "85-110 kWh/t"))
        .coalFeedTPerT(Map.of("steam", b.v(0.223, "U-03", "159 kgce/t / 0.714 tce/t")))
        .valueAddedCnyPerT(b.a(60, "assumption A-VA")).minOutputT(welfareMin(1_500_000)).source("I-G41"));
    cite("I-Y05", "G-U02", "I-Y02", "I-G34", "I-G41");

    in.add(new DirectSupplyBuilder("ds-qingzhen-smelter").plant("qingzhen").industry("guiyang-smelter")
        .maxMw(b.a(500, "assumption")).minMw(b.a(300, "assumption"))
        .tariffCnyPerMwh(b.v(330, "G-E02", "coal benchmark 0.33-0.37 CNY/kWh")).source("P-D05")
        .notes("Direct-supply power source for the Guiyang aluminium base (P-D05, P-T06)."));
    cite("P-D05");

    in.add(demand("load-guiyang", "guiyang", load(7_000_000, "other load (assumption, stylised)"))
        .notes("7 TWh/yr other load (assumption, stylised), shape A-LOAD"));
    in.add(demand("load-bijie", "bijie", load(3_500_000, "other load (assumption, stylised)")).notes("3.5 TWh/yr (assumption), shape A-LOAD"));
    in.add(demand("load-liupanshui", "liupanshui", load(3_500_000, "other load (assumption, stylised)"))
        .notes("3.5 TWh/yr (assumption), shape A-LOAD"));

    in.add(coalDemand("bijie-other-coal", "bijie", "steam",
        b.a(4_000_000, "assumption: households and other industry"), b.v(500, "G-E01", "450-650 CNY/t")));
    in.add(coalDemand("outside-buyers", "outside-coal", "washed", 0,
        b.v(700, "G-E01", "Qinhuangdao benchmark 700-850 CNY/t")).maxT(b.a(5_000_000, "assumption"))
        .source("C-A03"));

    in.add(export("gd-contract", "Guizhou-Guangdong 西电东送 contract", "guangdong",
        b.a(15_000_000, "assumption: ~43 % of 4 GW x 8,760 h; G-T04 gives 41.6 TWh in 2009 with > 8 GW"),
        b.v(350, "G-E02"), b.a(1000, "assumption A-PRICE")).maxMw(null).source("G-T04"));
    cite("G-T04");

    in.add(policy("cap-coal", "Coal production cap", "煤炭产量控制", PolicyType.COAL_PRODUCTION_CAP,
        b.a(28_000_000, "tutorial cap (A-CAPS); total mine capacity 35 Mt")).source("C-Y05"));
    in.add(policy("cap-outbound", "Coal outbound cap", "限制煤炭外运", PolicyType.COAL_OUTBOUND_CAP,
        b.a(3_000_000, "tutorial cap (A-CAPS), binds: buyers would take 5 Mt")).source("C-R07"));
    in.add(policy("big-coal-big-power", "Large mines supply large plants", "大煤保大电",
        PolicyType.LARGE_MINE_TO_LARGE_PLANT, b.a(0.6, "tutorial share (A-CAPS); the rule is C-R01")).source("C-R01"));
    in.add(policy("local-conversion", "Local conversion", "就地转化率", PolicyType.LOCAL_CONVERSION,
        b.a(0.65, "A-LOCALCONV; I-I07 asks > 80 % for minerals")).source("I-I07"));
    in.add(policy("cap-co2", "CO2 cap", "二氧化碳排放控制", PolicyType.CO2_CAP,
        b.a(25_000_000, "tutorial cap (A-CAPS); ~23 Mt CO2 expected from ~8.6 Mtce")).source("K-G07"));
    in.add(policy("cap-so2", "SO2 cap", "二氧化硫排放控制", PolicyType.SO2_CAP,
        b.a(80_000, "tutorial cap (A-CAPS); K-G07 gives no number")).source("K-G07"));
    in.add(policy("export-capability", "Export capability to Guangdong", "外送能力", PolicyType.EXPORT_CAPABILITY,
        b.v(4000, "P-G02", "400万kW")).region("guangdong").source("P-G02"));
    in.add(policy("gangue-use", "Gangue utilisation", "煤矸石综合利用", PolicyType.GANGUE_UTILISATION,
        b.v(0.7, "K-W03", "Wuhai 70 % gangue use, borrowed for the tutorial")).source("K-W03"));
    cite("C-Y05", "C-R07", "C-R01", "I-I07", "K-G07");

    in.add(target("unit-coal-large", "Supply coal consumption of large units 大型机组供电煤耗", "unitCoal.large",
        Sense.LE, 355, "gce/kWh", "P-T08"));
    in.add(target("export-capability", "Export capability 外送能力", "exportCapability.guangdong", Sense.GE, 4000,
        "MW", "P-G02"));
    in.add(target("smelter-output", "Chalco Guizhou electrolytic Al 电解铝", "industry.guiyang-smelter.output",
        Sense.GE, 400000, "t/yr", "I-Y05"));
    in.add(target("phosphate-output", "Ammonium phosphates 磷铵", "industry.kaiyang-phosphate.output", Sense.GE,
        1800000, "t/yr", "I-Y02"));
    return in;
  }

  private String description(String lp) {
    if (!buildVariant) {
      return lp;
    }
    return lp.replace("so the LP is feasible", "so the MILP is feasible") + " MILP variant: candidate units at "
        + "Qianxi (coal, 4 x 300 MW) and a second AC corridor to Guangdong (up to 4 x 1,000 MW, the 两交一直 "
        + "addition of P-N04); export capability must reach 6,000 MW and the Guangdong contract is raised to 25 TWh.";
  }

  private List<String> notes(String... lp) {
    List<String> notes = new ArrayList<>(List.of(lp));
    if (buildVariant) {
      notes.add("A-CRF: capex annualised with a capital recovery factor of 0.0937 (8 % real, 25 years; "
          + "assumption).");
      notes.add("Build variant: Qianxi coal plant capex 4,000 CNY/kW (G-E03 3,500-4,500) -> 374,800 CNY/MW/yr; AC "
          + "corridor 1,900 CNY/kW (G-E03/G-T01 HVDC figure used for want of an AC one) -> 178,030 CNY/MW/yr.");
      notes.add("Build variant: export capability >= 6,000 MW forces two corridor units; 25 TWh delivered (2,854 "
          + "MW) exceeds the dry-peak surplus of the LP case, so new coal units are needed; caps raised (coal 34 "
          + "Mt, CO2 36 Mt, SO2 100 kt) to keep it feasible.");
    }
    return notes;
  }

  /** Candidate builds on a plant and on a line (MILP). */
  private void buildVariant(InstanceBuilder in) {
    in.add(plant("qianxi", "Qianxi plant (candidate units)", "bijie", COAL, candidateOnly()).availability(b.v(0.9, "G-P06"))
        .heatRateGcePerKwh(b.v(340, "G-P04")).grades("steam", "washed").vomCnyPerMwh(b.a(15, "assumption"))
        .desulfurisationShare(b.v(0.9, "G-C07")).large(true)
        .build(new CandidateBuilder().unitMw(b.v(300, "G-P02", "Qianxi 4 x 300 MW")).maxUnits(b.v(4, "G-P02", "Qianxi 4 x 300 MW"))
            .capexCnyPerMwYr(b.v(annualised(4000, CRF), "G-E03", "4,000 CNY/kW x CRF 0.0937 (A-CRF)")))
        .source("P-T03"));
    in.add(line("ac2-bj-gd", "Second AC corridor to Guangdong (candidate)", "bijie", "guangdong", candidateOnly(),
        b.v(0.05, "G-T05")).wheelingCnyPerMwh(b.v(75, "G-E02"))
        .build(new CandidateBuilder().unitMw(b.v(1000, "P-N04", "+4,000 MW via 两交一直 in 4 steps (split assumed)"))
            .maxUnits(b.v(4, "P-N04", "+4,000 MW in 4 steps (split assumed)")).capexCnyPerMwYr(b.v(annualised(1900, CRF), "G-E03", "1,900 CNY/kW x CRF 0.0937")))
        .source("P-N04"));
    for (PolicyBuilder p : in.list(PolicyBuilder.class)) {
      switch (p.id()) {
        case "export-capability" -> p.limit(b.a(6000,
            "build variant: 4,000 (P-G02) + 2,000 of the 4,000 MW addition of P-N04"));
        case "cap-coal" -> p.limit(b.a(34_000_000, "build variant tutorial cap (A-CAPS)"));
        case "cap-co2" -> p.limit(b.a(36_000_000, "build variant tutorial cap (A-CAPS)"));
        case "cap-so2" -> p.limit(b.a(100_000, "build variant tutorial cap (A-CAPS)"));
        default -> { }
      }
    }
    in.list(ExportBuilder.class).get(0)
        .firmMwh(b.a(25_000_000, "build variant assumption (about 2,854 MW delivered, flat)"));
    in.add(target("export-capability-2010", "Export capability 2010 外送能力", "exportCapability.guangdong",
        Sense.GE, 10000, "MW", "P-G11"));
    cite("G-E03", "P-N04");
  }
}
