package org.coalgrid.generate.seed;

import static org.coalgrid.domain.PlantType.COAL;

import java.util.ArrayList;
import java.util.List;
import org.coalgrid.generate.builder.CandidateBuilder;
import org.coalgrid.generate.builder.InstanceBuilder;
import org.coalgrid.generate.builder.ObjectBuilder;

/**
 * {@code guizhou-2010-hydro.json}: guizhou-2010 under hydro-year uncertainty (issue 12). The seeds give no hydro
 * variability (seed-facts G-P07), so the spread of annual inflow is an assumption with its reason (A-HY-SPREAD),
 * checked against published NDRC hydro bulletins (X-HY01, X-HY02, external): annual inflow per basin log-normal with
 * mean 1 and σ(ln) 0.20 (Wujiang 乌江, local rivers) and 0.25 (Beipan/Nanpan 北盘江/南盘江, the Hongshui 红水河
 * headwaters, whose anomalies are larger), correlated 0.7-0.8. The wet, normal and dry years are the P95, P50 and
 * P5 of that distribution with the extended Pearson-Tukey weights 0.185 / 0.63 / 0.185 (X-HY03, external). First
 * stage: two named candidate thermal plants of guizhou-2015 (Qiandong, Xishui Erlang: G-P02 sizes, G-E03 capex) and
 * the commitment of the 2010 Guangdong contract's firm energy (A-HY-PREMIUM).
 */
final class Guizhou2010Hydro extends Guizhou2010 {
  private static final String SPREAD = "A-HY-SPREAD";

  Guizhou2010Hydro(SourceTable sources) {
    super(sources);
  }

  @Override
  InstanceBuilder finish(InstanceBuilder in) {
    Number capexCoal = b.v(annualised(4000, CRF), "G-E03", "4,000 CNY/kW x CRF (A-CRF)");
    Object[][] cands = {{"qiandong", "Qiandong 黔东", "qiandongnan", 600}, {"xishui-erlang", "Xishui Erlang 习水二郎",
        "zunyi", 660}};
    for (Object[] c : cands) {
      CandidateBuilder build = new CandidateBuilder().unitMw(b.v((Integer) c[3], "G-P02"))
          .maxUnits(b.v(2, "G-P02", "2 units as reported")).capexCnyPerMwYr(capexCoal);
      in.add(coalPlant((String) c[0], c[1] + " (candidate)", (String) c[2], candidateOnly(), 315, null, null, COAL, 0.9,
          build).source("P-T05"));
    }
    in.uncertainty(uncertainty());
    List<String> notes = new ArrayList<>(in.meta().notesSet());
    notes.add("HYDRO YEARS (issue 12): the seeds give no hydro variability (G-P07 gives only the seasonal shape). "
        + SPREAD + ": annual inflow per basin is log-normal with mean 1 and sd(ln) 0.20 for the Wujiang and the local "
        + "rivers and 0.25 for the Beipan/Nanpan (Hongshui headwaters), correlations 0.7-0.8. Reason: no annual runoff "
        + "Cv for these rivers was found in the seeds or the references at hand; 0.20-0.25 is the order of the annual "
        + "swings the NDRC hydro bulletins report for the Southern Grid (X-HY01: Wujiang -12 %, Hongshui -35 % in "
        + "Feb 2012; X-HY02: 2011, Guizhou's driest year since 1951, Hongshui precipitation ~50 % short, hydro output "
        + "sharply down and the West-East plan missed), the Hongshui's larger; one monsoon drives all three basins.");
    notes.add("Scenarios: wet/normal/dry = P95/P50/P5 of each basin's distribution (all basins in the same year), "
        + "weights 0.185/0.63/0.185 (extended Pearson-Tukey, X-HY03); the three-point mean is 1.000 +- 0.001.");
    notes.add("First stage: candidate Qiandong 2x600 MW and Xishui Erlang 2x660 MW (G-P02, as in guizhou-2015; capex "
        + "G-E03 x A-CRF) and the committed share of the gd-2010 firm energy (A-HY-PREMIUM: 30 CNY/MWh for energy "
        + "committed a year ahead, an assumption below the 50-100 CNY/MWh West-East transmission charge of G-E02, to "
        + "be varied by the planner).");
    in.meta().name("guizhou-2010-hydro").description("guizhou-2010 under hydro-year uncertainty: wet, normal and "
        + "dry years (丰水年/平水年/枯水年) of the Wujiang, Beipan/Nanpan and local rivers, a correlated log-normal "
        + "Monte Carlo distribution, candidate thermal units and the Guangdong firm-export commitment as first-stage "
        + "decisions.").notes(notes);
    return super.finish(in);
  }

