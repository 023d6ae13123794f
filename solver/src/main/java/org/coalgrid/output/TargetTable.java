package org.coalgrid.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.coalgrid.targets.TargetReport;
import org.coalgrid.targets.TargetReport.Arithmetic;
import org.coalgrid.targets.TargetReport.Conflict;
import org.coalgrid.targets.TargetReport.Limit;
import org.coalgrid.targets.TargetReport.TargetResult;
import org.coalgrid.targets.TargetReport.Term;
import org.coalgrid.targets.TargetStatus;
import org.coalgrid.words.Fmt;

/** The target check for people (console, planner units) and for tables (CSV, domain units). */
public final class TargetTable {
  private TargetTable() {}

  /** A value in the metric's unit, in planner units: Mt/万吨, TWh/亿千瓦时, MW/万千瓦, %, gce/kWh. */
  public static String value(Double v, String unit) {
    if (v == null) {
      return "n/a";
    }
    return switch (unit) {
      case "t/yr" -> Fmt.tonnes(v);
      case "MWh/yr" -> Fmt.energy(v);
      case "MW" -> Fmt.power(v);
      case "share" -> Fmt.pct(v);
      case "gce/kWh" -> Fmt.num(v, 1) + " gce/kWh";
      default -> Fmt.num(v, 2) + " " + unit;
    };
  }

  /** A gap with its sign; shares as percentage points. */
  static String gap(Double g, String unit) {
    if (g == null) {
      return "n/a";
    }
    return signed(g, v -> unit.equals("share") ? Fmt.num(v * 100, 1) + " pp" : value(v, unit));
  }

  /**
   * {@code v} as {@code shown} formats it, with "+" before a positive number; a number shown as zero has no sign
   * (a solver's 1e-9 above a target is "0.00 Mt", not "+0.00 Mt", and 1e-9 below it not "-0.00 Mt"). Display only:
   * the written figures keep the solver's values.
   */
  public static String signed(double v, java.util.function.DoubleFunction<String> shown) {
    String s = shown.apply(v);
    if (NUMBER.matcher(s).results().noneMatch(m -> m.group().matches(".*[1-9].*"))) { // every number in it is 0
      return shown.apply(0.0);
    }
    return v > 0 && !s.startsWith("-") ? "+" + s : s;
  }

  /** A number in a shown value ("0.00" and "0" in "0.00 Mt (0 万吨)"; not the 2 of a unit such as tCO2). */
  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("(?<![\\p{L}\\d])[-+]?\\d[\\d.,]*");

  /** A gap in percent of the target, signed as {@link #signed}: "+2.5 %", "0.0 %". */
  public static String gapPercent(double p) {
    return signed(p, v -> Fmt.num(v, 1) + " %");
  }

  /** A short value for arithmetic: "12.00 Mt", "3,000 MW", "43.50 TWh", "40.0 %", "355.0 gce/kWh". */
  static String shortValue(double v, String unit) {
    return switch (unit) {
      case "t/yr" -> Fmt.num(v / 1e6, 2) + " Mt";
      case "MWh/yr" -> Fmt.num(v / 1e6, 2) + " TWh";
      case "MW" -> Fmt.num(v, 0) + " MW";
      case "share" -> Fmt.pct(v);
      case "gce/kWh" -> Fmt.num(v, 1) + " gce/kWh";
      case "units" -> Fmt.num(v, 0);
      default -> Fmt.num(v, 2) + (unit.isEmpty() ? "" : " " + unit);
    };
  }

  /** Terms shown in full; a longer sum shows its largest terms and folds the rest into one. */
  private static final int MAX_TERMS = 8;

