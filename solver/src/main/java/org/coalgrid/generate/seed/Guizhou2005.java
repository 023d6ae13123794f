package org.coalgrid.generate.seed;

import static org.coalgrid.domain.Chain.ALUMINIUM;
import static org.coalgrid.domain.Chain.CEMENT;
import static org.coalgrid.domain.Chain.FERROALLOY;
import static org.coalgrid.domain.Chain.PHOSPHORUS;
import static org.coalgrid.domain.Chain.STEEL;
import static org.coalgrid.domain.PlantType.GAS;
import static org.coalgrid.domain.PlantType.HYDRO;

import java.util.List;
import java.util.Map;
import org.coalgrid.domain.PolicyType;
import org.coalgrid.domain.Sense;
import org.coalgrid.generate.builder.InstanceBuilder;
import org.coalgrid.generate.builder.LineBuilder;

/** {@code guizhou-2005.json}: Guizhou in 2005 as reported, the calibration case (±2 % on coal and generation). */
final class Guizhou2005 extends GuizhouBase {
  Guizhou2005(SourceTable sources) {
    super(sources);
  }

  @Override
  InstanceBuilder build() {
    InstanceBuilder in = new InstanceBuilder(null);
    common(in);
    mines(in, 115_000_000, 0.5, 0.30, 0.15);
    // hydro ~4,000 MW (assumption ~30 %, G-P11 gives 1/3-40 % around 2010), 3,664 h (G-P03 2005)
    in.add(plant("wujiang-cascade", "Wujiang cascade (existing stations)", "zunyi", HYDRO,
        b.a(2500, "assumption: share of ~4,000 MW hydro in 2005")).availability(b.v(0.93, "G-P06"))
        .vomCnyPerMwh(b.a(5, A)).hydro(hydroRes(2500 * 3664, 3_000_000, "G-P03")).source("P-H01")
        .notes("Annual inflow = 2,500 MW x 3,664 h (G-P03, 2005 national hydro hours); reservoir (seasonal "
            + "regulation) assumed 3 TWh."));
    in.add(plant("panjiang-hydro", "Nanpan/Beipan stations", "qianxinan", HYDRO,
        b.a(1000, "assumption A-2005-MIX: part of ~4,000 MW hydro in 2005"))
        .availability(b.v(0.93, "G-P06")).vomCnyPerMwh(b.a(5, A)).hydro(hydroRr(1000 * 3664, "G-P03")).source("P-H01")
        .notes("3,664 h (G-P03), shape A-GZ-HYDRO"));
    in.add(plant("small-hydro", "Local small hydro", "qiandongnan", HYDRO,
        b.a(500, "assumption A-2005-MIX: part of ~4,000 MW hydro in 2005"))
        .availability(b.v(0.93, "G-P06")).vomCnyPerMwh(b.a(5, A)).hydro(hydroRr(500 * 3664, "G-P03")).source("P-H03")
        .notes("3,664 h (G-P03), shape A-GZ-HYDRO"));
    cite("P-H01", "P-H03", "G-P03");
    Object[][] thermal = {{"bijie", 2400, 350, true}, {"liupanshui", 2400, 360, true},
        {"guiyang-anshun", 1800, 370, true}, {"zunyi", 1200, 380, false}, {"qiannan", 600, 420, false},
        {"tongren", 600, 400, false}, {"qianxinan", 240, 420, false}};
    for (Object[] t : thermal) {
      String r = (String) t[0];
      in.add(coalPlant("thermal-" + r, r + " thermal fleet 2005", r, (Integer) t[1], (Integer) t[2], null,
          "assumption: 9,240 MW thermal = 13,240 (P-G01) - 4,000 hydro, split by prefecture").large((Boolean) t[3]));
    }
    in.add(plant("southern-grid", "Purchases from the South China grid / neighbours", "guangdong", GAS,
        b.a(1000, "assumption: emergency purchases over the interconnection (P-G08)")).availability(b.a(0.9, A))
        .fuelCostCnyPerMwh(b.a(500, "assumption: purchase price above Guizhou thermal")).source("P-G08")
        .notes("An outside grid selling power is modelled as a non-coal plant in the external region (GAS type, "
            + "fuel cost = purchase price)."));
    cite("P-G08");
    List<LineBuilder> exp = List.of(
        expLine("hvdc-gui-guang-1", "Gui-Guang HVDC I (Anshun-Zhaoqing)", "guiyang-anshun", 3000, "G-T01", 0.06, null,
            null),
        expLine("ac-gd-2005", "500 kV AC corridors to Guangdong (2005)", "qiannan", 1000, "P-G02", 0.05,
            "4,000 MW capability = 3,000 DC + 1,000 AC (split assumed)", null));
    lines(in, 4000, exp);
    in.add(line("ac-gd-import", "AC interconnection (import direction)", "guangdong", "qiannan",
        b.a(1000, "assumption"), b.v(0.05, "G-T05")).wheelingCnyPerMwh(b.v(75, "G-E02")).source("P-G08"));
    in.add(industry("al-guiyang", "Electrolytic aluminium (Guiyang/Zunyi) 2005", "guiyang-anshun", ALUMINIUM,
        "aluminium", b.a(500_000, "assumption: half of the 2010 target (I-G22); I-G01 lets only electrolytic Al grow"),
        b.v(14.0, "G-U01", "~14,000 kWh/t China average")).valueAddedCnyPerT(b.a(2000, A)).minOutputT(welfareMin(250_000))
        .source("I-G22"));
    in.add(industry("ferroalloy", "Ferroalloys (dispersed)", "qiannan", FERROALLOY, "silicomanganese",
        b.a(2_250_000, "assumption: middle of the 2-2.5 Mt held in 2010 (I-G34)"),
        b.v(4.5, "G-U06", "SiMn 3,800-4,500; 2005 before the 5-8 % cut of I-G35"))
        .coalFeedTPerT(Map.of("washed", b.v(0.5, "G-U06"))).valueAddedCnyPerT(b.a(800, A)).minOutputT(welfareMin(1_000_000))
        .source("I-G34"));
    in.add(industry("phosphate", "Phosphate fertiliser (as P2O5)", "guiyang-anshun", PHOSPHORUS, "P2O5",
        b.a(1_500_000, "assumption below the 2.3 Mt of 2010 (I-G10)"),
        b.v(0.33, "G-U05", "150 kWh/t product / 0.46 t P2O5 per t")).valueAddedCnyPerT(b.a(400, A))
        .minOutputT(welfareMin(750_000)).source("I-G10"));
    in.add(industry("steel-shuicheng", "Shuicheng Steel", "liupanshui", STEEL, "crude steel",
        b.a(2_000_000, "assumption below the 3 Mt of 2010 (I-G31)"), b.v(0.5, "G-U09", "450-600 kWh/t"))
        .coalFeedTPerT(Map.of("washed", b.v(0.7, "G-U09", "0.60 tce/t / 0.857"))).valueAddedCnyPerT(b.a(600, A))
        .minOutputT(welfareMin(1_000_000)).source("I-G31"));
    in.add(industry("cement", "Cement (province)", "guiyang-anshun", CEMENT, "cement",
        b.a(15_000_000, "assumption below the 20 Mt cap of 2010 (I-G41)"), b.v(0.11, "G-U11"))
        .coalFeedTPerT(Map.of("steam", b.a(0.25, "assumption: 2005 kilns above the 159 kgce/t of U-03")))
        .valueAddedCnyPerT(b.a(60, A)).minOutputT(welfareMin(7_500_000)).source("I-G41"));
    cite("I-G22", "I-G34", "I-G10", "I-G31", "I-G41", "U-03");
    demands(in, 38.9);
    in.add(coalDemand("other-inprovince", "guiyang-anshun", "steam", b.a(47_000_000, "calibration residual: "
        + "households, coking and other industry so that output ~106 Mt (C-G01)"), b.v(500, "G-E01")));
    in.add(coalDemand("outside-buyers", "outside-coal", "steam", b.a(15_000_000, "assumption (calibration residual)"),
        b.v(600, "G-E01")).maxT(b.a(15_000_000, A)).source("C-A03"));
    cite("C-A03");
    in.add(export("gd-2005", "Guizhou-Guangdong 2005", "guangdong",
        b.v(17_700_000, "G-T04", "interpolated between 5.7 TWh (2003) and 41.6 TWh (2009)"), b.v(350, "G-E02"),
        b.a(1000, A)).maxMw(b.a(round(17_700_000 / 8760.0, 1),
            "assumption A-2005-EXPORTCAP: Guangdong took the contracted energy only")).source("G-T04"));
    in.add(policy("export-capability", "Export capability", "外送能力", PolicyType.EXPORT_CAPABILITY,
        b.v(4000, "P-G02")).region("guangdong"));
    in.add(policy("big-coal-big-power", "Large mines supply large plants", "大煤保大电",
        PolicyType.LARGE_MINE_TO_LARGE_PLANT,
        b.a(0.5, "assumption; the rule is C-R01 (2006-2010), applied softly to the base year")).source("C-R01"));
    cite("C-R01");
    in.add(target("coal-output-2005", "Raw coal output 2005 原煤产量", "coal.produced", Sense.EQ, 106_000_000, "t/yr",
        "C-G01").tolerance(0.02));
    in.add(target("generation-2005", "Generation 2005 发电量", "generation.total", Sense.EQ, 78_678_000, "MWh/yr",
        "P-G04").tolerance(0.02));
    in.add(target("capacity-2005", "Installed capacity 2005 装机容量", "capacity.installed", Sense.EQ, 13240, "MW",
        "P-G01").tolerance(0.0));
    in.add(target("export-capability-2005", "Export capability 2005 外送能力", "exportCapability.guangdong", Sense.EQ,
        4000, "MW", "P-G02").tolerance(0.0));
    in.meta(meta("guizhou-2005", "Guizhou province 2005, base year as reported (calibration): 8 prefectures, 24 "
        + "periods, existing fleet, 4 GW export capability, 106 Mt coal.", 2005, notes(
        "Calibration case (2005 as reported): installed 13,240 MW (P-G01), export capability 4,000 MW (P-G02); "
            + "demands sized so generation ~78.68 TWh (P-G04) and coal output ~106 Mt (C-G01).",
        "A-2005-MIX: hydro 4,000 MW (~30 %; G-P11 gives 1/3-40 % around 2010, 2005 before "
            + "Goupitan/Guangzhao/Silin), thermal 9,240 MW; heat rates 350-420 gce/kWh for the 2005 fleet (G-P04 300 "
            + "MW 330-345, < 100 MW 400-450; G-C02 national 370 in 2005).",
        "A-2005-DEMAND: export 17.7 TWh delivered (interpolated from G-T04), industries ~20 TWh (assumed 2005 "
            + "sizes), other load 38.9 TWh (calibration residual) so that generation ~ 78.7 TWh = 38.9 + 20.3 + "
            + "17.7/0.94 + internal losses.",
        "A-2005-EXPORTCAP: the Guangdong contract is capped at its firm energy (maxMw = 17.7 TWh / 8,760 h = 2,020.5 "
            + "MW); without the cap the least-cost plan sells ~8.6 TWh more at 350 CNY/MWh and generation overshoots "
            + "the reported 78.68 TWh by ~11 %. In 2005 the Gui-Guang trade was planned energy, not open sales.",
        "A-2005-CALIBRATION: stated tolerance +/-2 % on coal output (106 Mt, C-G01) and generation (78.678 TWh, "
            + "P-G04); installed capacity (13,240 MW) and export capability (4,000 MW) are data and must match "
            + "exactly. Knobs, all assumptions: other load (38.9 TWh), other in-province coal use (47 Mt), export cap "
            + "(above). Nothing is forced with a constraint: the check-targets result shows the least-cost plan "
            + "landing inside the band.",
        "A-2005-INDUSTRY: 2005 industry sizes are not in the seeds; they are assumed below the 2010 targets (see "
            + "each note).",
        "A-2005-WASH: large mines wash 30 % of output so that washed raw coal ~16 Mt, clean coal ~10 Mt, matching "
            + "D-10 (2005 washed coal ~10 Mt).",
        "2005 dry season was power-short in reality; the Wujiang reservoir (3 TWh, assumed) and purchases from the "
            + "South China grid (P-G08, 1,000 MW, assumed) keep the case feasible.")));
    return finish(in);
  }
}
