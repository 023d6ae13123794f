package org.coalgrid.generate.seed;

import static org.coalgrid.domain.Chain.ALUMINIUM;
import static org.coalgrid.domain.Chain.CEMENT;
import static org.coalgrid.domain.Chain.COAL_CHEMICAL;
import static org.coalgrid.domain.Chain.FERROALLOY;
import static org.coalgrid.domain.Chain.PHOSPHORUS;
import static org.coalgrid.domain.Chain.STEEL;
import static org.coalgrid.domain.PlantType.GANGUE;
import static org.coalgrid.domain.PlantType.HYDRO;

import java.util.List;
import java.util.Map;
import org.coalgrid.domain.PolicyType;
import org.coalgrid.domain.Sense;
import org.coalgrid.generate.builder.DirectSupplyBuilder;
import org.coalgrid.generate.builder.InstanceBuilder;
import org.coalgrid.generate.builder.LineBuilder;

/**
 * {@code guizhou-2010.json}: the 11th Five-Year Plan targets for 2010 (S0): named hydro and thermal plants,
 * 8 GW of named export corridors, the integrated industries at their 2010 target sizes.
 */
class Guizhou2010 extends GuizhouBase {
  Guizhou2010(SourceTable sources) {
    super(sources);
  }

  @Override
  InstanceBuilder build() {
    InstanceBuilder in = new InstanceBuilder(null);
    common(in);
    mines(in, 175_000_000, 0.7, 0.70, 0.12);
    plants2010(in);
    List<LineBuilder> exp = List.of(
        expLine("hvdc-gui-guang-1", "Gui-Guang HVDC I (Anshun-Zhaoqing)", "guiyang-anshun", 3000, "G-T01", 0.06, null,
            null),
        expLine("ac-gd-2005", "500 kV AC corridors (pre-2006)", "qiannan", 1000, "P-G02", 0.05,
            "4,000 MW in 2005 = 3,000 DC + 1,000 AC (split assumed)", null),
        expLine("hvdc-gui-guang-2", "Gui-Guang HVDC II (the 一直 of 两交一直)", "qianxinan", 3000, "G-T02", 0.06,
            "sending end assumed in Qianxinan", null),
        expLine("ac-xingyi-gd", "500 kV AC via Xingyi (两交)", "qianxinan", 500, "P-N04", 0.05,
            "+4,000 MW = 3,000 DC + 2 x 500 AC (split assumed)", null),
        expLine("ac-liping-gd", "500 kV AC via Liping (两交)", "qiandongnan", 500, "P-N04", 0.05,
            "+4,000 MW = 3,000 DC + 2 x 500 AC (split assumed)", null));
    cite("P-N01", "P-N02");
    lines(in, 8000, exp);
    industries2010(in);
    in.add(new DirectSupplyBuilder("ds-tongzi-al").plant("tongzi").industry("al-zunyi")
        .maxMw(b.a(900, "assumption: Zunyi smelter load ~925 MW")).minMw(b.a(500, A))
        .tariffCnyPerMwh(b.v(330, "G-E02")).source("C-A09")
        .notes("Tongzi plant -> Zunyi aluminium base (C-A09, P-D04)."));
    in.add(new DirectSupplyBuilder("ds-qingzhen-al").plant("thermal-guiyang-anshun").industry("al-guiyang")
        .maxMw(b.a(600, A)).minMw(b.a(300, A)).tariffCnyPerMwh(b.v(330, "G-E02")).source("P-T06")
        .notes("Qingzhen direct-supply plant (P-T06, P-T07) is part of the Guiyang-Anshun thermal fleet here."));
    cite("C-A09", "P-T06");
    demands(in, 54.3);
    in.add(coalDemand("other-inprovince", "guiyang-anshun", "steam",
        b.a(45_000_000, "assumption: households, coking and other industry (not modelled)"), b.v(500, "G-E01")));
    in.add(coalDemand("outside-buyers", "outside-coal", "steam", 0, b.v(600, "G-E01"))
        .maxT(b.a(40_000_000, "assumption")).source("C-A03"));
    in.add(coalDemand("outside-buyers-washed", "outside-coal", "washed", 0, b.v(800, "G-E01", "700-850 benchmark"))
        .maxT(b.a(10_000_000, "assumption: coking coal export base C-A03")).source("C-A03"));
    cite("C-A03");
    in.add(export("gd-2010", "Guizhou-Guangdong 2010 plan", "guangdong", b.v(43_500_000, "G-T04", "435亿kWh planned 2010"),
        b.v(350, "G-E02"), b.a(1000, A)).source("G-T04"));
    in.add(policy("export-capability", "Export capability (named corridors)", "外送能力", PolicyType.EXPORT_CAPABILITY,
        b.v(8000, "D-07", "corridors named in the seeds; the 10,000 MW target P-G11 is a target, not a constraint"))
        .region("guangdong"));
    in.add(policy("big-coal-big-power", "Large mines supply large plants", "大煤保大电",
        PolicyType.LARGE_MINE_TO_LARGE_PLANT, b.a(0.8, "assumption: C-R01 gives the rule, not a share")).source("C-R01"));
    in.add(policy("gangue-use", "Gangue utilisation", "煤矸石综合利用", PolicyType.GANGUE_UTILISATION,
        b.v(0.4, "K-G03", "industrial solid-waste utilisation 40 % used for gangue")).source("P-R04"));
    cite("C-R01", "P-R04");
    in.add(target("coal-output", "Coal output 煤炭产量", "coal.produced", Sense.GE, 150_000_000, "t/yr", "C-G03"));
    in.add(target("capacity", "Installed capacity 总装机", "capacity.installed", Sense.GE, 30000, "MW", "P-G10"));
    in.add(target("export-capability", "Export capability 外送能力", "exportCapability.guangdong", Sense.GE, 10000,
        "MW", "P-G11"));
    in.add(target("gangue-capacity", "Gangue/slurry/gas power capacity 煤矸石、煤泥、瓦斯发电装机", "capacity.GANGUE",
        Sense.GE, 500, "MW", "P-R01"));
    in.add(target("gangue-generation", "Gangue/slurry/gas generation 综合利用发电量", "generation.GANGUE", Sense.GE,
        3_250_000, "MWh/yr", "P-R02"));
    in.add(target("unit-coal-large", "Supply coal consumption of large units 大型机组供电煤耗", "unitCoal.large",
        Sense.LE, 355, "gce/kWh", "P-T08"));
    in.add(target("aluminium", "Alumina 2 Mt + electrolytic Al 1 Mt 氧化铝、电解铝", "chain.ALUMINIUM.output",
        Sense.GE, 3_000_000, "t/yr", "I-G22"));
    in.add(target("al-guiyang", "Chalco Guizhou electrolytic Al 中铝贵州电解铝", "industry.al-guiyang.output",
        Sense.GE, 400_000, "t/yr", "I-Y05"));
    in.add(target("phosphate", "High-concentration phosphate (P2O5) 高浓度磷复肥", "chain.PHOSPHORUS.output",
        Sense.GE, 2_300_000, "t/yr", "I-G10"));
    in.add(target("ferroalloy-max", "Ferroalloy held to <= 2.5 Mt 铁合金产量调控", "chain.FERROALLOY.output",
        Sense.LE, 2_500_000, "t/yr", "I-G34"));
    in.add(target("ferroalloy-min", "Ferroalloy >= 2.0 Mt 铁合金", "chain.FERROALLOY.output", Sense.GE, 2_000_000,
        "t/yr", "I-G34"));
    in.add(target("cement-cap", "Cement total <= 20 Mt 水泥总量控制", "chain.CEMENT.output", Sense.LE, 20_000_000,
        "t/yr", "I-G41"));
    in.add(target("steel", "Shuicheng Steel 3 Mt 水钢钢产量", "chain.STEEL.output", Sense.GE, 3_000_000, "t/yr",
        "I-G31"));
    in.add(target("methanol", "Methanol/alcohol-ethers ~2 Mt 醇醚及甲醇", "chain.COAL_CHEMICAL.output", Sense.EQ,
        2_000_000, "t/yr", "I-G05").tolerance(0.1));
    in.add(target("washing-ratio", "Raw coal washing ratio >= 40 % 原煤入选比例", "coal.washedShare", Sense.GE, 0.40,
        "share", "C-G09"));
    in.add(target("washed-coal", "Washed coal 20 Mt 洗煤量", "coal.washed", Sense.EQ, 20_000_000, "t/yr", "C-G11")
        .tolerance(0.1));
    in.add(target("large-mine-share", "Large and medium mines' share of output 大中型煤矿产量占比 >= 2/3",
        "coal.largeMineShare", Sense.GE, 0.667, "share", "C-G04"));
    in.add(target("export-energy", "Energy sent to Guangdong 2010 送广东电量 (planned)", "export.delivered", Sense.GE,
        43_500_000, "MWh/yr", "G-T04"));
    in.meta(meta("guizhou-2010", "Guizhou province 2010, 11th Five-Year Plan targets: >= 30 GW, 10 GW export target "
        + "(8 GW named corridors), >= 150 Mt coal, 500 MW gangue power, named hydro and thermal plants, integrated "
        + "industries at their 2010 target sizes.", 2010, notes(
        "11th FYP target year. Hydro: Goupitan, Guangzhao, Silin sizes and energies from G-P01 (external), other "
            + "hydro assumed so hydro ~35 % of capacity (A-2010-HYDRO; G-P11 1/3-40 %). Thermal: 2005 fleet + named plants "
            + "P-T03/P-T04/P-T06 with sizes from G-P02 (external, verify): all the plants P-T03/P-T04 say are completed "
            + "by 2010, except the Shuicheng renovation (an existing plant, in the Liupanshui fleet). Installed = "
            + "32,230 MW >= 30,000 (P-G10).",
        "CONFLICT (D-07): export capability target 10,000 MW (P-G11) vs 8,000 MW of named corridors (P-G02 + "
            + "P-N04). The EXPORT_CAPABILITY policy uses 8,000 (feasible, no candidate corridor in this LP); the "
            + "target keeps 10,000, so the check reports a miss.",
        "CONFLICT (D-10, §7.6): washing ratio >= 40 % (C-G09) and >= 70 % at large mines (C-G10) imply ~70 Mt "
            + "washed raw coal, but the washed-coal target is 20 Mt (C-G11). Mines use 70 % at large mines; both "
            + "targets are kept (metrics coal.washedShare and coal.washed are not in the metric list yet).",
        "A-2010-DEMAND: in-province use 82.5 TWh (G-E05 80-85 TWh), of which modelled industries ~28 TWh, other "
            + "load 54.3 TWh; export 43.5 TWh delivered (G-T04 planned 2010).",
        "A-2010-COAL: other in-province coal use 45 Mt (assumption: households, coking, other industry) and outside "
            + "buyers up to 50 Mt, so production can reach the >= 150 Mt target (C-G03) if profitable.",
        "A-2010-WASH: large mines (70 % of capacity; C-G04 asks >= 2/3 of output) wash 70 % (C-G10), byproduct "
            + "yield 0.12 (G-C05 low end) so gangue plants (500 MW, P-R01) can burn 40 % of it.",
        "Alumina steam is modelled as boiler coal (feed 0.6 t steam/t) in 2010; CHP serving industries appears in "
            + "2015 (P-G13).",
        "Ferroalloy 2.25 Mt (middle of I-G34 2-2.5 Mt) over the clusters named in P-D18; cement 20 Mt (I-G41 cap) "
            + "in six prefectures (split assumed).")));
    return finish(in);
  }

