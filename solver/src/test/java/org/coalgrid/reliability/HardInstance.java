package org.coalgrid.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * A unit-commitment and build MILP that no backend here solves to optimality within a few seconds: one
 * region, {@code plants} candidate coal plants with odd unit sizes, minimum load and commitment over
 * {@code periods} periods of uneven demand (7,000 to 13,000 MW). Deterministic for a seed.
 */
public final class HardInstance {
  private HardInstance() {}

  public static Path write(Path file, int periods, int plants, long seed) throws IOException {
    Random rnd = new Random(seed);
    int[] units = {137, 211, 263, 307, 331, 359, 419, 457, 503, 601};
    StringBuilder sb = new StringBuilder();
    sb.append("{\"meta\": {\"name\": \"hard-uc\", \"year\": 2025},\n\"periods\": [");
    for (int t = 0; t < periods; t++) {
      sb.append(t == 0 ? "" : ", ").append(String.format(Locale.ROOT, "{\"id\": \"t%d\", \"hours\": %.17g}", t,
          8760.0 / periods));
    }
    sb.append("],\n\"regions\": [{\"id\": \"r0\", \"name\": \"R0\"}],\n")
        .append("\"coalGrades\": [{\"id\": \"steam\", \"name\": \"steam coal\", \"tcePerT\": 0.71}],\n")
        .append("\"mines\": [{\"id\": \"m0\", \"region\": \"r0\", \"grade\": \"steam\", \"capacityT\": 1e9, "
            + "\"costCnyPerT\": 400}],\n\"plants\": [");
    for (int i = 0; i < plants; i++) {
      sb.append(i == 0 ? "" : ",\n").append(String.format(Locale.ROOT,
          "{\"id\": \"p%d\", \"region\": \"r0\", \"type\": \"COAL\", \"capacityMw\": 0, \"heatRateGcePerKwh\": %d, "
              + "\"grades\": [\"steam\"], \"minLoadShare\": %.2f, \"commitment\": true, \"vomCnyPerMwh\": %d, "
              + "\"build\": {\"unitMw\": %d, \"maxUnits\": %d, \"capexCnyPerMwYr\": %d}}",
          i, 280 + rnd.nextInt(121), 0.3 + 0.3 * rnd.nextDouble(), 5 + rnd.nextInt(36),
          units[rnd.nextInt(units.length)], 1 + rnd.nextInt(4), 200000 + rnd.nextInt(400001)));
    }
    sb.append("],\n\"demands\": [{\"id\": \"d0\", \"region\": \"r0\", \"mwByPeriod\": {");
    for (int t = 0; t < periods; t++) {
      double mw = 7000 + 6000.0 * ((t * 37) % periods) / periods + rnd.nextInt(1000);
      sb.append(t == 0 ? "" : ", ").append(String.format(Locale.ROOT, "\"t%d\": %.1f", t, mw));
    }
    sb.append("}}]}\n");
    return Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
  }
}
