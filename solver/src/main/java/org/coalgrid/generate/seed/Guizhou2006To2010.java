package org.coalgrid.generate.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coalgrid.generate.builder.InstanceBuilder;
import org.coalgrid.generate.builder.MetaBuilder;

/**
 * {@code guizhou-2006-2010.json}: the 11th Five-Year Plan as a pathway (issue 11), from the 2005 base
 * (guizhou-2005) to the 2010 targets (guizhou-2010), by the rules of {@link PathwayCase}. The eight thermal plants
 * the plan says are completed by 2010 (P-T03, P-T04, Tongzi P-T06) and Gui-Guang HVDC II (the 一直 of 两交一直,
 * P-N04, G-T02) are candidate builds in whole units (G-P02 sizes), so the model chooses their years; the named
 * hydro stations (P-H02), the gangue plants (P-R01) and the two AC corridors come into service in 2010, the year
 * the seed gives.
 */
final class Guizhou2006To2010 extends PathwayCase {
  Guizhou2006To2010(SourceTable sources) {
    super(sources);
    anchor("exports.gd-2010.firmMwh", 2009, b.v(41_648_000, "G-T04", "416.48亿kWh sent to Guangdong in 2009"));
  }

  @Override
  InstanceBuilder start() {
    return new Guizhou2005(sources).build();
  }

  @Override
  InstanceBuilder end() {
    return new Guizhou2010(sources).build();
  }

  @Override
  int baseYear() {
    return 2005;
  }

  @Override
  int lastYear() {
    return 2010;
  }

  @Override
  Number discountRate() {
    return b.a(0.08, "assumption A-CRF: 8 % real, the rate of the cases' capital recovery factor");
  }

  @Override
  List<Candidate> plantCandidates() {
    Object[][] units = {{"nayong2", 300, 4}, {"qianxi", 300, 4}, {"dafang", 300, 4}, {"yaxi", 300, 4},
        {"pannan", 600, 4}, {"faer", 600, 4}, {"dalong", 300, 2}, {"tongzi", 600, 2}};
    List<Candidate> out = new ArrayList<>();
    for (Object[] u : units) {
      out.add(new Candidate((String) u[0], b.v((Integer) u[1], "G-P02"), b.v((Integer) u[2], "G-P02",
          u[2] + " units as reported"), b.a(2007, "A-PW-LAG: the first year a unit can come in, 2006 + 1 year of lag"),
          b.a(30, "assumption A-PW-LIFE: 30-year life of a coal unit"),
          b.v(4_000_000, "G-E03", "4,000 CNY/kW, middle of 3,500-4,500 for 300-600 MW coal units"),
          b.a(1, "A-PW-LAG: 1 year from decision to service, the plants being under way (P-G07: the second batch "
              + "of 4 hydro + 8 thermal fully started by 2005)"),
          b.v(annualised(4000, CRF), "G-E03", "4,000 CNY/kW x CRF (A-CRF); replaced by the overnight cost in the "
              + "pathway")));
    }
    cite("P-G07");
    return out;
  }

  @Override
  List<Candidate> lineCandidates() {
    return List.of(new Candidate("hvdc-gui-guang-2", b.v(3000, "G-T02"), b.v(1, "G-T02", "one bipole"),
        b.v(2007, "G-T02", "commissioned about 2007-2008 (external, verify): 2007 the earliest year"),
        b.a(40, "assumption A-PW-LIFE: 40-year life of an HVDC line"),
        b.v(1_900_000, "G-T01", "HVDC I: 56.3亿元 / 3,000 MW = ~1,900 CNY/kW (G-E03)"),
        b.a(1, "A-PW-LAG: 1 year from decision to service (a line of the plan before 2006)"),
        b.v(annualised(1900, CRF), "G-E03", "1,900 CNY/kW x CRF (A-CRF); replaced by the overnight cost in the "
            + "pathway")));
  }

  @Override
  Map<String, String> fromFirstYear() {
    return Map.of("small-hydro-qdn", "the local small hydro of guizhou-2005 (500 MW, Qiandongnan) at its 2010 size");
  }

  @Override
  String lastYearReason(String kind, String id) {
    return "A-PW-YEARS: the seed gives 'by 2010' (建成) and no earlier year: in service from 2010";
  }

