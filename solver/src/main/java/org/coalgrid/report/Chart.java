package org.coalgrid.report;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One chart of the report: {@code id} (also the HTML element id and the screenshot name), the renderer
 * {@code kind} ({@code sankey}, {@code periods}, {@code dayprices}, {@code spread}, {@code heatmap}, {@code network},
 * {@code bars}, {@code table}, {@code message}), English and Chinese titles, the unit of its values (as written in the solution: t, MWh, MW,
 * CNY...), a note shown under it, and the renderer's data.
 */
public record Chart(String id, String kind, String titleEn, String titleZh, String unit, String note,
    ObjectNode data) {

  /** A chart that only says why it is empty (e.g. prices not certified). */
  public static Chart message(String id, String titleEn, String titleZh, String text) {
    ObjectNode d = CaseView.node();
    d.put("text", text);
    return new Chart(id, "message", titleEn, titleZh, "", "", d);
  }
}
