package org.coalgrid.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A JSON path names a plain key with a dot and quotes any other key, exactly as the regex rule says. */
class PathsTest {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  @Test
  void plainKeysAreThoseOfTheRegexRule() {
    for (String k : new String[] {"", "a", "Z", "_", "_9", "a9_b", "9a", "a-b", "a b", "a.b", "贵州", "aé", "x\"y",
        "a\n", "mwByPeriod", "A_1", "1", "a[0]"}) {
      assertEquals(PLAIN.matcher(k).matches(), Paths.plain(k), "'" + k + "'");
    }
    assertEquals("$.plants", Paths.key("$", "plants"));
    assertEquals("$.d[\"peak-1\"]", Paths.key("$.d", "peak-1"));
    assertEquals("$[\"\"]", Paths.key("$", ""));
    assertEquals("$[\"a\\\"b\"]", Paths.key("$", "a\"b"));
  }
}