  /** The arithmetic in one line: "lead: a 3,000 MW + b 1,000 MW = 4,000 MW < 10,000 MW (x at least)". */
  public static String arithmetic(Arithmetic a) {
    StringBuilder sb = new StringBuilder(a.lead()).append(": ");
    List<Term> terms = a.terms();
    if (!terms.isEmpty()) {
      List<Term> shown = terms;
      double rest = 0;
      int folded = 0;
      if (terms.size() > MAX_TERMS) {
        List<Term> sorted = new ArrayList<>(terms);
        sorted.sort(Comparator.comparingDouble((Term t) -> -Math.abs(t.value())));
        shown = sorted.subList(0, MAX_TERMS - 2);
        for (Term t : sorted.subList(MAX_TERMS - 2, sorted.size())) {
          rest += t.value();
          folded++;
        }
      }
      String op = " " + (a.operator().equals("x") ? "×" : a.operator()) + " ";
      List<String> parts = new ArrayList<>();
      shown.forEach(t -> parts.add(t.label() + " " + shortValue(t.value(), t.unit())));
      if (folded > 0) {
        parts.add(folded + " more " + shortValue(rest, a.unit()));
      }
      sb.append(String.join(op, parts)).append(" = ");
    }
    sb.append(shortValue(a.result(), a.unit())).append(' ').append(a.relation()).append(' ')
        .append(shortValue(a.bound(), a.unit())).append(" (").append(a.boundLabel()).append(')');
    return sb.toString();
  }

  /** A limit in one line: "industries.coke.plannedOutputT = 12.00 Mt, assumption: note". */
  public static String limit(Limit l) {
    String value = Double.isNaN(l.value()) ? "(series)" : shortValue(l.value(), l.unit());
    String origin = switch (l.origin()) {
      case "SEED" -> "seed " + l.id();
      case "EXTERNAL" -> "external " + l.id();
      case "ASSUMPTION" -> assumption(l);
      default -> "no source";
    };
    return l.path() + " = " + value + ", " + origin;
  }

  /** "assumption A-ID: reason", from the note (which usually says it is an assumption already). */
  private static String assumption(Limit l) {
    String note = l.note() == null ? "" : l.note().strip();
    boolean says = note.toLowerCase(java.util.Locale.ROOT).startsWith("assumption");
    String id = l.id().equals(l.path()) || note.contains(l.id()) ? "" : " " + l.id();
    if (note.isEmpty() || note.equalsIgnoreCase("assumption")) {
      return "assumption" + id + " (no reason given)";
    }
    return says && id.isEmpty() ? note : "assumption" + id + ": " + note;
  }

  private static final int MAX_LIMITS = 6;

  private static void limits(StringBuilder sb, String indent, List<Limit> limits) {
    for (int k = 0; k < Math.min(limits.size(), MAX_LIMITS); k++) {
      sb.append(indent).append("- ").append(limit(limits.get(k))).append('\n');
    }
    if (limits.size() > MAX_LIMITS) {
      sb.append(indent).append("- and ").append(limits.size() - MAX_LIMITS).append(" more (see --out FILE.json)\n");
    }
  }

