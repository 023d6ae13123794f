package org.coalgrid.output;

import java.io.IOException;
import java.io.Writer;
import org.coalgrid.targets.TargetReport;
import org.coalgrid.targets.TargetReport.Conflict;
import org.coalgrid.targets.TargetReport.TargetResult;
import org.coalgrid.targets.TargetStatus;

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
    String s = unit.equals("share") ? Fmt.num(g * 100, 1) + " pp" : value(g, unit);
    return g > 0 && !s.startsWith("-") ? "+" + s : s;
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
      sb.append(Fmt.pad(k++ + ".", 4)).append(Fmt.pad(t.status().name(), 11)).append(t.id()).append(": ")
          .append(t.name() != null ? t.name() : "").append("  [").append(t.metric())
          .append(t.source() != null ? "; " + t.source() : "").append("]\n");
      sb.append("    target ").append(t.sense()).append(' ').append(value(t.value(), t.unit()));
      if (t.tolerance() > 0) {
        sb.append(" ± ").append(Fmt.pct(t.tolerance()));
      }
      sb.append("; achieved ").append(value(t.achieved(), t.unit())).append("; gap ").append(gap(t.gap(), t.unit()));
      if (t.gapPercent() != null) {
        sb.append(" (").append(t.gapPercent() >= 0 ? "+" : "").append(Fmt.num(t.gapPercent(), 1)).append(" %)");
      }
      sb.append('\n');
      sb.append("    ").append(t.note());
      if (t.status() == TargetStatus.MISSED && t.extraCostCny() != null) {
        sb.append(": forcing it costs ").append(Fmt.money(t.extraCostCny())).append(" more per year");
        if (t.unservedIncreaseMwh() != null && t.unservedIncreaseMwh() > 1) {
          sb.append(", with ").append(Fmt.energy(t.unservedIncreaseMwh())).append(" more unserved");
        }
      }
      sb.append('\n');
    }
    sb.append('\n').append("Summary: ").append(r.count(TargetStatus.MET)).append(" met, ")
        .append(r.count(TargetStatus.MISSED)).append(" missed, ").append(r.count(TargetStatus.INFEASIBLE))
        .append(" infeasible");
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
      sb.append(" none among the achievable targets\n");
    } else {
      sb.append('\n');
      for (Conflict c : r.conflicts()) {
        sb.append("  - ").append(c.note()).append('\n');
      }
    }
    sb.append("(").append(r.solves()).append(" solves; MET / MISSED / INFEASIBLE as defined in docs/targets.md)\n");
    return sb.toString();
  }

  /** One row per target, then one per conflict, in domain units (see {@link TargetReport}). */
  public static void writeCsv(TargetReport r, Writer w) throws IOException {
    CsvTables.header(w, "kind", "id", "name", "metric", "sense", "value", "tolerance", "unit", "source", "achieved",
        "gap", "gap_percent", "status", "extra_cost_cny", "unserved_increase_mwh", "note");
    for (TargetResult t : r.targets()) {
      CsvTables.row(w, "target", t.id(), t.name(), t.metric(), t.sense(), t.value(), t.tolerance(), t.unit(),
          t.source(), t.achieved(), t.gap(), t.gapPercent(), t.status().name(), t.extraCostCny(),
          t.unservedIncreaseMwh(), t.note());
    }
    if (r.joint() != null) {
      CsvTables.row(w, "joint", String.join(" ", r.joint().targetIds()), null, null, null, null, null, null, null,
          null, null, null, r.joint().status(), r.joint().extraCostCny(), null, r.joint().note());
    }
    for (Conflict c : r.conflicts()) {
      CsvTables.row(w, "conflict", String.join(" ", c.targetIds()), null, null, null, null, null, null, null, null,
          null, null, "CONFLICT", null, null, c.method() + ": " + c.note());
    }
  }
}
