package org.coalgrid.output;

import com.fasterxml.jackson.databind.JsonNode;
import org.coalgrid.io.ProvenanceReport;
import org.coalgrid.io.ProvenanceReport.Origin;
import org.coalgrid.words.Fmt;

/** {@code validate --provenance}: where an instance's numbers come from, and every number without a source. */
public final class ProvenanceText {
  private ProvenanceText() {}

  /** A Markdown table row: file, numbers, then count and share of each origin. */
  public static String markdownRow(String file, JsonNode tree) {
    ProvenanceReport r = ProvenanceReport.of(tree);
    StringBuilder sb = new StringBuilder("| `").append(file).append("` | ").append(String.format("%,d", r.total()));
    for (Origin o : Origin.values()) {
      sb.append(" | ").append(String.format("%,d", r.count(o))).append(" (")
          .append(r.total() == 0 ? "0" : Fmt.num(100.0 * r.count(o) / r.total(), 0)).append(" %)");
    }
    return sb.append(" |").toString();
  }

  /** The counts by origin in one line, then each unsourced number's JSON path, one per line. */
  public static String render(JsonNode tree) {
    ProvenanceReport r = ProvenanceReport.of(tree);
    StringBuilder sb = new StringBuilder("Provenance 数据来源: ").append(String.format("%,d", r.total()))
        .append(" numbers: ");
    int k = 0;
    for (Origin o : Origin.values()) {
      sb.append(k++ == 0 ? "" : ", ").append(String.format("%,d", r.count(o))).append(' ').append(o.words())
          .append(" (").append(r.total() == 0 ? "0.0" : Fmt.num(100.0 * r.count(o) / r.total(), 1)).append(" %)");
    }
    sb.append('\n');
    if (r.unsourced().isEmpty()) {
      sb.append("Every number cites a seed, an external reference or an assumption.\n");
    } else {
      sb.append("Numbers without a source or note (").append(r.unsourced().size()).append("):\n");
      r.unsourced().forEach(p -> sb.append("  ").append(p).append('\n'));
    }
    return sb.toString();
  }
}
