package org.coalgrid.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.coalgrid.domain.Instance;
import org.coalgrid.output.CsvTables;
import org.coalgrid.output.FileSink;
import org.coalgrid.result.AllocationResult;

/**
 * The solution's CSV tables as one Excel workbook (Apache POI, streaming): a sheet "about" with the case and
 * its headline figures, then one sheet per CSV table, in the same order and with the same rows and values.
 * Each table sheet has two frozen header rows (the CSV column names, then their units), the CSV's columns (so the
 * instance's names beside every id column, {@code region} → {@code region_name} "Liupanshui", {@code
 * region_name_zh} "六盘水"), numbers as numbers with a format by unit, and the first column frozen. A value the CSV leaves empty stays empty; a number that is not
 * finite is written as text.
 */
public final class XlsxWorkbook {
  /** Most rows Excel holds in a sheet. */
  static final int MAX_ROWS = 1_048_576;

  private XlsxWorkbook() {}

  /**
   * Writes the workbook of a case; {@code result} is the solution as records when at hand (the tables' rows
   * then come in the order {@code solve --out} writes them), else null to read it from the case's tree.
   */
  public static void write(CaseView c, AllocationResult result, OutputStream out) throws IOException {
    AllocationResult r = result != null ? result
        : org.coalgrid.output.Json.MAPPER.treeToValue(c.solution(), AllocationResult.class);
    Map<String, String> tables = new LinkedHashMap<>();
    if (c.hasSolution()) {
      FileSink sink = (name, content) -> {
        StringWriter w = new StringWriter();
        content.write(w);
        tables.put(name, w.toString());
      };
      CsvTables.writeAll(r, c.instance(), sink);
    }
    try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
      Styles st = new Styles(wb);
      about(wb, st, c);
      for (Map.Entry<String, String> t : tables.entrySet()) {
        table(wb, st, t.getKey().replaceFirst("\\.csv$", ""), t.getValue());
      }
      wb.write(out);
      wb.dispose();
    }
  }

  private static void about(SXSSFWorkbook wb, Styles st, CaseView c) {
    Sheet s = wb.createSheet("about");
    JsonNode sol = c.solution();
    Instance in = c.instance();
    String[][] head = {
        {"case 方案", c.label()}, {"instance", in.meta().name()}, {"year", Integer.toString(in.meta().year())},
        {"status 状态", sol.path("status").asText()}, {"solver", sol.path("solver").path("backend").asText()},
        {"objective mode", sol.path("objectiveMode").asText()}, {"coalgrid", sol.path("coalgridVersion").asText()},
        {"units", "as in the CSV tables: t, MWh, MW, CNY per year unless the unit row says otherwise; "
            + "the headline figures below are also given in planner units"},
        {"empty cells", "an empty cell in a numeric column means none: no limit (unbounded) or no value"}};
    int n = 0;
    for (String[] kv : head) {
      Row row = s.createRow(n++);
      cell(row, 0, kv[0], st.bold);
      cell(row, 1, kv[1], null);
    }
    n++;
    Row h = s.createRow(n++);
    String[] cols = {"figure", "指标", "value", "unit", "planner units", "solution field"};
    for (int k = 0; k < cols.length; k++) {
      cell(h, k, cols[k], st.header);
    }
    for (JsonNode k : Kpis.build(c)) {
      Row row = s.createRow(n++);
      cell(row, 0, k.get("en").asText(), null);
      cell(row, 1, k.get("zh").asText(), null);
      Cell v = row.createCell(2);
      v.setCellValue(k.get("value").asDouble());
      v.setCellStyle(st.format(unitOf(k.get("unit").asText())));
      cell(row, 3, k.get("unit").asText(), null);
      cell(row, 4, k.get("text").asText(), null);
      cell(row, 5, k.get("path").asText(), null);
    }
    s.setColumnWidth(0, 28 * 256);
    s.setColumnWidth(1, 50 * 256);
    s.setColumnWidth(2, 20 * 256);
    s.setColumnWidth(4, 36 * 256);
    s.setColumnWidth(5, 30 * 256);
  }

  private static void table(SXSSFWorkbook wb, Styles st, String name, String csv) throws IOException {
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<String[]> rows = new ArrayList<>();
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(csv)) {
      while (it.hasNext()) {
        rows.add(it.next());
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    String[] header = rows.get(0);
    boolean[] numeric = new boolean[header.length];
    for (int k = 0; k < header.length; k++) {
      numeric[k] = rows.size() > 1;
      for (int i = 1; i < rows.size() && numeric[k]; i++) {
        String v = k < rows.get(i).length ? rows.get(i)[k] : "";
        numeric[k] = v.isEmpty() || isNumber(v);
      }
    }
    Sheet s = wb.createSheet(name.length() > 31 ? name.substring(0, 31) : name);
    Row h = s.createRow(0);
    Row u = s.createRow(1);
    int[] width = new int[header.length];
    for (int c = 0; c < header.length; c++) {
      String unit = numeric[c] ? unitOf(header[c]) : "";
      cell(h, c, header[c], st.header);
      cell(u, c, unit, st.unit);
      width[c] = Math.max(header[c].length(), unit.length());
    }
    int last = Math.min(rows.size(), MAX_ROWS - 2);
    for (int i = 1; i < last; i++) {
      String[] in = rows.get(i);
      Row row = s.createRow(i + 1);
      for (int c = 0; c < header.length; c++) {
        String v = c < in.length ? in[c] : "";
        if (v.isEmpty()) {
          row.createCell(c); // empty stays empty
        } else if (numeric[c] && Double.isFinite(Double.parseDouble(v))) {
          Cell cell = row.createCell(c);
          cell.setCellValue(Double.parseDouble(v));
          cell.setCellStyle(st.format(unitOf(header[c])));
          width[c] = Math.max(width[c], 14);
        } else {
          cell(row, c, v, null);
          width[c] = Math.max(width[c], Math.min(60, v.length() + 1));
        }
      }
    }
    for (int c = 0; c < header.length; c++) {
      s.setColumnWidth(c, Math.min(255, width[c] + 2) * 256);
    }
    s.createFreezePane(1, 2);
  }

  private static boolean isNumber(String v) {
    try {
      Double.parseDouble(v);
      return !v.endsWith("d") && !v.endsWith("f") && !v.endsWith("D") && !v.endsWith("F");
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static void cell(Row row, int c, String text, CellStyle style) {
    Cell cell = row.createCell(c);
    cell.setCellValue(text);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }

  /** The unit of a CSV column, from its name's suffix ("" when it has none or is not a number). */
  static String unitOf(String column) {
    String c = "_" + column;
    String[][] suffixes = {{"_cny_per_t", "CNY/t"}, {"_cny_per_mwh", "CNY/MWh"}, {"_cny_per_yr", "CNY/yr"},
        {"_cny_per_gj", "CNY/GJ"}, {"_1pct_cny", "CNY/yr"}, {"_relaxing_cny", "CNY per unit"}, {"_cny", "CNY"},
        {"_mwh", "MWh"}, {"_mw", "MW"}, {"_tce", "tce"}, {"_gj", "GJ"}, {"_t", "t"}, {"_h", "h"},
        {"_running", "count"}, {"_share", "share"}, {"_rate", "share"}, {"relative_change", "share"},
        {"CNY/yr", "CNY/yr"}, {"t/yr", "t/yr"}, {"MWh/yr", "MWh/yr"}, {"share", "share"}, {"MW", "MW"},
        {"CNY", "CNY"}};
    for (String[] s : suffixes) {
      if (c.endsWith(s[0])) {
        return s[1];
      }
    }
    return column.equals("shadow_price") ? "see shadow_price_unit" : "";
  }

  /** Cell styles, one per number format, made once per workbook. */
  private static final class Styles {
    final SXSSFWorkbook wb;
    final CellStyle header;
    final CellStyle unit;
    final CellStyle bold;
    final Map<String, CellStyle> formats = new HashMap<>();

    Styles(SXSSFWorkbook wb) {
      this.wb = wb;
      Font b = wb.createFont();
      b.setBold(true);
      header = wb.createCellStyle();
      header.setFont(b);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      Font i = wb.createFont();
      i.setItalic(true);
      unit = wb.createCellStyle();
      unit.setFont(i);
      unit.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      unit.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      bold = wb.createCellStyle();
      bold.setFont(b);
    }

    CellStyle format(String unit) {
      String f = switch (unit) {
        case "t", "t/yr", "MWh", "MWh/yr", "tce", "GJ", "CNY", "CNY/yr", "CNY per unit" -> "#,##0";
        case "MW", "h" -> "#,##0.0";
        case "CNY/t", "CNY/MWh", "CNY/GJ" -> "#,##0.00";
        case "share" -> "0.0%";
        case "count" -> "0";
        default -> "#,##0.######";
      };
      return formats.computeIfAbsent(f, k -> {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(wb.createDataFormat().getFormat(k));
        return s;
      });
    }
  }
}
