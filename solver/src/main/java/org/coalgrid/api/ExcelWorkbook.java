package org.coalgrid.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
    write(HtmlReport.Case.of(s, null, null), s.result(), file);
  }

  /**
   * Writes the workbook of a report case (for instance one read with {@link HtmlReport.Case#ofFile}), through a
   * temporary file in the same directory, renamed when complete.
   *
   * @throws IOException if it cannot be written; then no file is left behind
   */
  public static void write(HtmlReport.Case c, Path file) throws IOException {
    write(c, null, file);
  }

  private static void write(HtmlReport.Case c, org.coalgrid.result.AllocationResult result, Path file)
      throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = AtomicOutput.newTemporary(dir, file.getFileName().toString());
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        XlsxWorkbook.write(c.view(), result, out);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