  @Override
  MetaBuilder meta(MetaBuilder end) {
    List<String> notes = new ArrayList<>(List.of(
        "PATHWAY 2006-2010 (issue 11, docs/pathway.md): the base year is 2005 (meta.year; the figures of "
            + "guizhou-2005 where the two cases differ), the years 2006-2010 are derived by pathway.changes, "
            + "demandGrowth and the asset lives; 2010 is the system of guizhou-2010 with the builds the model "
            + "chooses. Built by org.coalgrid.generate.seed.Guizhou2006To2010 from the two cases; no figure copied.",
        "A-PW-RAMP: the seed gives the 2005 position and the 2010 targets, not the years between; sizes (mine "
            + "capacity, plant and line capacity, coal demands, the Guangdong contract) go linearly from 2005 to "
            + "2010, the one straight line both end points allow; the contract passes through the 41.65 TWh sent "
            + "in 2009 (G-T04).",
        "A-PW-INDUSTRY: the province's output of each product goes linearly from the guizhou-2005 total (0 for "
            + "alumina and methanol, which guizhou-2005 leaves out of its calibration) to the guizhou-2010 total; "
            + "each site keeps its 2010 share (guizhou-2005 has one aggregate per chain).",
        "A-PW-STEP: unit consumptions, policy limits and direct-supply minimums keep their 2005 value until 2010 "
            + "and take the 2010 value in 2010: the plan's rules hold by its target year; a policy new in 2010 "
            + "(gangue utilisation) has limit 0 before it, and the Tongzi and Qingzhen direct supplies their "
            + "minimum take only in 2010, so Tongzi must be built by 2010.",
        "A-PW-GROWTH: other load grows at the constant rate that takes guizhou-2005's 38.9 TWh to guizhou-2010's "
            + "54.3 TWh (both assumptions of those cases).",
        "A-PW-YEARS: the named hydro stations (P-H02), the gangue/slurry/gas plants (P-R01), the other hydro "
            + "new in guizhou-2010 (Qiannan, Tongren) and the two AC corridors of 两交一直 (P-N04) come into "
            + "service in 2010, the year the seed gives (建成 'by 2010', no earlier year); small-hydro-qdn stands "
            + "for guizhou-2005's local small hydro from 2006. The thermal plants of P-T03/P-T04/P-T06 and HVDC II "
            + "are candidate builds: the model chooses their years, the capacity target says whether 2010 is met.",
        "A-PW-HYDRO: the hydro plants of both cases (Wujiang cascade, Nanpan/Beipan stations) keep their "
            + "guizhou-2010 figures from 2006 (energy at 2010 hours, the Nanpan/Beipan stations at 2,000 MW instead "
            + "of 1,000): a hydro plant's energy is a series, and the seed gives no year for the other hydro; "
            + "2006-2009 have up to 1,200 MW more hydro than guizhou-2005 (with small-hydro-qdn).",
        "A-PW-LAG, A-PW-LIFE: 1-year lag (the plants were under way, P-G07), first year 2007; coal units last 30 "
            + "years, HVDC 40 (assumptions); overnight cost paid the year before service, salvage after 2010 "
            + "(docs/pathway.md).",
        "Left out from guizhou-2005: the purchases from the South China grid and the import direction of the AC "
            + "interconnection (2005 calibration devices; guizhou-2010 has neither)."));
    return new MetaBuilder("guizhou-2006-2010").description("Guizhou 2006-2010, the 11th Five-Year Plan as a "
        + "pathway: from the 2005 base (13.24 GW, 106 Mt) to the 2010 targets (>= 30 GW, >= 150 Mt, 10 GW export "
        + "capability); the named thermal plants and HVDC II as candidate builds in whole units (MILP), the "
        + "named hydro in 2010.").year(2005).currency("CNY").hoursInYear(8760)
        .vollCnyPerMwh((Number) end.value("vollCnyPerMwh"))
        .carbonPriceCnyPerTCo2((Number) end.value("carbonPriceCnyPerTCo2")).notes(notes(notes, end));
  }

  static List<String> notes(List<String> own, MetaBuilder end) {
    List<String> out = new ArrayList<>(own);
    out.addAll(end.notesSet());
    return out;
  }
}
