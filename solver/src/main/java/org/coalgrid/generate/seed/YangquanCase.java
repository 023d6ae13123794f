package org.coalgrid.generate.seed;

import static org.coalgrid.domain.Chain.ALUMINIUM;
import static org.coalgrid.domain.Chain.CARBIDE_PVC;
import static org.coalgrid.domain.Chain.CEMENT;
import static org.coalgrid.domain.Chain.COAL_CHEMICAL;
import static org.coalgrid.domain.PlantType.CHP;
import static org.coalgrid.domain.PlantType.GANGUE;
import static org.coalgrid.domain.PlantType.GAS;
import static org.coalgrid.domain.TransportMode.RAIL;

import java.util.List;
import java.util.Map;
import org.coalgrid.domain.PolicyType;
import org.coalgrid.domain.Sense;
import org.coalgrid.generate.builder.ChpBuilder;
import org.coalgrid.generate.builder.DirectSupplyBuilder;
import org.coalgrid.generate.builder.InstanceBuilder;
import org.coalgrid.generate.builder.WashingBuilder;

/**
 * {@code yangquan-2010.json}: Yangquan (Shanxi) in 2010 (S3): coal held at ~60 Mt, 5.5 GW, coal-power-aluminium,
 * carbide-PVC, methanol, gangue power; the North China grid and the Shitai-railway coal buyers external.
 */
final class YangquanCase extends PlanCase {
  YangquanCase(SourceTable sources) {
    super(sources);
  }