  private ObjectBuilder uncertainty() {
    b.cite("G-P07");
    b.cite("X-HY01");
    b.cite("X-HY02");
    List<ObjectBuilder> basins = List.of(
        basin("wujiang", "Wujiang", "乌江", "goupitan", "silin", "wujiang-cascade"),
        basin("panjiang", "Beipan and Nanpan (Hongshui headwaters)", "北盘江/南盘江", "guangzhao", "panjiang-hydro"),
        basin("local", "Local rivers (Qingshui, Duliu, Jinjiang)", "地方中小河流", "small-hydro-qdn", "small-hydro-qn",
            "small-hydro-tr"));
    double[] sd = {0.20, 0.25, 0.20};
    String[] ids = {"wujiang", "panjiang", "local"};
    List<ObjectBuilder> scenarios = new ArrayList<>();
    Object[][] years = {{"wet", "wet year 丰水年 (P95)", 0.185, 1.6449}, {"normal", "normal year 平水年 (P50)", 0.63, 0.0},
        {"dry", "dry year 枯水年 (P5)", 0.185, -1.6449}};
    for (Object[] y : years) {
      List<ObjectBuilder> changes = new ArrayList<>();
      for (int k = 0; k < ids.length; k++) {
        double m = Math.exp(sd[k] * (Double) y[3] - sd[k] * sd[k] / 2);
        changes.add(new ObjectBuilder("hydroChange").set("basin", ids[k]).set("multiplier", b.v(
            Math.round(m * 1e4) / 1e4, null, "derived: exp(" + sd[k] + " z - " + sd[k] + "^2/2) at z = " + y[3]
                + " (" + SPREAD + ")")));
      }
      scenarios.add(new ObjectBuilder("hydroScenario").set("id", y[0]).set("name", y[1])
          .set("probability", b.v((Double) y[2], "X-HY03")).set("hydro", changes));
    }
    List<ObjectBuilder> spreads = new ArrayList<>();
    for (int k = 0; k < ids.length; k++) {
      spreads.add(new ObjectBuilder("inflowSpread").set("basin", ids[k]).set("sdLog", b.a(sd[k], SPREAD)));
    }
    List<ObjectBuilder> correlations = List.of(corr("wujiang", "panjiang", 0.7), corr("wujiang", "local", 0.8),
        corr("panjiang", "local", 0.7));
    ObjectBuilder commitment = new ObjectBuilder("commitment").set("export", "gd-2010")
        .set("premiumCnyPerMwh", b.a(30, "assumption A-HY-PREMIUM (meta.notes)"));
    return new ObjectBuilder("uncertainty").set("basins", basins).set("scenarios", scenarios)
        .set("firstStage", new ObjectBuilder("firstStage").set("commitments", List.of(commitment)))
        .set("monteCarlo", new ObjectBuilder("monteCarlo").set("basins", spreads).set("correlations", correlations))
        .source("X-HY01");
  }

  private static ObjectBuilder basin(String id, String name, String zh, String... plants) {
    return new ObjectBuilder("basin").set("id", id).set("name", name).set("nameZh", zh).set("plants", List.of(plants));
  }

  private ObjectBuilder corr(String a, String c, double rho) {
    return new ObjectBuilder("correlation").set("a", a).set("b", c).set("rho", b.a(rho, "assumption " + SPREAD
        + ": one monsoon drives the basins (2011 was dry in all, X-HY02)"));
  }

}
