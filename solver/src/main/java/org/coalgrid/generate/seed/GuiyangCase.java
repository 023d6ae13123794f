package org.coalgrid.generate.seed;

import static org.coalgrid.domain.Chain.ALUMINIUM;
import static org.coalgrid.domain.Chain.COAL_CHEMICAL;
import static org.coalgrid.domain.Chain.PHOSPHORUS;
import static org.coalgrid.domain.PlantType.HYDRO;
import static org.coalgrid.domain.TransportMode.RAIL;
import static org.coalgrid.domain.TransportMode.ROAD;

import java.util.List;
import java.util.Map;
import org.coalgrid.domain.Sense;
import org.coalgrid.generate.builder.DirectSupplyBuilder;
import org.coalgrid.generate.builder.InstanceBuilder;

/**
 * {@code guiyang-2010.json}: Guiyang city's 11th FYP outline (S1): the phosphorus and aluminium base with
 * Qingzhen power, the province as an external grid and coal seller.
 */
final class GuiyangCase extends PlanCase {
  GuiyangCase(SourceTable sources) {
    super(sources);
  }

  @Override
  InstanceBuilder build() {
    InstanceBuilder in = new InstanceBuilder(null);
    addPeriods(in, PER);
    in.add(region("qingzhen", "Qingzhen (coal-power-Al, coal chemicals)", "清镇").source("I-Y10"));
    in.add(region("baiyun-xiuwen", "Baiyun-Xiuwen aluminium block", "白云-修文").source("I-Y13"));
    in.add(region("kaiyang-xifeng", "Kaiyang-Xifeng phosphorus block", "开阳-息烽").source("I-Y12"));
    in.add(region("guiyang-city", "Guiyang urban districts", "贵阳市区").source("T-05"));
    in.add(region("guizhou-grid", "Guizhou provincial grid and coal market", "贵州电网/省内煤炭", true).source("P-D10"));
    cite("I-Y10", "I-Y13", "I-Y12", "T-05", "P-D10");
    in.add(grade("steam", "Steam coal", b.v(0.714, "G-C03"), b.v(2.0, "G-C04"), b.v(2.7, "G-C07")));
    in.add(mine("qingzhen-xiuwen-mines", "Qingzhen-Xiuwen mines (>= 30万t each)", "qingzhen", "steam",
        b.a(5_000_000, "assumption: the seed gives no output (C-A14, C-A15)"), b.a(300, A)).source("C-A15"));
    in.add(mine("province-coal", "Coal bought from the rest of Guizhou", "guizhou-grid", "steam",
        b.a(20_000_000, "assumption: ample"), b.v(500, "G-E01", "450-650 CNY/t delivered")).source("C-A01"));
    cite("C-A15", "C-A01");
    in.add(arc("rail-province-qingzhen", "guizhou-grid", "qingzhen", RAIL, null,
        b.a(20, "assumption: delivered price includes most freight"), lost()));
    in.add(arc("rail-qingzhen-baiyun", "qingzhen", "baiyun-xiuwen", RAIL, null, b.v(6, "G-E04", "0.12 x 50 km"), lost())
        .source("I-Y23"));
    in.add(arc("rail-qingzhen-kaiyang", "qingzhen", "kaiyang-xifeng", RAIL, null,
        b.v(12, "G-E04", "0.12 x 100 km (Jiuchang-Kaiyang spur)"), lost()).source("I-Y23"));
    in.add(arc("road-qingzhen-city", "qingzhen", "guiyang-city", ROAD, null, b.a(15, "assumption"), lost()));
    cite("I-Y23");
    in.add(coalPlant("qingzhen-new", "Qingzhen plant (relocated and expanded)", "qingzhen", 1200, 340, null,
        "assumption: 2 x 600 MW; G-P02 says the size is not reliably known (P-T07)").large(true).grades("steam"));
    in.add(plant("xiaba-hydro", "Xiaba hydro 下坝水电站", "kaiyang-xifeng", HYDRO, b.a(100, "assumption: no size in P-H06"))
        .availability(b.v(0.93, "G-P06")).vomCnyPerMwh(b.a(5, A)).hydro(hydroRr(100 * 3404, "G-P03")).source("P-H06"));
    in.add(plant("small-hydro", "Small and micro hydro", "kaiyang-xifeng", HYDRO, b.a(50, "assumption (P-H07)"))
        .availability(b.v(0.93, "G-P06")).vomCnyPerMwh(b.a(5, A)).hydro(hydroRr(50 * 3404, "G-P03")).source("P-H07"));
    in.add(gridPurchase("provincial-grid", "Purchases from the Guizhou grid", "guizhou-grid", 3000, 450, "P-D10"));
    cite("P-T07", "P-H06", "P-H07", "G-P03");
    in.add(line("grid-in", "Provincial 500/220 kV supply into Guiyang (Xijiao substation)", "guizhou-grid",
        "guiyang-city", b.a(3000, "assumption"), b.v(0.01, "G-T05"))
        .wheelingCnyPerMwh(b.v(50, "G-E02", "transmission charge")).source("P-H06"));
    in.add(line("grid-out", "Qingzhen to the provincial grid", "qingzhen", "guizhou-grid", b.a(1200, A),
        b.v(0.01, "G-T05")).wheelingCnyPerMwh(0));
    in.add(line("city-qingzhen", "Guiyang-Qingzhen 220 kV", "guiyang-city", "qingzhen", b.a(2000, A),
        b.v(0.01, "G-T05")).wheelingCnyPerMwh(0).bidirectional(true));
    in.add(line("city-baiyun", "Guiyang-Baiyun/Xiuwen", "guiyang-city", "baiyun-xiuwen", b.a(2000, A),
        b.v(0.01, "G-T05")).wheelingCnyPerMwh(0).bidirectional(true));
    in.add(line("city-kaiyang", "Guiyang-Kaiyang/Xifeng", "guiyang-city", "kaiyang-xifeng", b.a(1000, A),
        b.v(0.01, "G-T05")).wheelingCnyPerMwh(0).bidirectional(true));
    in.add(line("qingzhen-baiyun", "Qingzhen-Baiyun/Xiuwen", "qingzhen", "baiyun-xiuwen", b.a(1500, A),
        b.v(0.01, "G-T05")).wheelingCnyPerMwh(0).bidirectional(true));
    cite("P-N07");
    in.add(industry("chalco-alumina", "Chalco Guizhou alumina", "baiyun-xiuwen", ALUMINIUM, "alumina",
        b.v(1_200_000, "I-Y05"), b.v(0.3, "G-U02")).coalFeedTPerT(Map.of("steam", b.v(0.6, "G-U02")))
        .valueAddedCnyPerT(b.a(500, A)).minOutputT(welfareMin(600_000)).source("I-Y05"));
    in.add(industry("chalco-al", "Chalco Guizhou electrolytic Al", "baiyun-xiuwen", ALUMINIUM, "aluminium",
        b.v(400_000, "I-Y05"), b.v(13.5, "G-U01")).valueAddedCnyPerT(b.a(2000, A)).minOutputT(welfareMin(200_000))
        .source("I-Y16"));
    in.add(industry("new-alumina", "New alumina project (sought)", "qingzhen", ALUMINIUM, "alumina",
        b.v(900_000, "I-Y06", "middle of 80-100万t"), b.v(0.3, "G-U02"))
        .coalFeedTPerT(Map.of("steam", b.v(0.6, "G-U02"))).valueAddedCnyPerT(b.a(500, A)).minOutputT(0)
        .source("I-Y06"));
    in.add(industry("kaiyang-phosphate", "Kailin/Xiyang ammonium phosphates", "kaiyang-xifeng", PHOSPHORUS,
        "ammonium phosphate", b.v(1_800_000, "I-Y02"), b.v(0.15, "G-U05")).valueAddedCnyPerT(b.a(400, A))
        .minOutputT(welfareMin(900_000)).source("I-Y04"));
    in.add(industry("shuijing-methanol", "Shuijing group methanol/acetic acid", "qingzhen", COAL_CHEMICAL, "methanol",
        b.a(300_000, "assumption: I-Y08 names the projects without size"), b.a(0.2, A))
        .coalFeedTPerT(Map.of("steam", b.v(2.5, "G-U12"))).valueAddedCnyPerT(b.a(500, A)).minOutputT(welfareMin(150_000))
        .source("I-Y08"));
    cite("I-Y05", "I-Y16", "I-Y06", "I-Y02", "I-Y04", "I-Y08");
    in.add(new DirectSupplyBuilder("ds-qingzhen-al").plant("qingzhen-new").industry("chalco-al")
        .maxMw(b.a(620, "assumption: smelter load")).minMw(b.a(300, A)).tariffCnyPerMwh(b.v(330, "G-E02"))
        .source("P-D05").notes("Direct-supply power source of the Guiyang aluminium base (P-D05); Al-power joint "
            + "operation (P-D09)."));
    cite("P-D05", "P-D09");
    in.add(demand("load-city", "guiyang-city", load(9_000_000, "A-GY-LOAD: city other load (assumption)"))
        .notes("9 TWh/yr other load of a city of ~380万 people (K-Y14), assumption; shape A-LOAD"));
    in.add(demand("load-counties", "kaiyang-xifeng", load(1_000_000, "A-GY-LOAD: county load (assumption)")).notes("1 TWh/yr assumption"));
    cite("K-Y14");
    in.add(coalDemand("city-coal", "guiyang-city", "steam", b.a(2_000_000, "assumption: other coal use"),
        b.v(500, "G-E01")));
    in.add(export("sell-to-grid", "Sales of surplus to the provincial grid", "guizhou-grid", 0, b.v(330, "G-E02"), 0)
        .maxMw(b.a(1200, A)).source("P-D10"));
    in.add(target("alumina", "Chalco Guizhou alumina 氧化铝 120万t", "industry.chalco-alumina.output", Sense.GE,
        1_200_000, "t/yr", "I-Y05"));
    in.add(target("al", "Chalco Guizhou electrolytic Al 电解铝 40万t", "industry.chalco-al.output", Sense.GE, 400_000,
        "t/yr", "I-Y05"));
    in.add(target("new-alumina", "New alumina 新建氧化铝 80-100万t", "industry.new-alumina.output", Sense.GE, 800_000,
        "t/yr", "I-Y06"));
    in.add(target("phosphate", "Ammonium phosphates 磷铵 >= 180万t", "industry.kaiyang-phosphate.output", Sense.GE,
        1_800_000, "t/yr", "I-Y02"));
    in.meta(meta("guiyang-2010", "Guiyang city 2010 (11th FYP outline): phosphorus and aluminium base with Qingzhen "
        + "power, buying from and selling to the Guizhou grid (external).", 2010, List.of(
        "City sub-system: Guiyang's counties and districts as four regions; the province is the external region "
            + "guizhou-grid (it sells power through a GAS-type purchase plant and buys surplus through an export "
            + "contract, and sells coal through an external mine).",
        "CONFLICT (D-14, §7.7): Guiyang alumina (120万t + 80-100万t) can reach 200-220万t, the whole provincial 2010 "
            + "target of 200万t (I-G22); guizhou-2010 places 0.8 Mt of alumina in Zunyi, so the two files cannot "
            + "both be met. Not additive.",
        "Ammonium phosphate in product tonnes (I-Y02); the provincial target is in P2O5 (I-G10): DAP ~46 % P2O5 "
            + "(G-U05).",
        "A-GY-LOAD: city other load 9 TWh and county load 1 TWh are assumptions; the seed gives GDP (K-Y13) and "
            + "population (K-Y14) but no electricity use.",
        "Policies: S1 gives no numeric coal or power caps (K-Y01 energy intensity, K-Y04 solid waste are not "
            + "instance policies), so none are set.")));
    return finish(in);
  }
}