  public static String render(TargetReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append("Plan targets 规划目标 | ").append(r.instance()).append(" | ")
        .append(r.objectiveMode().toLowerCase()).append(" mode | solver ").append(r.backend()).append('\n');
    sb.append("Least-cost plan: ").append(r.baseStatus());
    if (r.baseObjectiveCny() != null) {
      sb.append(", objective ").append(Fmt.money(r.baseObjectiveCny())).append(" per year");
    }
    sb.append('\n');
    if (r.baseObjectiveCny() == null) {
      sb.append("No plan to compare the targets with.\n");
      return sb.toString();
    }
    if (r.targets().isEmpty()) {
      sb.append("The instance records no targets.\n");
      return sb.toString();
    }
    sb.append('\n');
    int k = 1;
    for (TargetResult t : r.targets()) {
      sb.append(Fmt.pad(k++ + ".", 4)).append(Fmt.pad(t.status().label(), 22)).append(t.id()).append(": ")
          .append(t.name() != null ? t.name() : "").append("  [").append(t.metric())
          .append(t.source() != null ? "; " + t.source() : "").append("]\n");
      sb.append("    target ").append(t.sense()).append(' ').append(value(t.value(), t.unit()));
      if (t.tolerance() > 0) {
        sb.append(" ± ").append(Fmt.pct(t.tolerance()));
      }
      sb.append("; achieved ").append(value(t.achieved(), t.unit())).append("; gap ").append(gap(t.gap(), t.unit()));
      if (t.gapPercent() != null) {
        sb.append(" (").append(gapPercent(t.gapPercent())).append(")");
      }
      sb.append('\n');
      sb.append("    ").append(t.note());
      if (t.status() == TargetStatus.MISSED && t.extraCostCny() != null) {
        sb.append(": forcing it costs ").append(Fmt.money(t.extraCostCny())).append(" more per year");
        if (t.unservedIncreaseMwh() != null && t.unservedIncreaseMwh() > 1) {
          sb.append(", with ").append(Fmt.energy(t.unservedIncreaseMwh())).append(" more unserved");
        }
      }
      if (t.status() == TargetStatus.MET && t.reach() != null) {
        sb.append(" (other plans reach ").append(shortValue(t.reach(), t.unit())).append(')');
      }
      if (t.status() == TargetStatus.MET_BY_DATA && t.reach() != null) {
        sb.append(" (least favourable ").append(shortValue(t.reach(), t.unit())).append(')');
      }
      sb.append('\n');
      if (t.arithmetic() != null) {
        sb.append("    ").append(arithmetic(t.arithmetic())).append('\n');
      }
      limits(sb, "    ", t.limits());
    }
    sb.append('\n').append("Summary: ").append(r.count(TargetStatus.MET)).append(" met, ")
        .append(r.count(TargetStatus.MET_BY_DATA)).append(" met by data, ")
        .append(r.count(TargetStatus.MISSED)).append(" missed, ")
        .append(r.count(TargetStatus.INFEASIBLE_PLAN)).append(" infeasible by the plan, ")
        .append(r.count(TargetStatus.INFEASIBLE_INSTANCE)).append(" infeasible by the instance");
    if (r.count(TargetStatus.UNDECIDED) > 0) {
      sb.append(", ").append(r.count(TargetStatus.UNDECIDED)).append(" undecided");
    }
    sb.append(" of ").append(r.targets().size()).append(" targets\n");
    if (r.joint() != null) {
      sb.append("Together 同时满足: ").append(r.joint().note());
      if (r.joint().extraCostCny() != null && r.joint().extraCostCny() != 0) {
        sb.append(", at ").append(Fmt.money(r.joint().extraCostCny())).append(" more per year");
      }
      sb.append('\n');
    }
    sb.append("Conflicts 目标冲突:");
    if (r.conflicts().isEmpty()) {
      sb.append(" none\n");
    } else {
      sb.append('\n');
      for (Conflict c : r.conflicts()) {
        sb.append("  - ").append(c.kind()).append(": ").append(c.note()).append('\n');
        if (c.arithmetic() != null) {
          sb.append("    ").append(arithmetic(c.arithmetic())).append('\n');
        }
        limits(sb, "    ", c.limits());
      }
    }
    sb.append("(").append(r.solves()).append(" solves; verdicts as defined in docs/targets.md)\n");
    return sb.toString();
  }

