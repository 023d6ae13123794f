package org.coalgrid.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.coalgrid.output.AtomicOutput;
import org.coalgrid.report.XlsxWorkbook;

/**
 * The solution's tables as an Excel workbook ({@code --xlsx FILE} on {@code solve} and {@code report}): a sheet
 * "about" with the case and its headline figures, then one sheet per CSV table of {@code solve --out}, the same
 * rows and values, with a header row of column names and one of units (both frozen), the readable name beside
 * every id, and number formats by unit. Stateless; thread-safe.
 * <pre>{@code
 * ExcelWorkbook.write(coalgrid.solve(plan), Path.of("tutorial.xlsx"));
 * }</pre>
 */
public final class ExcelWorkbook {
  private ExcelWorkbook() {}

  /** Writes the workbook of a verified solution. */
  public static void write(Solution s, Path file) throws IOException {
    AtomicOutput.writeBinaryFile(file, out -> write(s, out));
  }

  /** Writes the workbook of a verified solution to {@code out} (left open). */
  public static void write(Solution s, OutputStream out) throws IOException {
    XlsxWorkbook.write(HtmlReport.Case.of(s, null, null).view(), s.result(), out);
  }

  /**
   * Writes the workbook of a report case (for instance one read with {@link HtmlReport.Case#ofFile}), through a
   * staging file beside it, renamed when complete.
   *
   * @throws IOException if it cannot be written; then no file is left behind
   */
  public static void write(HtmlReport.Case c, Path file) throws IOException {
    AtomicOutput.writeBinaryFile(file, out -> write(c, out));
  }

  /** Writes the workbook of a report case to {@code out} (left open). */
  public static void write(HtmlReport.Case c, OutputStream out) throws IOException {
    XlsxWorkbook.write(c.view(), null, out);
  }
}
