package org.coalgrid.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.coalgrid.words.Fmt;
import org.coalgrid.output.TargetTable;
import org.coalgrid.targets.TargetReport;
import org.coalgrid.targets.TargetReport.TargetResult;

/**
 * The plan's own targets checked against the least-cost plan ({@code coalgrid check-targets}): status, target,
 * achieved, gap and the extra cost of forcing a missed one, in planner units; conflicts listed below. Present
 * only when the instance has targets and they were checked.
 */
final class TargetsTable {
  static final String ID = "targets";

  private TargetsTable() {}

  static Chart build(CaseView v) {
    TargetReport r = v.targets();
    ObjectNode d = CaseView.node();
    ArrayNode cols = d.putArray("columns");
    for (String c : new String[] {"Target 目标", "Status 状态", "Target value 目标值", "Achieved 实现值", "Gap 差距",
        "Extra cost 额外成本", "Note"}) {
      cols.add(c);
    }
    ArrayNode rows = d.putArray("rows");
    for (TargetResult t : r.targets()) {
      ArrayNode row = rows.addObject().put("status", t.status().name()).put("id", t.id())
          .put("metric", t.metric()).put("value", t.value()).put("unit", t.unit())
          .putPOJO("achieved", t.achieved()).putArray("cells");
      row.add(t.id() + (t.name() != null ? ": " + t.name() : "") + " [" + t.metric() + "]");
      row.add(t.status().label());
      row.add(t.sense() + " " + TargetTable.value(t.value(), t.unit())
          + (t.tolerance() > 0 ? " ± " + Fmt.num(t.tolerance() * 100, 1) + " %" : ""));
      row.add(TargetTable.value(t.achieved(), t.unit()));
      row.add(t.gap() == null ? "n/a" : TargetTable.signed(t.gap(), g -> TargetTable.value(g, t.unit()))
          + (t.gapPercent() != null ? " (" + TargetTable.gapPercent(t.gapPercent()) + ")" : ""));
      row.add(t.extraCostCny() == null ? "" : Fmt.money(t.extraCostCny()) + " per year");
      row.add(t.note() == null ? "" : t.note());
    }
    ArrayNode notes = d.putArray("notes");
    r.conflicts().forEach(c -> notes.add("Conflict 目标冲突: " + String.join(", ", c.targetIds()) + " cannot be met "
        + "together" + (c.note() != null && !c.note().isEmpty() ? " (" + c.note() + ")" : "")));
    if (r.joint() != null) {
      notes.add("Together 同时满足: " + r.joint().status() + (r.joint().note() != null ? " - " + r.joint().note() : ""));
    }
    return new Chart(ID, "table", "Plan targets", "规划目标", "",
        r.countMet() + " met, " + r.count(org.coalgrid.targets.TargetStatus.MISSED)
            + " missed, " + r.countInfeasible() + " infeasible of "
            + r.targets().size() + " targets (" + r.solves() + " solves; definitions in docs/targets.md).", d);
  }
}
