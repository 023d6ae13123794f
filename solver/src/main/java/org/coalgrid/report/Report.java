package org.coalgrid.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.coalgrid.Version;
import org.coalgrid.output.ConsoleSummary;
import org.coalgrid.whatif.Comparison;
import org.coalgrid.whatif.Comparison.Change;

/**
 * The data of a report page: one case, or two side by side (A and B) with their differences. The charts of a
 * case, in page order, are {@link #CHARTS}; a new chart (per representative day, per pathway year, a scenario
 * spread) is one more entry here and, if it needs a new kind of drawing, one more renderer in
 * {@code report.js}. Stateless and thread-safe.
 */
public final class Report {
  /** Format id of the embedded data; bump when its shape changes incompatibly. */
  public static final String FORMAT = "coalgrid-report/1";

  /** Chart builders of a case, in page order; a builder returns null for a chart that does not apply. */
  static final List<Function<CaseView, Chart>> CHARTS = List.of(
      CoalSankey::build,
      PowerSankey::build,
      GenerationChart::build,
      DayCharts::storage,
      PriceMaps::electricity,
      DayCharts::prices,
      PriceMaps::coal,
      NetworkMap::build,
      BindingCaps::build);

  private Report() {}

  /** The page data of one case. */
  public static ObjectNode single(CaseView c) {
    ObjectNode d = header("single");
    d.putArray("cases").add(caseData(c));
    return d;
  }

  /**
   * The page data of two cases side by side, with the solution fields that changed beyond the tolerances
   * ({@link Comparison#solutions}, in the field's own unit and relative to max(|A|, |B|)).
   */
  public static ObjectNode compare(CaseView a, CaseView b, double absTol, double relTol) {
    ObjectNode d = header("compare");
    d.putArray("cases").add(caseData(a)).add(caseData(b));
    List<Change> changes = new ArrayList<>(Comparison.solutions(a.solution(), b.solution(), absTol, relTol));
    d.set("kpiDiffs", Kpis.diff(a, b, absTol, relTol));
    ObjectNode cmp = d.putObject("comparison");
    cmp.put("absTol", absTol).put("relTol", relTol).put("count", changes.size());
    ArrayNode rows = cmp.putArray("changes");
    for (Change ch : changes) {
      ObjectNode r = rows.addObject().put("section", ch.section()).put("key", ch.key()).put("unit", ch.unit());
      putNumberOrText(r, "a", ch.a(), ch.aText());
      putNumberOrText(r, "b", ch.b(), ch.bText());
      r.put("delta", ch.delta()).put("relative", ch.relative());
    }
    return d;
  }

  private static void putNumberOrText(ObjectNode r, String field, Double value, String text) {
    if (value != null) {
      r.put(field, value);
    } else {
      r.put(field, text);
    }
  }

  /** The top of the page data: format, mode ({@code single}, {@code compare}, {@code pathway}, {@code scenarios}), versions. */
  static ObjectNode header(String mode) {
    ObjectNode d = CaseView.node();
    d.put("format", FORMAT).put("mode", mode).put("coalgridVersion", Version.coalgrid())
        .put("echartsVersion", ReportPage.echartsVersion());
    return d;
  }

  static ObjectNode caseData(CaseView c) {
    JsonNode sol = c.solution();
    ObjectNode d = CaseView.node();
    d.put("label", c.label()).put("instance", c.instance().meta().name()).put("year", c.instance().meta().year())
        .put("status", sol.path("status").asText()).put("statusWords", ConsoleSummary.statusWords(
            sol.path("status").asText()))
        .put("objectiveMode", sol.path("objectiveMode").asText().toLowerCase())
        .put("solver", sol.path("solver").path("backend").asText());
    if (sol.has("scenario") && sol.get("scenario").size() > 0) {
      ArrayNode sets = d.putArray("whatIf");
      sol.get("scenario").forEach(s -> sets.add(s.path("set").asText()));
    }
    d.set("kpis", Kpis.build(c));
    List<Chart> list = new ArrayList<>();
    for (Function<CaseView, Chart> b : CHARTS) {
      Chart ch = b.apply(c);
      if (ch != null) {
        list.add(ch);
      }
    }
    if (c.targets() != null && !c.targets().targets().isEmpty()) {
      list.add(TargetsTable.build(c));
    }
    putCharts(d, list);
    return d;
  }

  /** The charts of a case, in page order, as its {@code charts} array. */
  static void putCharts(ObjectNode caseNode, List<Chart> list) {
    ArrayNode charts = caseNode.putArray("charts");
    for (Chart ch : list) {
      ObjectNode o = charts.addObject().put("id", ch.id()).put("kind", ch.kind()).put("titleEn", ch.titleEn())
          .put("titleZh", ch.titleZh()).put("unit", ch.unit()).put("note", ch.note());
      o.set("data", ch.data());
    }
  }
}
