package org.coalgrid.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coalgrid.cli.Cli;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code solve --out DIR --xlsx FILE}: the workbook read back with POI holds every CSV table of DIR as a sheet, the
 * same columns in the same order (with a name column after each id column), every value equal (numbers as
 * numbers), a units row, a frozen header, number formats, and the Chinese names intact.
 */
class XlsxWorkbookTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"tutorial.json", "guiyang-2010.json"})
  void workbookEqualsTheCsvTables(String name) throws Exception {
    Path out = dir.resolve("out");
    Path xlsx = dir.resolve("t.xlsx");
    Cli r = Cli.run("solve", Cli.instance(name), "--quiet", "--out", out.toString(), "--xlsx", xlsx.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("Wrote " + xlsx), r.out());
    List<Path> csvs;
    try (Stream<Path> s = Files.list(out)) {
      csvs = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
    assertTrue(csvs.size() >= 12);
    try (InputStream in = Files.newInputStream(xlsx); Workbook wb = new XSSFWorkbook(in)) {
      assertEquals("about", wb.getSheetName(0));
      assertEquals(csvs.size() + 1, wb.getNumberOfSheets());
      boolean chinese = false;
      for (Path csv : csvs) {
        String sheetName = csv.getFileName().toString().replace(".csv", "");
        Sheet sheet = wb.getSheet(sheetName);
        assertNotNull(sheet, "sheet " + sheetName);
        assertNotNull(sheet.getPaneInformation(), sheetName + " has frozen panes");
        assertTrue(sheet.getPaneInformation().isFreezePane(), sheetName + " frozen");
        assertEquals(2, sheet.getPaneInformation().getHorizontalSplitPosition(), sheetName + " two header rows");
        List<String[]> rows = Cli.csv(csv);
        String[] header = rows.get(0);
        Row h = sheet.getRow(0);
        int[] at = new int[header.length]; // sheet column of each CSV column
        int c = 0;
        for (int k = 0; k < header.length; k++) {
          while (!h.getCell(c).getStringCellValue().equals(header[k])) {
            assertTrue(h.getCell(c).getStringCellValue().endsWith("_name"), sheetName + ": unexpected column "
                + h.getCell(c).getStringCellValue());
            c++;
          }
          at[k] = c++;
        }
        assertEquals(rows.size() + 1, sheet.getLastRowNum() + 1, sheetName + " rows (CSV rows + units row)");
        for (int i = 1; i < rows.size(); i++) {
          Row row = sheet.getRow(i + 1);
          for (int k = 0; k < header.length; k++) {
            String v = k < rows.get(i).length ? rows.get(i)[k] : "";
            Cell cell = row.getCell(at[k]);
            if (v.isEmpty()) {
              assertTrue(cell == null || cell.getCellType() == CellType.BLANK, sheetName + " row " + i + " " + header[k]);
            } else if (cell.getCellType() == CellType.NUMERIC) {
              assertEquals(Double.parseDouble(v), cell.getNumericCellValue(), 0, sheetName + " " + header[k]);
              assertNotEquals("General", cell.getCellStyle().getDataFormatString(), sheetName + " " + header[k]);
            } else {
              assertEquals(v, cell.getStringCellValue(), sheetName + " row " + i + " " + header[k]);
            }
          }
          for (Cell cell : row) {
            chinese |= cell.getCellType() == CellType.STRING && cell.getStringCellValue().matches(".*\\p{IsHan}.*");
          }
        }
        // units: a column named *_t is in t, *_mwh in MWh
        for (int k = 0; k < header.length; k++) {
          String unit = sheet.getRow(1).getCell(at[k]).getStringCellValue();
          if (header[k].endsWith("_mwh") && !header[k].contains("_per_") && rows.size() > 1) {
            assertEquals("MWh", unit, sheetName + " " + header[k]);
          }
        }
      }
      assertTrue(chinese, "Chinese names survive in the workbook");
      Sheet about = wb.getSheet("about");
      assertTrue(about.getRow(0).getCell(1).getStringCellValue().contains(name));
    }
  }
}