  /** Named hydro (G-P01) and other hydro, the pre-2006 thermal fleet, named thermal plants, gangue plants. */
  void plants2010(InstanceBuilder in) {
    in.add(plant("goupitan", "Goupitan 构皮滩", "zunyi", HYDRO, b.v(3000, "G-P01")).availability(b.v(0.93, "G-P06"))
        .vomCnyPerMwh(b.a(5, A)).hydro(hydroRes(9_680_000, 2_500_000, "G-P01")).source("P-H02")
        .notes("9.68 TWh/yr (G-P01), shape A-GZ-HYDRO"));
    in.add(plant("guangzhao", "Guangzhao 光照", "qianxinan", HYDRO, b.v(1040, "G-P01"))
        .availability(b.v(0.93, "G-P06")).vomCnyPerMwh(b.a(5, A)).hydro(hydroRes(2_750_000, 1_000_000, "G-P01"))
        .source("P-H02").notes("2.75 TWh/yr (G-P01)"));
    in.add(plant("silin", "Silin 思林", "tongren", HYDRO, b.v(1050, "G-P01", "~1,050 MW as built (verify)"))
        .availability(b.v(0.93, "G-P06")).vomCnyPerMwh(b.a(5, A)).hydro(hydroRr(4_060_000, "G-P01")).source("P-H02")
        .notes("4.06 TWh/yr (G-P01)"));
    in.add(plant("wujiang-cascade", "Wujiang cascade (earlier stations)", "zunyi", HYDRO, b.a(2500, "assumption A-2010-HYDRO: other hydro sized so that hydro is ~35 % of the capacity (G-P11: 1/3-40 %)"))
        .availability(b.v(0.93, "G-P06")).vomCnyPerMwh(b.a(5, A)).hydro(hydroRes(2500 * 3404, 3_000_000, "G-P03"))
        .source("P-H01").notes("3,404 h (G-P03 2010 national hydro)"));
    in.add(plant("panjiang-hydro", "Nanpan/Beipan stations", "qianxinan", HYDRO, b.a(2000, "assumption A-2010-HYDRO: other hydro sized so that hydro is ~35 % of the capacity (G-P11: 1/3-40 %)"))
        .availability(b.v(0.93, "G-P06")).vomCnyPerMwh(b.a(5, A)).hydro(hydroRr(2000 * 3404, "G-P03")).source("P-H01")
        .notes("3,404 h (G-P03)"));
    in.add(plant("small-hydro-qdn", "Local small hydro (Qiandongnan, Qingshui river)", "qiandongnan", HYDRO,
        b.a(700, "assumption A-2010-HYDRO: other hydro sized so that hydro is ~35 % of the capacity (G-P11: 1/3-40 %)")).availability(b.v(0.93, "G-P06")).vomCnyPerMwh(b.a(5, A)).hydro(hydroRr(700 * 3404, "G-P03"))
        .source("P-H03"));
    in.add(plant("small-hydro-qn", "Local small hydro (Qiannan)", "qiannan", HYDRO, b.a(400, "assumption A-2010-HYDRO: other hydro sized so that hydro is ~35 % of the capacity (G-P11: 1/3-40 %)"))
        .availability(b.v(0.93, "G-P06")).vomCnyPerMwh(b.a(5, A)).hydro(hydroRr(400 * 3404, "G-P03")).source("P-H08"));
    in.add(plant("small-hydro-tr", "Local small hydro (Tongren)", "tongren", HYDRO, b.a(400, "assumption A-2010-HYDRO: other hydro sized so that hydro is ~35 % of the capacity (G-P11: 1/3-40 %)"))
        .availability(b.v(0.93, "G-P06")).vomCnyPerMwh(b.a(5, A)).hydro(hydroRr(400 * 3404, "G-P03")).source("P-H05"));
    cite("P-H02", "P-H01", "P-H03", "P-H08", "P-H05", "G-P03", "G-P01");
    Object[][] old = {{"bijie", 2400, 350, true}, {"liupanshui", 2400, 360, true},
        {"guiyang-anshun", 1800, 370, true}, {"zunyi", 1200, 380, false}, {"qiannan", 600, 420, false},
        {"tongren", 600, 400, false}, {"qianxinan", 240, 420, false}};
    for (Object[] t : old) {
      String r = (String) t[0];
      in.add(coalPlant("thermal-" + r, r + " thermal fleet (pre-2006)", r, (Integer) t[1], (Integer) t[2], null,
          "assumption: 2005 fleet (see guizhou-2005), no retirements").large((Boolean) t[3]));
    }
    Object[][] named = {{"nayong2", "Nayong II 纳雍二厂", "bijie", 1200, 340, "P-T03"},
        {"qianxi", "Qianxi 黔西", "bijie", 1200, 340, "P-T03"}, {"dafang", "Dafang 大方", "bijie", 1200, 340, "P-T03"},
        {"yaxi", "Yaxi 鸭溪", "zunyi", 1200, 340, "P-T03"}, {"pannan", "Pannan 盘南", "liupanshui", 2400, 315, "P-T03"},
        {"faer", "Fa'er 发耳", "liupanshui", 2400, 315, "P-T04"}, {"dalong", "Dalong 大龙", "tongren", 600, 340, "P-T04"},
        {"tongzi", "Tongzi 桐梓 (direct supply)", "zunyi", 1200, 315, "P-T06"}};
    for (Object[] t : named) {
      in.add(coalPlant((String) t[0], (String) t[1], (String) t[2], (Integer) t[3], (Integer) t[4], "G-P02",
          "named in " + t[5] + "; size from G-P02 (verify)"));
      cite((String) t[5]);
    }
    in.add(coalPlant("gangue-liupanshui", "Gangue/slurry/CBM plants Liupanshui", "liupanshui", 300, 380, "P-R01",
        "300 of the 500 MW target (split assumed)", GANGUE, 0.8, null).large(false).grades("gangue", "steam"));
    in.add(coalPlant("gangue-bijie", "Gangue/slurry/CBM plants Bijie", "bijie", 200, 380, "P-R01",
        "200 of the 500 MW target (split assumed)", GANGUE, 0.8, null).large(false).grades("gangue", "steam"));
  }

