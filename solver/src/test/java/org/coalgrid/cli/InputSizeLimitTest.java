package org.coalgrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coalgrid.api.ExitCodes;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.io.LoadedInstance;
import org.coalgrid.io.Resources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files too large or oddly encoded, generated at test time (the repository stores none of them): a 200 MB
 * instance is refused by size before it is read; one just under the limit reads; a UTF-8 byte-order mark
 * is accepted.
 */
class InputSizeLimitTest {
  @TempDir
  Path tmp;

  @Test
  void a200MbFileIsRefusedBeforeItIsRead() throws IOException {
    Path big = tmp.resolve("huge.json");
    long written = writeInstanceWithMines(big, 200L << 20);
    assertTrue(written >= 200L << 20);
    Path out = tmp.resolve("out");
    Cli r = Cli.run("solve", big.toString(), "--out", out.toString());
    assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
    assertTrue(r.err().contains("$: the file is 200 MiB; instance files over 64 MiB are refused"), r.err());
    BadInputCliTest.assertNoStackTrace(r);
    assertFalse(Files.exists(out));
    assertEquals("", r.out());
  }

  @Test
  void aFileJustUnderTheLimitReads() throws Exception {
    Path large = tmp.resolve("large.json");
    long written = writeInstanceWithMines(large, InstanceReader.MAX_FILE_BYTES - (1 << 20));
    assertTrue(written < InstanceReader.MAX_FILE_BYTES);
    LoadedInstance li = InstanceReader.read(large);
    assertTrue(li.instance().mines().size() > 100_000, "mines: " + li.instance().mines().size());
  }

  @Test
  void aUtf8ByteOrderMarkIsAccepted() throws Exception {
    byte[] plain = Files.readAllBytes(Resources.dir("good").resolve("minimal.json"));
    byte[] bom = new byte[plain.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(plain, 0, bom, 3, plain.length);
    Path f = tmp.resolve("bom.json");
    Files.write(f, bom);
    Cli r = Cli.run("validate", f.toString());
    assertEquals(0, r.exitCode(), r.err());
  }

  /**
   * The minimal instance with mines added until the file holds at least {@code bytes}; returns the size.
   * Every mine is valid, so only the size can make the file unacceptable.
   */
  static long writeInstanceWithMines(Path file, long bytes) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("{\"meta\": {\"name\": \"large\", \"year\": 2025},\n"
          + "\"periods\": [{\"id\": \"year\", \"hours\": 8760}],\n"
          + "\"regions\": [{\"id\": \"bijie\", \"name\": \"Bijie\"}],\n"
          + "\"coalGrades\": [{\"id\": \"steam\", \"name\": \"steam coal\", \"tcePerT\": 0.71}],\n"
          + "\"plants\": [{\"id\": \"p1\", \"region\": \"bijie\", \"type\": \"COAL\", \"capacityMw\": 1200, "
          + "\"heatRateGcePerKwh\": 305, \"grades\": [\"steam\"]}],\n"
          + "\"demands\": [{\"id\": \"d1\", \"region\": \"bijie\", \"mw\": 600}],\n"
          + "\"mines\": [\n");
      long size = 400;
      String tail = "\n]}\n";
      for (int i = 0; size + tail.length() < bytes; i++) {
        String mine = (i == 0 ? "" : ",\n") + "{\"id\": \"m" + i + "\", \"region\": \"bijie\", \"grade\": \"steam\", "
            + "\"capacityT\": 100000, \"costCnyPerT\": 420}";
        w.write(mine);
        size += mine.length();
      }
      w.write(tail);
    }
    return Files.size(file);
  }
}
