package org.coalgrid.generate.seed;

import static org.coalgrid.domain.Chain.ALUMINIUM;
import static org.coalgrid.domain.Chain.COAL_CHEMICAL;
import static org.coalgrid.domain.Chain.STEEL;
import static org.coalgrid.domain.PlantType.CHP;
import static org.coalgrid.domain.PlantType.COAL;
import static org.coalgrid.domain.PlantType.GAS;
import static org.coalgrid.domain.PlantType.PUMPED_STORAGE;
import static org.coalgrid.domain.PlantType.SOLAR;
import static org.coalgrid.domain.PlantType.WIND;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coalgrid.domain.PolicyType;
import org.coalgrid.domain.Sense;
import org.coalgrid.generate.builder.CandidateBuilder;
import org.coalgrid.generate.builder.ChpBuilder;
import org.coalgrid.generate.builder.DirectSupplyBuilder;
import org.coalgrid.generate.builder.IndustryBuilder;
import org.coalgrid.generate.builder.InstanceBuilder;
import org.coalgrid.generate.builder.LineBuilder;
import org.coalgrid.generate.builder.PotlinesBuilder;
import org.coalgrid.generate.builder.Series;
import org.coalgrid.generate.builder.StorageBuilder;

/**
 * {@code guizhou-2015.json}: the 2012 integration opinions (S2) for 2015, on the 2010 system plus candidate
 * builds (MILP): thermal sites, cluster CHP, a new export corridor and a potline-based aluminium park.
 */
final class Guizhou2015 extends Guizhou2010 {
  Guizhou2015(SourceTable sources) {
    super(sources);
  }

