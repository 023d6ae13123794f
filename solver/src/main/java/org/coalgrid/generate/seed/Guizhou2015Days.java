package org.coalgrid.generate.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coalgrid.generate.builder.CandidateBuilder;
import org.coalgrid.generate.builder.Figure;
import org.coalgrid.generate.builder.IndustryBuilder;
import org.coalgrid.generate.builder.InstanceBuilder;
import org.coalgrid.generate.builder.LineBuilder;
import org.coalgrid.generate.builder.PlantBuilder;

/**
 * {@code guizhou-2015-days.json}: the 2015 plan as {@code guizhou-2015.json} builds it, run hour by hour on 12
 * representative days x 24 h ({@link DaysVariant}) with the Guangdong contract paid a time-of-use price
 * (A-EXPORT-TOU, X-TOU01). An LP: the builds and potlines are those of guizhou-2015's optimum, written as
 * existing capacity (A-2015-AS-BUILT). The blocks case answers what to build; this one how that fleet runs within
 * the day: when the pumped storage pumps and generates and what it earns, the evening peak and the night valley of
 * prices. (The same case with its candidates open is a MILP of 15 integers on 288 steps: SCIP stopped at 400 s with
 * a 0.2 % gap, uncertified prices and a slightly different plan, too slow for a shipped, tested instance.)
 */
final class Guizhou2015Days {
  /** Units built per candidate plant and line in guizhou-2015's optimum (ShippedInstancesTest re-solves it). */
  static final Map<String, Integer> BUILT = Map.of("minemouth-liupanshui", 2, "xingyi", 2, "duyun", 2,
      "chp-wengfu", 1, "chp-kaiyang", 1, "chp-zhijin", 3, "chp-wuzhengdao", 2, "chp-guiyang-al", 2,
      "new-corridor-gd", 4);
  /** Potlines running per industry in guizhou-2015's optimum. */
  static final Map<String, Integer> POTLINES = Map.of("al-wuzhengdao", 2);

  private static final String AS_BUILT = "A-2015-AS-BUILT: the units guizhou-2015 (blocks, MILP) builds in its "
      + "optimum, taken as existing capacity (coalgrid solve instances/guizhou-2015.json)";

  private Guizhou2015Days() {}

  static InstanceBuilder build(SourceTable sources) {
    InstanceBuilder in = new Guizhou2015(sources).build();
    for (PlantBuilder p : in.list(PlantBuilder.class)) {
      if (p.value("build") instanceof CandidateBuilder c) {
        p.capacityMw(asBuilt(p.id(), p.value("capacityMw"), c));
        p.build(null);
      }
    }
    for (LineBuilder l : in.list(LineBuilder.class)) {
      if (l.value("build") instanceof CandidateBuilder c) {
        l.capacityMw(asBuilt(l.id(), l.value("capacityMw"), c));
        l.build(null);
      }
    }
    for (IndustryBuilder i : in.list(IndustryBuilder.class)) {
      if (i.value("potlines") != null) {
        Integer running = POTLINES.get(i.id());
        if (running == null) {
          throw new IllegalStateException("industry " + i.id() + ": potlines running in guizhou-2015 not recorded");
        }
        i.potlines(null);
        List<String> notes = new ArrayList<>();
        if (i.value("notes") instanceof List<?> old) {
          old.forEach(n -> notes.add(n.toString()));
        }
        notes.add(AS_BUILT + ": " + running + " potlines run for the planned output; their fixed running cost is "
            + "sunk here (not in the objective), and the output is continuous (LP)");
        i.notes(notes);
      }
    }
    List<String> notes = new ArrayList<>(in.meta().notesSet());
    notes.add(AS_BUILT + ": " + new java.util.TreeMap<>(BUILT) + " units; potlines " + new java.util.TreeMap<>(POTLINES)
        + ". Their annualised capex and the potlines' "
        + "fixed cost are sunk in this instance, so its objective is not comparable with guizhou-2015's.");
    in.meta().notes(notes);
    return DaysVariant.applyWithTimeOfUse(in, "guizhou-2015-days",
        m -> m <= 3 || m == 11 ? "dry" : m == 4 || m == 10 ? "transition" : "wet", DaysVariant.GUIZHOU, sources);
  }

  private static Number asBuilt(String id, Object existing, CandidateBuilder c) {
    Integer units = BUILT.get(id);
    if (units == null) {
      units = 0;
    }
    double before = existing instanceof Number n ? n.doubleValue() : 0;
    double unit = ((Number) c.value("unitMw")).doubleValue();
    double mw = before + units * unit;
    return Figure.noted(mw % 1 == 0 ? (Number) (long) mw : (Number) mw, AS_BUILT + ": " + units + " x "
        + SeedCase.fixed(unit, 0) + " MW" + (before > 0 ? " on " + SeedCase.fixed(before, 0) + " MW" : ""));
  }
}