  /** The check as a Markdown section (for instances/README.md): a table of verdicts, then the arithmetic. */
  public static String markdown(TargetReport r, String file) {
    StringBuilder sb = new StringBuilder("#### `").append(file).append("` (").append(r.backend()).append(", ")
        .append(r.solves()).append(" solves)\n\n");
    if (r.baseObjectiveCny() == null) {
      return sb.append("Least-cost plan: ").append(r.baseStatus()).append("; no targets checked.\n").toString();
    }
    sb.append("| target | metric | target value | achieved | verdict | extra cost if forced, or reach |\n")
        .append("|---|---|---|---|---|---|\n");
    for (TargetResult t : r.targets()) {
      String band = t.sense() + " " + shortValue(t.value(), t.unit())
          + (t.tolerance() > 0 ? " ± " + Fmt.num(t.tolerance() * 100, 0) + " %" : "");
      String last = t.status() == TargetStatus.MISSED && t.extraCostCny() != null
          ? Fmt.num(t.extraCostCny() / 1e8, 2) + " 亿元/yr"
          : t.reach() == null ? "" : (t.status().isInfeasible() ? "reach " : t.status() == TargetStatus.MET
              ? "other plans reach " : "least favourable ") + shortValue(t.reach(), t.unit());
      sb.append("| ").append(t.id()).append(t.source() != null ? " (" + t.source() + ")" : "").append(" | `")
          .append(t.metric()).append("` | ").append(band).append(" | ")
          .append(t.achieved() == null ? "n/a" : shortValue(t.achieved(), t.unit())).append(" | **")
          .append(t.status().label()).append("** | ").append(last).append(" |\n");
    }
    sb.append('\n');
    for (TargetResult t : r.targets()) {
      if (t.arithmetic() != null || !t.limits().isEmpty()) {
        sb.append("- **").append(t.id()).append("** ").append(t.status().label()).append(": ").append(t.note());
        if (t.arithmetic() != null) {
          sb.append("; ").append(arithmetic(t.arithmetic()));
        }
        sb.append('\n');
        markdownLimits(sb, t.limits());
      }
    }
    if (r.joint() != null) {
      sb.append("- Together 同时满足: ").append(r.joint().note()).append('\n');
    }
    if (r.conflicts().isEmpty()) {
      sb.append("- Conflicts 目标冲突: none\n");
    }
    for (Conflict c : r.conflicts()) {
      sb.append("- Conflict 目标冲突, ").append(c.kind()).append(": ").append(c.note());
      if (c.arithmetic() != null) {
        sb.append("; ").append(arithmetic(c.arithmetic()));
      }
      sb.append('\n');
      markdownLimits(sb, c.limits());
    }
    return sb.toString();
  }

  private static void markdownLimits(StringBuilder sb, List<Limit> limits) {
    for (int k = 0; k < Math.min(limits.size(), MAX_LIMITS); k++) {
      sb.append("  - `").append(limits.get(k).path()).append("`").append(limit(limits.get(k))
          .substring(limits.get(k).path().length())).append('\n');
    }
    if (limits.size() > MAX_LIMITS) {
      sb.append("  - and ").append(limits.size() - MAX_LIMITS).append(" more\n");
    }
  }

  /** One row per target, then one per conflict, in domain units (see {@link TargetReport}). */
  public static void writeCsv(TargetReport r, Writer w) throws IOException {
    try (CsvRows csv = CsvRows.on(w)) {
      csv.header("kind", "id", "name", "metric", "sense", "value", "tolerance", "unit", "source", "achieved",
          "gap", "gap_percent", "status", "extra_cost_cny", "unserved_increase_mwh", "reach", "arithmetic", "limits",
          "note");
      for (TargetResult t : r.targets()) {
        csv.row("target", t.id(), t.name(), t.metric(), t.sense(), t.value(), t.tolerance(), t.unit(),
            t.source(), t.achieved(), t.gap(), t.gapPercent(), t.status().name(), t.extraCostCny(),
            t.unservedIncreaseMwh(), t.reach(), t.arithmetic() == null ? null : arithmetic(t.arithmetic()),
            limitsText(t.limits()), t.note());
      }
      if (r.joint() != null) {
        csv.row("joint", String.join(" ", r.joint().targetIds()), null, null, null, null, null, null, null,
            null, null, null, r.joint().status(), r.joint().extraCostCny(), null, null, null, null, r.joint().note());
      }
      for (Conflict c : r.conflicts()) {
        csv.row("conflict", String.join(" ", c.targetIds()), null, null, null, null, null, null, null, null,
            null, null, "CONFLICT_" + c.kind(), null, null, null,
            c.arithmetic() == null ? null : arithmetic(c.arithmetic()), limitsText(c.limits()),
            c.method() + ": " + c.note());
      }
    }
  }

  private static String limitsText(List<Limit> limits) {
    return limits.isEmpty() ? null : String.join("; ", limits.stream().map(TargetTable::limit).toList());
  }
}
