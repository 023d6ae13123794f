package org.coalgrid.generate.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coalgrid.generate.builder.InstanceBuilder;
import org.coalgrid.generate.builder.MetaBuilder;

/**
 * {@code guizhou-2011-2015.json}: the 2012 integration opinions as a pathway (issue 11), from the 2010 system
 * (guizhou-2010) to the 2015 targets (guizhou-2015), by the rules of {@link PathwayCase}. The candidate builds of
 * guizhou-2015 (thermal sites P-T05/P-T01, the direct-supply plants P-T06, the cluster CHP units P-G13 and the new
 * corridor to Guangdong) become candidates with an overnight cost, a lifetime and a build lag, so the model chooses
 * their years; the other plants new in guizhou-2015 (wind, solar, gas, Wujiang pumped storage) come in in 2015.
 */
final class Guizhou2011To2015 extends PathwayCase {
  Guizhou2011To2015(SourceTable sources) {
    super(sources);
  }

  @Override
  InstanceBuilder start() {
    return new Guizhou2010(sources).build();
  }

  @Override
  InstanceBuilder end() {
    return new Guizhou2015(sources).build();
  }

  @Override
  int baseYear() {
    return 2010;
  }

  @Override
  int lastYear() {
    return 2015;
  }

  @Override
  Number discountRate() {
    return b.a(0.08, "assumption A-CRF: 8 % real, the rate of the cases' capital recovery factor");
  }

  @Override
  List<Candidate> plantCandidates() {
    List<Candidate> out = new ArrayList<>();
    for (String id : List.of("qiandong", "xishui-erlang", "minemouth-bijie", "minemouth-liupanshui", "xingyi",
        "duyun", "bijie-toubu")) {
      out.add(new Candidate(id, null, null, b.a(2013, "A-PW-LAG: the first year a unit can come in, 2011 + 2 years"),
          b.a(30, "assumption A-PW-LIFE: 30-year life of a coal unit"),
          b.v(4_000_000, "G-E03", "4,000 CNY/kW, middle of 3,500-4,500 for 300-600 MW coal units"),
          b.a(2, "A-PW-LAG: 2 years from decision to service for a new 300-660 MW coal unit (assumption)"), null));
    }
    for (String site : List.of("wengfu", "kaiyang", "zhijin", "wuzhengdao", "liupanshui-steel", "guiyang-al")) {
      out.add(new Candidate("chp-" + site, null, null, b.a(2012, "A-PW-LAG: the first year a unit can come in, "
          + "2011 + 1 year"), b.a(30, "assumption A-PW-LIFE: 30-year life of a CHP unit"),
          b.v(4_500_000, "G-E03", "4,500 CNY/kW, top of the range for small units"),
          b.a(1, "A-PW-LAG: 1 year from decision to service for a 150 MW CHP unit (assumption)"), null));
    }
    return out;
  }

  @Override
  List<Candidate> lineCandidates() {
    return List.of(new Candidate("new-corridor-gd", null, null, b.a(2013, "A-PW-LAG: 2011 + 2 years"),
        b.a(40, "assumption A-PW-LIFE: 40-year life of a corridor"),
        b.v(1_900_000, "G-E03", "1,900 CNY/kW, the HVDC figure (G-T01)"),
        b.a(2, "A-PW-LAG: 2 years from decision to service for a corridor (assumption)"), null));
  }

  @Override
  Map<String, String> fromFirstYear() {
    return Map.of();
  }

  @Override
  String lastYearReason(String kind, String id) {
    return "A-PW-YEARS: guizhou-2015 has it by 2015 and the seeds give no earlier year: in service from 2015";
  }

  @Override
  MetaBuilder meta(MetaBuilder end) {
    List<String> notes = new ArrayList<>(List.of(
        "PATHWAY 2011-2015 (issue 11, docs/pathway.md): the base year is 2010 (meta.year; the figures of "
            + "guizhou-2010 where the two cases differ), the years 2011-2015 are derived by pathway.changes, "
            + "demandGrowth and the asset lives; 2015 is the system of guizhou-2015 with the builds the model "
            + "chooses. Built by org.coalgrid.generate.seed.Guizhou2011To2015 from the two cases; no figure copied.",
        "A-PW-RAMP: the seeds give the 2010 plan and the 2015 targets, not the years between; sizes (mine "
            + "capacity, line capacity, coal demands, the Guangdong contract) go linearly from 2010 to 2015.",
        "A-PW-INDUSTRY: the province's output of each product goes linearly from the guizhou-2010 total (0 for "
            + "olefins) to the guizhou-2015 total; each site keeps its 2015 share (so the steel of 2011 is spread "
            + "over the four 2015 sites).",
        "A-PW-STEP: unit consumptions, process heat from cluster CHP (A-2015-HEAT), policy limits keep their 2010 "
            + "value until 2015 and take the 2015 value in 2015: the plan's rules hold by its target year; a policy "
            + "new in 2015 (on-site conversion 就地转化率) has limit 0 before it. So the CHP units and two units of "
            + "the new corridor (export capability 10 GW) must be in by 2015.",
        "A-PW-GROWTH: other load grows at the constant rate that takes guizhou-2010's 54.3 TWh to guizhou-2015's "
            + "87.0 TWh (both assumptions of those cases).",
        "A-PW-YEARS: wind, solar, the gas plant and Wujiang pumped storage (no year in the seeds) come into "
            + "service in 2015; the candidates of guizhou-2015 are candidate builds with an overnight cost (G-E03), "
            + "a lifetime (30 years for coal and CHP, 40 for the corridor) and a lag (2 years for coal units and the "
            + "corridor, 1 for CHP; assumptions A-PW-LAG, A-PW-LIFE); salvage after 2015 (docs/pathway.md).",
        "Left out from guizhou-2010: the outside buyers of washed coal (guizhou-2015 has none)."));
    return new MetaBuilder("guizhou-2011-2015").description("Guizhou 2011-2015, the 2012 integration opinions as "
        + "a pathway: from the 2010 system to the 2015 targets (250 Mt coal, >= 50 GW, ~20 CHP, steel >= 10 Mt); "
        + "thermal sites, cluster CHP and a corridor as candidate builds in whole units (MILP).").year(2010)
        .currency("CNY").hoursInYear(8760).vollCnyPerMwh((Number) end.value("vollCnyPerMwh"))
        .carbonPriceCnyPerTCo2((Number) end.value("carbonPriceCnyPerTCo2"))
        .notes(Guizhou2006To2010.notes(notes, end));
  }
}
