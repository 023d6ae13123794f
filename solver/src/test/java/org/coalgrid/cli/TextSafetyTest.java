package org.coalgrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.coalgrid.api.ExitCodes;
import org.coalgrid.output.SafeText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names are data: a name with a control character (NUL, ESC with a terminal sequence, BEL, DEL, a C1 control, a
 * bidirectional override) reaches neither the terminal nor a CSV or Markdown file raw; it is written escaped
 * ({@code \u001b}). A lone UTF-16 surrogate is not a character and is refused with its JSON path.
 */
class TextSafetyTest {
  @TempDir
  Path tmp;

  /** Every kind of control character a name can carry, after a plain word. */
  private static final String NASTY = "\"hydro\\u0000\\u001b[2J\\u0007\\u007f\\u009b31m\\u202eevil\\u2028x\"";

  @Test
  void namesWithControlCharactersAreEscapedOnTheConsoleAndInEveryTextFile() throws Exception {
    Path out = tmp.resolve("out");
    Path targets = tmp.resolve("targets.csv");
    Cli r = Cli.run("solve", Cli.instance("tutorial.json"), "--explain", "--out", out.toString(),
        "--set", "plants.wujiang-hydro.name=" + NASTY);
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("hydro\\u0000\\u001b[2J\\u0007\\u007f\\u009b31m\\u202eevil\\u2028x"), r.out());
    assertClean("stdout", r.out());
    assertClean("stderr", r.err());
    Cli t = Cli.run("check-targets", Cli.instance("tutorial.json"), "--out", targets.toString(),
        "--set", "targets.smelter-output.name=" + NASTY);
    assertEquals(0, t.exitCode(), t.err());
    assertClean("stdout", t.out());
    assertTrue(Files.readString(targets).contains("hydro\\u0000\\u001b[2J"));
    try (Stream<Path> s = Stream.concat(Files.list(out), Stream.of(targets))) {
      for (Path f : s.filter(p -> p.toString().matches(".*\\.(csv|md)$")).toList()) {
        assertClean(f.toString(), Files.readString(f));
      }
    }
    // JSON keeps the name exactly, escaped the JSON way
    assertTrue(Files.readString(out.resolve("explain.json")).contains("hydro\\u0000\\u001B[2J"));
  }

  @Test
  void aLoneSurrogateIsAnInputErrorWithItsPath() {
    Cli r = Cli.run("solve", Cli.instance("tutorial.json"), "--out", tmp.resolve("out").toString(),
        "--set", "plants.pannan.name=\"half \\ud83d of an emoji\"");
    assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
    assertTrue(r.err().contains("  $.plants[2].name: the text holds a lone UTF-16 surrogate \\ud83d, half of a "
        + "character pair and no character by itself; write the whole character or remove it"), r.err());
    assertFalse(Files.exists(tmp.resolve("out")));
    Cli whole = Cli.run("validate", Cli.instance("tutorial.json"), "--set", "plants.pannan.name=\"\\ud83d\\ude00\"");
    assertEquals(0, whole.exitCode(), "a whole pair is a character: " + whole.err());
  }

  @Test
  void theFilterKeepsPairsWholeAcrossWritesAndLeavesPlainTextAlone() throws Exception {
    StringWriter sw = new StringWriter();
    try (Writer w = SafeText.filter(sw)) {
      w.write("煤电铝 \uD83D");
      w.write("\uDE00 ok\n\ttab\r");
      w.write("\u001b");
      w.write("\uDC00");
    }
    assertEquals("煤电铝 \uD83D\uDE00 ok\n\ttab\r\\u001b\\udc00", sw.toString());
    assertEquals("plain 万千瓦", SafeText.escape("plain 万千瓦"));
  }

  /** No character below U+0020 except line feed, carriage return and tab; no DEL, C1, bidi or separator. */
  private static void assertClean(String where, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean bad = (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7f && c <= 0x9f)
          || (c >= 0x202a && c <= 0x202e) || c == 0x2028 || c == 0x2029;
      assertFalse(bad, where + ": raw U+" + String.format("%04X", (int) c) + " at " + i);
    }
  }
}