  /** Alumina, aluminium, phosphate, steel, methanol, ferroalloy by cluster (P-D18), cement by prefecture. */
  void industries2010(InstanceBuilder in) {
    in.add(industry("alumina-guiyang", "Chalco Guizhou alumina", "guiyang-anshun", ALUMINIUM, "alumina",
        b.v(1_200_000, "I-Y05"), b.v(0.3, "G-U02"))
        .coalFeedTPerT(Map.of("steam", b.v(0.6, "G-U02", "0.5-0.9 tce/t incl. steam; boilers")))
        .valueAddedCnyPerT(b.a(500, A)).minOutputT(welfareMin(600_000)).source("I-Y05"));
    in.add(industry("alumina-zunyi", "Zunyi alumina", "zunyi", ALUMINIUM, "alumina",
        b.v(800_000, "I-G22", "2 Mt - 1.2 Mt Guiyang"), b.v(0.3, "G-U02"))
        .coalFeedTPerT(Map.of("steam", b.v(0.6, "G-U02"))).valueAddedCnyPerT(b.a(500, A)).minOutputT(welfareMin(400_000))
        .source("I-G27"));
    in.add(industry("al-guiyang", "Chalco Guizhou electrolytic Al", "guiyang-anshun", ALUMINIUM, "aluminium",
        b.v(400_000, "I-Y05"), b.v(13.5, "G-U01")).valueAddedCnyPerT(b.a(2000, A)).minOutputT(welfareMin(200_000))
        .source("P-D05"));
    in.add(industry("al-zunyi", "Zunyi electrolytic Al (Tongzi direct supply)", "zunyi", ALUMINIUM, "aluminium",
        b.v(600_000, "I-G22", "1 Mt - 0.4 Mt Guiyang"), b.v(13.5, "G-U01")).valueAddedCnyPerT(b.a(2000, A))
        .minOutputT(welfareMin(300_000)).source("P-D04"));
    in.add(industry("phosphate-kaiyang", "Kaiyang-Xifeng phosphate (P2O5)", "guiyang-anshun", PHOSPHORUS, "P2O5",
        b.v(1_000_000, "I-G10", "part of 2.3 Mt (split assumed)"), b.v(0.33, "G-U05", "150 kWh/t product / 0.46"))
        .valueAddedCnyPerT(b.a(400, A)).minOutputT(welfareMin(500_000)).source("I-G15"));
    in.add(industry("phosphate-wengfu", "Wengfu phosphate (P2O5)", "qiannan", PHOSPHORUS, "P2O5",
        b.v(1_300_000, "I-G10", "part of 2.3 Mt (split assumed)"), b.v(0.33, "G-U05"))
        .valueAddedCnyPerT(b.a(400, A)).minOutputT(welfareMin(650_000)).source("I-G17"));
    in.add(industry("steel-shuicheng", "Shuicheng Steel 水钢", "liupanshui", STEEL, "crude steel",
        b.v(3_000_000, "I-G31"), b.v(0.5, "G-U09"))
        .coalFeedTPerT(Map.of("washed", b.v(0.7, "G-U09", "0.60 tce/t / 0.857"))).valueAddedCnyPerT(b.a(600, A))
        .minOutputT(welfareMin(1_500_000)).source("I-G31"));
    in.add(industry("methanol", "Methanol and alcohol-ethers", "bijie", COAL_CHEMICAL, "methanol",
        b.v(2_000_000, "I-G05"), b.a(0.2, "assumption: G-U12 gives no electricity"))
        .coalFeedTPerT(Map.of("steam", b.v(2.5, "G-U12", "1.6-2.0 tce/t -> 1.8 / 0.714")))
        .valueAddedCnyPerT(b.a(500, A)).minOutputT(welfareMin(1_000_000)).source("C-A06"));
    Object[][] fa = {{"qiannan", 600_000}, {"qiandongnan", 400_000}, {"qianxinan", 500_000}, {"tongren", 400_000},
        {"zunyi", 350_000}};
    for (Object[] f : fa) {
      String r = (String) f[0];
      int q = (Integer) f[1];
      in.add(industry("ferroalloy-" + r, "Ferroalloys " + r, r, FERROALLOY, "silicomanganese",
          b.v(q, "I-G34", "2.25 Mt (middle of 2-2.5) split over P-D18 areas (assumed)"),
          b.v(4.2, "G-U06", "SiMn; ~5-8 % below 2005 (I-G35)"))
          .coalFeedTPerT(Map.of("washed", b.v(0.5, "G-U06"))).valueAddedCnyPerT(b.a(800, A)).minOutputT(welfareMin(q / 2))
          .source("P-D18"));
    }
    Object[][] ce = {{"guiyang-anshun", 6}, {"zunyi", 4}, {"bijie", 3}, {"liupanshui", 3}, {"qiannan", 2},
        {"qianxinan", 2}};
    for (Object[] c : ce) {
      String r = (String) c[0];
      int q = (Integer) c[1];
      in.add(industry("cement-" + r, "Cement " + r, r, CEMENT, "cement",
          b.v(q * 1_000_000, "I-G41", "20 Mt cap split by prefecture (assumed)"), b.v(0.1, "G-U11"))
          .coalFeedTPerT(Map.of("steam", b.v(0.223, "U-03", "159 kgce/t / 0.714"))).valueAddedCnyPerT(b.a(60, A))
          .minOutputT(welfareMin(q * 500_000)).source("I-G41"));
    }
    cite("I-Y05", "I-G22", "I-G27", "P-D05", "P-D04", "I-G15", "I-G17", "I-G31", "I-G05", "C-A06", "P-D18",
        "I-G34", "I-G41", "I-G35");
  }
}
