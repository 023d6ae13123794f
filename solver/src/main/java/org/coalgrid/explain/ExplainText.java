package org.coalgrid.explain;

import java.util.ArrayList;
import java.util.List;
import org.coalgrid.words.Fmt;
import org.coalgrid.repair.RepairText;

/**
 * An {@link Explanation} as Markdown that reads well in a terminal too (the console output of
 * {@code coalgrid explain} and explain.md are the same text): status, what binds (ranked), price tables.
 */
public final class ExplainText {
  /** Findings printed in full; the rest are counted (all are in explain.json). */
  static final int MAX_FINDINGS = 15;

  private ExplainText() {}

  public static String render(Explanation e) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Why the answer is what it is: ").append(e.instance()).append("\n\n");
    sb.append("Status: ").append(e.status()).append(" - ").append(e.statusWords()).append('\n');
    if (e.objectiveCny() != null) {
      sb.append("System cost: ").append(Fmt.money(e.objectiveCny())).append(" per year\n");
    }
    if (e.repair() != null) {
      sb.append("\n## Infeasibility repair\n\n").append(RepairText.render(e.repair()));
    }
    if (e.objectiveCny() == null) {
      return sb.toString();
    }
    if (!e.pricesAvailable()) {
      sb.append("\nPrices and shadow prices are not available: ").append(e.pricesNote()).append('\n');
      return sb.toString();
    }
    sb.append("Prices: ").append(e.pricesSource()).append(", checked by the dual certificate.\n");
    sb.append("\n## What binds, most valuable first\n\n");
    if (e.findings().isEmpty()) {
      sb.append("Nothing binds: no cap, policy or obligation has a nonzero shadow price.\n");
    }
    for (Explanation.Finding f : e.findings().subList(0, Math.min(MAX_FINDINGS, e.findings().size()))) {
      sb.append(f.rank()).append(". ").append(f.text()).append('\n');
    }
    if (e.findings().size() > MAX_FINDINGS) {
      sb.append("... and ").append(e.findings().size() - MAX_FINDINGS).append(" more in explain.json\n");
    }
    table(sb, "Electricity price 电价 (CNY/MWh) by period and region", e.electricityCnyPerMwh(), 1);
    if (e.dayShape() != null) {
      sb.append(e.dayShape().render());
    }
    table(sb, "Coal price 煤价 (CNY/t) by region and grade", e.coalCnyPerT(), 1);
    table(sb, "Heat price 热价 (CNY/GJ) by period and region", e.heatCnyPerGj(), 2);
    if (e.congestionRentCnyPerMwh().isEmpty()) {
      sb.append("\n## Congestion rent 阻塞租金 (CNY/MWh)\n\nNo corridor is congested in any period.\n");
    } else {
      table(sb, "Congestion rent 阻塞租金 (CNY/MWh) by period and congested line", e.congestionRentCnyPerMwh(), 1);
    }
    return sb.toString();
  }

  /** A Markdown table, columns padded to equal width (CJK counted double), numbers right-aligned. */
  static void table(StringBuilder sb, String title, Explanation.Table t, int decimals) {
    if (t.isEmpty()) {
      return;
    }
    sb.append("\n## ").append(title).append("\n\n");
    List<List<String>> cells = new ArrayList<>();
    List<String> head = new ArrayList<>();
    head.add(t.rowHeader());
    head.addAll(t.columns());
    cells.add(head);
    for (Explanation.Table.Row row : t.rows()) {
      List<String> line = new ArrayList<>();
      line.add(row.label());
      row.values().forEach(v -> line.add(v == null ? "-" : Fmt.num(v, decimals)));
      cells.add(line);
    }
    int[] width = new int[head.size()];
    for (List<String> line : cells) {
      for (int c = 0; c < line.size(); c++) {
        width[c] = Math.max(width[c], Fmt.width(line.get(c)));
      }
    }
    for (int r = 0; r < cells.size(); r++) {
      List<String> line = cells.get(r);
      sb.append('|');
      for (int c = 0; c < line.size(); c++) {
        String s = line.get(c);
        String pad = " ".repeat(width[c] - Fmt.width(s));
        sb.append(' ').append(c == 0 || r == 0 ? s + pad : pad + s).append(" |");
      }
      sb.append('\n');
      if (r == 0) {
        sb.append('|');
        for (int c = 0; c < line.size(); c++) {
          sb.append(c == 0 ? ":" : "").append("-".repeat(width[c] + (c == 0 ? 1 : 1))).append(c == 0 ? "" : ":")
              .append('|');
        }
        sb.append('\n');
      }
    }
  }
}