  @Override
  InstanceBuilder build() {
    InstanceBuilder in = new InstanceBuilder(null);
    addPeriods(in, PER);
    in.add(region("yangquan-suburb", "Yangquan urban and suburban districts (Xishangzhuang, Yangjiazhuang parks)",
        "阳泉城郊").source("P-Y21"));
    in.add(region("pingding", "Pingding county (Niangziguan)", "平定").source("P-Y04"));
    in.add(region("yuxian", "Yu county", "盂县")
        .notes("assumption: the seed names no mines by county; used for the Yangmei/local mines"));
    in.add(region("north-china", "North China grid (西电东送 from Shanxi)", "华北电网", true).source("G-T07"));
    in.add(region("coal-market", "Outside coal buyers via the Shitai railway", "省外煤炭市场", true).source("C-Y17"));
    cite("P-Y21", "P-Y04", "G-T07", "C-Y17");
    in.add(grade("anthracite", "Yangquan anthracite 无烟煤", b.v(0.929, "G-C03", "6,500 kcal/kg inside 6,000-7,000"),
        b.a(1.0, "assumption"), b.v(2.7, "G-C07")));
    in.add(grade("washed", "Washed anthracite/coking 洗精煤", b.a(1.0, "assumption: 7,000 kcal/kg"), b.a(0.7, A),
        b.v(2.7, "G-C07")));
    in.add(grade("middlings", "Gangue, middlings, slurry 煤矸石/洗中煤/煤泥", b.v(0.357, "G-C03"), b.a(1.5, A),
        b.v(2.7, "G-C07")).byproduct(true));
    cite("C-Y10");
    WashingBuilder wash = washing(b.v(0.64, "C-Y03", "washing rate 64 % (2005)"), "washed", b.v(0.6, "G-C05"),
        "middlings", b.v(0.2, "G-C05"), b.a(20, A));
    in.add(mine("yangmei", "Yangmei group mines", "yuxian", "anthracite",
        b.a(40_000_000, "assumption: largest producer (I-Q16)"), b.a(280, A)).large(true).washing(wash)
        .source("I-Q16"));
    in.add(mine("xishangzhuang-mine", "Nanmei Xishangzhuang mine phase 1", "yangquan-suburb", "anthracite",
        b.v(3_000_000, "C-Y13"), b.a(260, A)).large(true).washing(wash).source("C-Y13"));
    in.add(mine("local-mines", "Local mines", "pingding", "anthracite",
        b.a(20_000_000, "assumption: rest of ~60 Mt (C-Y04)"), b.a(300, A)).source("C-Y06"));
    cite("I-Q16", "C-Y06");
    for (String[] ft : new String[][] {{"yuxian", "yangquan-suburb"}, {"pingding", "yangquan-suburb"},
        {"yangquan-suburb", "pingding"}, {"yuxian", "pingding"}}) {
      in.add(arc("rail-" + ft[0] + "-" + ft[1], ft[0], ft[1], RAIL, null, b.v(6, "G-E04", "0.12 x 50 km"), lost()));
    }
    for (String f : List.of("yangquan-suburb", "pingding")) {
      in.add(arc("shitai-" + f, f, "coal-market", RAIL,
          b.v(40_000_000, "G-E04", "double-track 60-80 Mt/yr, shared (assumed 40)"), b.v(60, "G-E04", "0.12 x 500 km"),
          lost()).source("C-Y17"));
    }
    in.add(coalPlant("xishangzhuang", "Xishangzhuang mine-mouth 2x600", "yangquan-suburb", 1200, 315, "P-Y03", null)
        .grades("anthracite", "washed", "middlings"));
    in.add(coalPlant("niangziguan-2", "Niangziguan second plant 2x600", "pingding", 1200, 315, "P-Y04", null)
        .grades("anthracite", "washed"));
    in.add(coalPlant("yangguang-ext", "Yangguang expansion 2x600", "yangquan-suburb", 1200, 315, "P-Y05", null)
        .grades("anthracite", "washed"));
    in.add(coalPlant("existing-fleet", "Existing plants (Yangguang, Hepo, ...)", "yangquan-suburb", 1300, 360, null,
        "assumption: 5,500 (P-Y02) - 3,900 named new (D-15) - 300 CHP").large(false)
        .grades("anthracite", "washed", "middlings"));
    in.add(coalPlant("nanmei-gangue", "Nanmei gangue plant 2x135", "yangquan-suburb", 270, 380, "P-Y06", null, GANGUE,
        0.8, null).large(false).grades("middlings", "anthracite"));
    in.add(plant("city-chp", "City CHP (phase 4 district heating)", "yangquan-suburb", CHP,
        b.a(300, "assumption (P-Y16)")).availability(b.v(0.9, "G-P06")).heatRateGcePerKwh(b.v(360, "G-P04"))
        .grades("anthracite", "washed").vomCnyPerMwh(b.a(15, A)).desulfurisationShare(b.v(0.9, "G-C07"))
        .chp(new ChpBuilder().heatGjPerMwh(b.v(4, "G-P09")).heatFuelKgcePerGj(b.v(40, "G-P09"))).source("P-Y16"));
    in.add(plant("yangmei-cbm", "Yangmei coal-bed methane plant", "yuxian", GAS,
        b.v(30, "P-Y07", "3万kW; 27 MW elsewhere (P-Y08)")).availability(b.a(0.9, A))
        .fuelCostCnyPerMwh(b.a(50, "assumption: drained mine gas is nearly free")).source("P-Y07"));
    in.add(gridPurchase("north-china-supply", "Purchases from the North China grid", "north-china", 500, 450, "G-T07"));
    cite("P-Y08", "D-15", "P-Y02");
    in.add(line("yq-north-china", "Yangquan-North China 500 kV", "yangquan-suburb", "north-china",
        b.a(3000, "assumption"), b.v(0.03, "G-T05")).wheelingCnyPerMwh(b.v(50, "G-E02")).source("P-Y11"));
    in.add(line("pd-north-china", "Niangziguan-Hebei 500 kV", "pingding", "north-china", b.a(1500, A),
        b.v(0.03, "G-T05")).wheelingCnyPerMwh(b.v(50, "G-E02")));
    in.add(line("nc-in", "North China supply into Yangquan", "north-china", "yangquan-suburb", b.a(500, A),
        b.v(0.03, "G-T05")).wheelingCnyPerMwh(0));
    in.add(line("yq-pd", "Yangquan-Pingding 220 kV", "yangquan-suburb", "pingding", b.a(2000, A), b.v(0.01, "G-T05"))
        .wheelingCnyPerMwh(0).bidirectional(true));
    in.add(line("yq-yx", "Yangquan-Yu county 220 kV", "yangquan-suburb", "yuxian", b.a(1000, A), b.v(0.01, "G-T05"))
        .wheelingCnyPerMwh(0).bidirectional(true));
    cite("P-Y11");
    in.add(industry("yq-al", "Electrolytic aluminium (Yangquan Al)", "yangquan-suburb", ALUMINIUM, "aluminium",
        b.v(200_000, "I-Q05"), b.v(13.5, "G-U01")).valueAddedCnyPerT(b.a(2000, A)).minOutputT(welfareMin(100_000))
        .source("I-Q02"));
    in.add(industry("yq-alumina", "Yangmei alumina", "yuxian", ALUMINIUM, "alumina", b.v(1_200_000, "I-Q05"),
        b.v(0.3, "G-U02")).coalFeedTPerT(Map.of("anthracite", b.v(0.5, "G-U02", "0.5-0.9 tce/t -> 0.45 tce / 0.929")))
        .valueAddedCnyPerT(b.a(500, A)).minOutputT(welfareMin(600_000)).source("I-Q06"));
    in.add(industry("yq-pvc", "Yangmei carbide-route PVC", "yangquan-suburb", CARBIDE_PVC, "PVC",
        b.v(200_000, "I-Q10"), b.v(5.5, "G-U08", "5,000-6,500 kWh/t PVC incl. carbide"))
        .coalFeedTPerT(Map.of("washed", b.v(1.08, "G-U08", "1.4 t carbide per t PVC (G-U08) x 0.57 t coke per t carbide (G-U07) = 0.80 t coke, x 1.35 t washed coking coal per t coke (G-U10) = 1.08 t washed coal per t PVC")))
        .valueAddedCnyPerT(b.a(1500, A)).minOutputT(welfareMin(100_000)).source("I-Q12"));
    in.add(industry("yq-methanol", "Yangmei methanol", "yuxian", COAL_CHEMICAL, "methanol", b.v(150_000, "I-Q10"),
        b.a(0.2, A)).coalFeedTPerT(Map.of("anthracite", b.v(1.9, "G-U12", "1.8 tce/t / 0.929")))
        .valueAddedCnyPerT(b.a(500, A)).minOutputT(welfareMin(75_000)).source("I-Q11"));
    in.add(industry("yq-cement", "Dry-process cement", "pingding", CEMENT, "cement", b.v(1_000_000, "I-Q04"),
        b.v(0.1, "G-U11")).coalFeedTPerT(Map.of("anthracite", b.v(0.17, "U-03", "159 kgce/t (Guizhou figure) / 0.929")))
        .valueAddedCnyPerT(b.a(60, A)).minOutputT(welfareMin(500_000)).source("I-Q14"));
    cite("I-Q05", "I-Q02", "I-Q06", "I-Q10", "I-Q12", "I-Q04", "I-Q11", "I-Q14", "G-U07", "G-U10");
    in.add(new DirectSupplyBuilder("ds-gangue-al").plant("nanmei-gangue").industry("yq-al").maxMw(b.a(240, A))
        .minMw(0).tariffCnyPerMwh(b.v(330, "G-E02")).source("P-Y15")
        .notes("Electrolytic-Al firms' own resource-utilisation plants to cut power cost (P-Y15)."));
    cite("P-Y15");
    in.add(demand("load-yq", "yangquan-suburb", load(4_000_000, "A-YQ-LOAD: other load (assumption)")).notes("assumption 4 TWh"));
    in.add(demand("load-pd", "pingding", load(1_000_000, "A-YQ-LOAD: other load (assumption)")).notes("assumption 1 TWh"));
    in.add(demand("load-yx", "yuxian", load(1_000_000, "A-YQ-LOAD: other load (assumption)")).notes("assumption 1 TWh"));
    in.add(coalDemand("local-coal", "yangquan-suburb", "anthracite",
        b.a(5_000_000, "assumption: households, refractories, coke"), b.v(500, "G-E01")));
    in.add(coalDemand("outside-anthracite", "coal-market", "anthracite", 0, b.v(650, "G-E01", "top of 450-650"))
        .maxT(b.a(30_000_000, A)));
    in.add(coalDemand("outside-washed", "coal-market", "washed", 0, b.v(850, "G-E01", "700-850"))
        .maxT(b.a(15_000_000, A)));
    in.add(export("nc-contract", "Shanxi-North China 西电东送", "north-china",
        b.a(20_000_000, "assumption: no figure in S3"), b.v(330, "G-E02"), b.a(1000, A)).source("P-Y11"));
    in.add(policy("cap-coal", "Coal output held at ~60 Mt", "煤炭产量控制", PolicyType.COAL_PRODUCTION_CAP,
        b.v(60_000_000, "C-Y04")).source("C-Y05"));
    in.add(policy("gangue-use", "Low-grade coal used as power fuel", "劣质煤发电", PolicyType.GANGUE_UTILISATION,
        b.a(0.5, "assumption; C-Y14 gives the rule, no share")).source("C-Y14"));
    cite("C-Y05", "C-Y14");
    in.add(target("coal-output", "Coal output 煤炭产量 ~6000万t", "coal.produced", Sense.EQ, 60_000_000, "t/yr",
        "C-Y04").tolerance(0.05));
    in.add(target("capacity", "Installed capacity 装机容量 550万kW", "capacity.installed", Sense.GE, 5500, "MW",
        "P-Y02"));
    in.add(target("al", "Electrolytic Al 电解铝 20万t", "industry.yq-al.output", Sense.GE, 200_000, "t/yr", "I-Q05"));
    in.add(target("alumina", "Alumina 氧化铝 120万t", "industry.yq-alumina.output", Sense.GE, 1_200_000, "t/yr",
        "I-Q05"));
    in.add(target("pvc", "PVC 聚氯乙烯 20万t", "industry.yq-pvc.output", Sense.GE, 200_000, "t/yr", "I-Q10"));
    in.add(target("methanol", "Methanol 甲醇 15万t", "industry.yq-methanol.output", Sense.GE, 150_000, "t/yr",
        "I-Q10"));
    cite("P-Y01");
    in.meta(meta("yangquan-2010", "Yangquan (Shanxi) 2010, 11th FYP: coal held at ~60 Mt, 5.5 GW, "
        + "coal-power-aluminium, carbide-PVC, gangue power, North China grid and outside coal buyers external.", 2010,
        List.of(
        "Yangquan, Shanxi, 2010 (S3): a northern coal city with coal-power-aluminium, carbide-PVC and methanol; "
            + "external North China grid (G-T07) and outside coal buyers along the Shitai railway (C-Y17). Hydro "
            + "seasonality is irrelevant (no hydro); the 24 periods keep the common structure.",
        "CONFLICT (§7.4): the coal-bed-methane plant is 3万kW (P-Y07) in one place and 27 MW (P-Y08) in another; "
            + "30 MW used.",
        "The seed gives no 2005 capacity, so 5,500 MW (P-Y02) = 3,900 MW named new (D-15) + 1,300 MW existing + "
            + "300 MW CHP (split assumed).",
        "No pumped storage in the Yangquan seed (the brief's pumped storage is in Wuhai, P-W03).",
        "A-YQ-LOAD: other load 6 TWh and the 20 TWh North China contract are assumptions; generation 2005 was "
            + "14.06 TWh (P-Y01).",
        "Anthracite 6,500 kcal/kg (G-C03 Yangquan 6,000-7,000); washing share 64 % (C-Y03, 2005 actual).")));
    return finish(in);
  }
}