  @Override
  InstanceBuilder build() {
    InstanceBuilder in = new InstanceBuilder(null);
    common(in);
    mines(in, 270_000_000, 0.75, 0.70, 0.12);
    plants2010(in);
    Number capexCoal = b.v(annualised(4000, CRF), "G-E03", "4,000 CNY/kW x CRF (A-CRF)");
    Number capexChp = b.v(annualised(4500, CRF), "G-E03", "4,500 CNY/kW (top of range, small units) x CRF");
    // candidate thermal (P-T05 and mine-mouth P-T01)
    Object[][] cands = {{"qiandong", "Qiandong 黔东", "qiandongnan", 600, 2, "P-T05"},
        {"xishui-erlang", "Xishui Erlang 习水二郎", "zunyi", 660, 2, "P-T05"},
        {"minemouth-bijie", "New mine-mouth units Bijie", "bijie", 660, 4, "P-T01"},
        {"minemouth-liupanshui", "New mine-mouth units Liupanshui", "liupanshui", 660, 4, "P-T01"},
        {"xingyi", "Xingyi 兴义", "qianxinan", 600, 2, "P-T05"}};
    for (Object[] c : cands) {
      String id = (String) c[0];
      boolean named = id.equals("qiandong") || id.equals("xishui-erlang");
      CandidateBuilder build = new CandidateBuilder()
          .unitMw(b.v((Integer) c[3], named ? "G-P02" : null, named ? null : "assumption: 600-660 MW supercritical units"))
          .maxUnits(named ? b.v((Integer) c[4], "G-P02", c[4] + " units as reported")
              : b.a((Integer) c[4], "assumption: units of a mine-mouth or later site (P-T01, P-T05)"))
          .capexCnyPerMwYr(capexCoal);
      in.add(coalPlant(id, c[1] + " (candidate)", (String) c[2], candidateOnly(), 315, null, null, COAL, 0.9, build));
      cite((String) c[5]);
    }
    // direct-supply plants P-T06 names besides Tongzi and Qingzhen (sizes not known, G-P02): candidates
    for (String[] d : new String[][] {{"duyun", "Duyun 都匀 (direct supply, candidate)", "qiannan"},
        {"bijie-toubu", "Bijie Toubu 毕节头步 (direct supply, candidate)", "bijie"}}) {
      CandidateBuilder build = new CandidateBuilder()
          .unitMw(b.a(300, "assumption A-2015-DIRECT: 300 MW units (G-P02: size not reliably known)"))
          .maxUnits(b.a(2, "assumption A-2015-DIRECT: two units")).capexCnyPerMwYr(capexCoal);
      in.add(coalPlant(d[0], d[1], d[2], candidateOnly(), 340, null, null, COAL, 0.9, build).source("P-T06"));
    }
    cite("P-T06");
    // ~20 CHP units for the integrated clusters (P-G13): 6 sites x up to 4 units of 150 MW
    String[][] chpSites = {{"chp-wengfu", "qiannan", "P-D20"}, {"chp-kaiyang", "guiyang-anshun", "P-D20"},
        {"chp-zhijin", "bijie", "P-D19"}, {"chp-wuzhengdao", "zunyi", "P-D22"},
        {"chp-liupanshui-steel", "liupanshui", "P-D23"}, {"chp-guiyang-al", "guiyang-anshun", "P-D21"}};
    for (String[] s : chpSites) {
      in.add(plant(s[0], "Integrated-cluster CHP " + s[0].substring(4) + " (candidate)", s[1], CHP, candidateOnly())
          .availability(b.v(0.9, "G-P06")).heatRateGcePerKwh(b.v(340, "G-P04")).grades("steam", "washed", "gangue")
          .vomCnyPerMwh(b.a(15, A)).desulfurisationShare(b.v(0.9, "G-C07"))
          .chp(new ChpBuilder().heatGjPerMwh(b.v(6, "G-P09")).heatFuelKgcePerGj(b.v(40, "G-P09")))
          .build(new CandidateBuilder()
              .unitMw(b.a(150, "assumption: 6 sites x 4 units ~ the 20 projects of P-G13"))
              .maxUnits(b.a(4, "assumption: 6 sites x 4 units ~ the 20 projects of P-G13"))
              .capexCnyPerMwYr(capexChp))
          .source(s[2]));
      cite(s[2]);
    }
    cite("P-G13");
    in.add(plant("wind-bijie", "Wind (Bijie/Liupanshui uplands)", "bijie", WIND,
        b.a(1000, "assumption; P-G16 no number")).availability(b.v(0.228, "G-P10", "2,000 h")).source("P-G16"));
    Map<String, Number> solar = new LinkedHashMap<>();
    PER.forEach(p -> solar.put(p.id(), p.block().equals("peak") ? 0.3014 : 0.0));
    in.add(plant("solar-qianxinan", "Solar", "qianxinan", SOLAR, b.a(300, "assumption; P-G16 no number"))
        .availability(b.a(0.0, "assumption: no output outside the peak blocks below"))
        .availabilityByPeriod(Series.of(solar, "G-P10", "1,100 full-load hours in the daytime peak blocks: 1,100 / "
            + "3,650 peak hours = 0.3014"))
        .notes("1,100 h (G-P10) in the daytime peak block: 1,100 / 3,650 = 0.3014").source("P-G16"));
    in.add(plant("gas-guiyang", "Gas plant on the Sino-Burma pipeline off-take", "guiyang-anshun", GAS,
        b.a(400, "assumption")).availability(b.v(0.9, "G-P06"))
        .fuelCostCnyPerMwh(b.a(650, "assumption (no gas price in seeds/§8)")).vomCnyPerMwh(b.a(10, A))
        .source("L-24"));
    in.add(plant("wujiang-ps", "Wujiang pumped storage", "guiyang-anshun", PUMPED_STORAGE,
        b.a(1000, "assumption: the pilot of P-H04 built by 2015")).availability(b.a(0.95, A))
        .vomCnyPerMwh(b.a(5, A)).storage(new StorageBuilder().storageMwh(b.a(6000, "assumption: 6 h"))
            .efficiency(b.v(0.76, "G-P08")).pumpCapacityMw(null))
        .source("P-H04"));
    cite("P-G16", "G-P10", "L-24", "P-H04");
    List<LineBuilder> exp = List.of(
        expLine("hvdc-gui-guang-1", "Gui-Guang HVDC I", "guiyang-anshun", 3000, "G-T01", 0.06, null, null),
        expLine("ac-gd-2005", "500 kV AC corridors (pre-2006)", "qiannan", 1000, "P-G02", 0.05, "split assumed", null),
        expLine("hvdc-gui-guang-2", "Gui-Guang HVDC II", "qianxinan", 3000, "G-T02", 0.06, "sending end assumed", null),
        expLine("ac-xingyi-gd", "500 kV AC via Xingyi", "qianxinan", 500, "P-N04", 0.05, "split assumed", null),
        expLine("ac-liping-gd", "500 kV AC via Liping", "qiandongnan", 500, "P-N04", 0.05, "split assumed", null),
        expLine("new-corridor-gd", "New corridor to Guangdong (candidate)", "qiannan", candidateOnly(), null, 0.05, null,
            new CandidateBuilder().unitMw(b.a(1000, "assumption")).maxUnits(b.a(4, "assumption"))
                .capexCnyPerMwYr(b.v(annualised(1900, CRF), "G-E03", "1,900 CNY/kW (HVDC figure) x CRF"))));
    lines(in, 12000, exp);
    industries2010(in);
    for (IndustryBuilder i : in.list(IndustryBuilder.class)) {
      if (i.id().startsWith("alumina")) {
        i.heatGjPerT(b.a(10, "assumption: process steam from cluster CHP (G-U02 steam demand)"));
        i.coalFeedTPerT(Map.of("steam", b.a(0.2, "assumption: calcination fuel only; steam now from CHP")));
      }
      if (i.id().startsWith("phosphate")) {
        i.heatGjPerT(b.a(5, "assumption: concentration steam per t P2O5 from CHP (P-D20)"));
      }
      if (i.id().equals("steel-shuicheng")) {
        i.capacityT(b.v(4_000_000, "I-I12", "part of >= 10 Mt (split assumed)"));
      }
      if (i.id().equals("methanol")) {
        i.capacityT(b.a(4_000_000, "assumption: doubling of the 2010 ~2 Mt (I-G05) with the 7 clusters of I-I13"));
        i.heatGjPerT(b.a(4, "assumption: process steam per t methanol from CHP (P-D19)"));
      }
    }
    in.add(industry("steel-panxian", "Panxian Shouqian coal-power-steel", "liupanshui", STEEL, "crude steel",
        b.v(3_000_000, "I-I12", "part of >= 10 Mt (split assumed)"), b.v(0.5, "G-U09"))
        .coalFeedTPerT(Map.of("washed", b.v(0.7, "G-U09"))).valueAddedCnyPerT(b.a(600, A)).minOutputT(welfareMin(1_500_000))
        .source("L-12"));
    in.add(industry("steel-hezhang", "Hezhang coal-power-steel", "bijie", STEEL, "crude steel",
        b.v(1_500_000, "I-I12", "part of >= 10 Mt (split assumed)"), b.v(0.5, "G-U09"))
        .coalFeedTPerT(Map.of("washed", b.v(0.7, "G-U09"))).valueAddedCnyPerT(b.a(600, A)).minOutputT(welfareMin(750_000))
        .source("L-13"));
    in.add(industry("steel-dushan", "Dushan stainless-steel base", "qiannan", STEEL, "crude steel",
        b.v(1_500_000, "I-I12", "part of >= 10 Mt (split assumed)"), b.v(0.5, "G-U09"))
        .coalFeedTPerT(Map.of("washed", b.v(0.7, "G-U09"))).valueAddedCnyPerT(b.a(600, A)).minOutputT(welfareMin(750_000))
        .source("L-13"));
    in.add(industry("olefins-zhijin", "Zhijin coal-to-olefins", "bijie", COAL_CHEMICAL, "olefins",
        b.a(600_000, "assumption: one 600 kt/yr unit (L-15)"), b.a(1.0, "assumption"))
        .coalFeedTPerT(Map.of("steam", b.v(5.5, "G-U12", "5-6 t raw coal per t olefins")))
        .heatGjPerT(b.a(8, "assumption, CHP steam")).valueAddedCnyPerT(b.a(2000, A)).minOutputT(welfareMin(300_000))
        .source("L-15"));
    in.add(industry("al-wuzhengdao", "Wu-Zheng-Dao coal-power-Al park (potlines)", "zunyi", ALUMINIUM, "aluminium",
        b.a(1_000_000, "assumption: 4 potlines of 250 kt"), b.v(13.5, "G-U01")).valueAddedCnyPerT(b.a(2000, A))
        .minOutputT(0).plannedOutputT(b.a(500_000, "assumption: half of the new park runs in 2015"))
        .potlines(new PotlinesBuilder().count(b.a(4, "assumption: 4 potlines of 250 kt")).sizeT(b.a(250_000, A)).fixedCostCnyPerYr(b.a(50_000_000, A)))
        .source("P-D22"));
    cite("I-I12", "L-12", "L-13", "L-15", "P-D22");
    in.add(new DirectSupplyBuilder("ds-tongzi-al").plant("tongzi").industry("al-zunyi").maxMw(b.a(900, A))
        .minMw(b.a(500, A)).tariffCnyPerMwh(b.v(330, "G-E02")).source("C-A09"));
    in.add(new DirectSupplyBuilder("dt-minemouth-olefins").plant("minemouth-bijie").industry("olefins-zhijin")
        .maxMw(b.a(70, "assumption: the new load")).minMw(0).tariffCnyPerMwh(b.v(330, "G-E02")).source("P-D12")
        .notes("Direct-trading pilot for new load of cluster firms (P-D12)."));
    in.add(new DirectSupplyBuilder("dt-wuzhengdao").plant("xishui-erlang").industry("al-wuzhengdao")
        .maxMw(b.a(800, A)).minMw(0).tariffCnyPerMwh(b.v(330, "G-E02")).source("P-D12"));
    cite("C-A09", "P-D12");
    demands(in, 87.0);
    in.add(coalDemand("other-inprovince", "guiyang-anshun", "steam", b.v(60_000_000, "D-08", "~60 Mt not earmarked"),
        b.v(500, "G-E01")));
    in.add(coalDemand("outside-buyers", "outside-coal", "steam", 0, b.v(600, "G-E01")).maxT(b.a(30_000_000, A))
        .source("C-A03"));
    cite("C-A03", "G-T04");
    in.add(export("gd-2015", "Guizhou-Guangdong 2015", "guangdong",
        b.a(50_000_000, "assumption: continuation of 43.5 TWh (G-T04, 2010 plan); no 2015 figure in seeds"),
        b.v(350, "G-E02"), b.a(1000, A)).source("G-T04"));
    in.add(policy("export-capability", "Export capability >= 10 GW", "外送能力", PolicyType.EXPORT_CAPABILITY,
        b.v(10000, "P-G11", "the 2010 target, held as a floor in 2015 (assumption); needs 2 candidate corridor units"))
        .region("guangdong"));
    in.add(policy("big-coal-big-power", "Large mines supply large plants", "大煤保大电",
        PolicyType.LARGE_MINE_TO_LARGE_PLANT, b.a(0.8, "assumption; rule C-R01")).source("C-R01"));
    in.add(policy("local-conversion", "On-site conversion > 80 %", "就地转化率", PolicyType.LOCAL_CONVERSION,
        b.v(0.8, "I-I07")).source("C-R12"));
    in.add(policy("gangue-use", "Gangue utilisation >= 60 %", "煤矸石综合利用", PolicyType.GANGUE_UTILISATION,
        b.v(0.6, "K-G14")).source("K-G18"));
    cite("C-R01", "C-R12", "K-G18");
    in.add(target("coal-output", "Raw coal output 原煤产量 2.5亿t", "coal.produced", Sense.GE, 250_000_000, "t/yr",
        "C-G14"));
    in.add(target("coal-power", "In-province power coal 省内发电用煤 ~1亿t", "coal.toPower", Sense.EQ, 100_000_000,
        "t/yr", "C-G15").tolerance(0.1));
    in.add(target("coal-industry", "Integrated-industry coal incl. CHP 一体化产业用煤 ~9000万t", "coal.toIndustryWithChp",
        Sense.EQ, 90_000_000, "t/yr", "C-G16").tolerance(0.1));
    in.add(target("capacity", "Installed capacity 装机容量 >= 50 GW", "capacity.installed", Sense.GE, 50000, "MW",
        "P-G12"));
    in.add(target("chp-capacity", "About 20 CHP projects 热电联产 (as MW: 20 x 150 assumed)", "capacity.CHP",
        Sense.GE, 3000, "MW", "P-G13"));
    in.add(target("steel", "Steel 钢产量 >= 10 Mt", "chain.STEEL.output", Sense.GE, 10_000_000, "t/yr", "I-I12"));
    in.add(target("export-capability", "Export capability 外送能力 (2010 target) 10 GW", "exportCapability.guangdong",
        Sense.GE, 10000, "MW", "P-G11"));
    in.meta(meta("guizhou-2015", "Guizhou province 2015, 2012 integration opinions (煤电磷/煤电铝/煤电钢/煤电化): "
        + "250 Mt coal, >= 50 GW, ~20 CHP, steel >= 10 Mt; MILP with candidate plants, CHP, a corridor and potlines.",
        2015, notes(
        "2012 integration opinions (S2) for 2015, on the 2010 system (guizhou-2010) plus candidate builds (MILP): 5 "
            + "thermal sites (Qiandong, Xishui Erlang, Xingyi: P-T05; mine-mouth units P-T01), the direct-supply "
            + "plants Duyun and Bijie Toubu (P-T06), 6 cluster CHP sites x 4 units of 150 MW (~20 CHP projects, "
            + "P-G13), a new export corridor (4 x 1,000 MW) and a potline-based aluminium park (P-D22).",
        "P-G12 (>= 50 GW): S2 names no power plant besides ~20 CHP projects (P-G13); with every project the seeds "
            + "name built (the 2010 plants incl. Dalong, the candidates above, Wujiang pumped storage P-H04, wind "
            + "and solar P-G16, gas L-24) the province reaches 48,730 MW, 1,270 MW short of 50 GW: check-targets "
            + "shows the sum. The rest of the 50 GW is not named in the seeds.",
        "A-2015-DIRECT: the direct-supply plants Duyun and Bijie Toubu (P-T06) as 2 x 300 MW candidates (size "
            + "assumed: G-P02 says it is not reliably known).",
        "CONFLICT/GAP: coal 250 Mt (C-G14) = ~100 Mt power (C-G15) + ~90 Mt integrated industries incl. CHP (C-G16) "
            + "+ ~60 Mt other (D-08). 100 Mt of power coal (~71 Mtce) would mean ~220 TWh of coal-fired generation, "
            + "far above any in-province + export demand that the seeds or §8 support; with the assumed demand the "
            + "model burns less, so coal.toPower and coal.toIndustry targets are expected to show misses. Kept as "
            + "targets, not constraints.",
        "A-2015-DEMAND: other load 87 TWh (assumption: 54.3 TWh of 2010 grown ~10 %/yr); industries from the "
            + "clusters (steel 10 Mt I-I12, olefins, methanol, new Al park); export 50 TWh (assumption).",
        "A-2015-HEAT: alumina 10 GJ/t, phosphate 5 GJ/t P2O5, methanol 4 GJ/t, olefins 8 GJ/t of process steam "
            + "(assumptions) must come from cluster CHP in the same prefecture, which forces CHP builds "
            + "(P-D19-P-D23).",
        "LOCAL_CONVERSION 0.8 (I-I07 is for minerals in general): washing rejects and outbound coal count against "
            + "it; it limits coal sales outside (C-R12 on-site processing).",
        "Ferroalloy kept at 2.25 Mt (I-I16 total-volume control).")));
    return finish(in);
  }
}
