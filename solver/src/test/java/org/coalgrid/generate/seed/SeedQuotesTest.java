package org.coalgrid.generate.seed;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.coalgrid.cli.Cli;
import org.coalgrid.domain.SourceRef;
import org.junit.jupiter.api.Test;

/**
 * Every seed quote in {@code instances/sources/seed-facts.json} occurs verbatim in its seed file. The seeds are not part of
 * the repository; they sit beside it as {@code ../shared/seeds} (as in CI), and the test is skipped without them.
 */
class SeedQuotesTest {

  @Test
  void everySeedQuoteIsVerbatimInItsSeedFile() throws IOException {
    Path seeds = Cli.repo().resolve("../shared/seeds").normalize();
    assumeTrue(Files.isDirectory(seeds), "seed files not beside the repository: " + seeds);
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (SourceRef s : SourceTable.read(Cli.repo().resolve("instances")).all().values()) {
      if (s.external() || s.file() == null || !s.file().matches("\\d{3}_[0-9a-f]{16}\\.txt")) {
        continue; // external values and derived values (seed-facts.md) have no seed quote
      }
      String text = Files.readString(seeds.resolve(s.file()), StandardCharsets.UTF_8);
      if (!text.contains(s.quote())) {
        missing.add(s.id() + " (" + s.file() + "): " + s.quote());
      }
      checked++;
    }
    assertTrue(checked > 100, "only " + checked + " seed quotes checked");
    assertTrue(missing.isEmpty(), "quotes not found verbatim in their seed: " + missing);
  }
}
