package org.coalgrid.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coalgrid.generate.InstanceGenerator;
import org.coalgrid.generate.InstanceGenerator.Size;

/**
 * Benchmark instances by name: a named generated size {@code S}, {@code M}, {@code L}, {@code XL} (LP, seed 1),
 * the same with {@code -mip} (MILP), {@code R<n>} for {@code n} regions at the sizes' 24 periods (e.g. {@code R276},
 * the CI suite's mid-size LP of about 305,000 nonzeros), or a shipped instance by file name without {@code .json}
 * ({@code tutorial}, {@code guizhou-2015}, ...). Generated files are cached in {@code -Dcoalgrid.bench.dir}
 * (default {@code ${java.io.tmpdir}/coalgrid-bench}); generation is deterministic, so a cached file is the file.
 */
public final class BenchInstances {
  /** Seed of every generated benchmark instance. */
  public static final long SEED = 1;

  private BenchInstances() {}

  public static Path resolve(String name) throws IOException {
    boolean mip = name.endsWith("-mip");
    String base = mip ? name.substring(0, name.length() - 4) : name;
    Size size = null;
    for (Size s : Size.values()) {
      if (s.name().equals(base)) {
        size = s;
      }
    }
    if (size == null && name.endsWith(".json") && Files.isRegularFile(Path.of(name))) {
      return Path.of(name); // an instance file, e.g. one bench/time-scaling generated
    }
    if (size == null && !base.matches("R[1-9][0-9]{0,4}")) {
      Path shipped = repo().resolve("instances").resolve(name + ".json");
      if (!Files.isRegularFile(shipped)) {
        throw new IOException("unknown benchmark instance '" + name + "': neither a size (S, M, L, XL or "
            + "R<regions>, with optional -mip) nor " + shipped);
      }
      return shipped;
    }
    InstanceGenerator.Spec spec;
    if (size != null) {
      spec = size.spec(SEED, mip);
    } else {
      spec = new InstanceGenerator.Spec(Integer.parseInt(base.substring(1)), Size.PERIODS, SEED, mip);
    }
    Path dir = Path.of(System.getProperty("coalgrid.bench.dir",
        Path.of(System.getProperty("java.io.tmpdir"), "coalgrid-bench").toString()));
    Files.createDirectories(dir);
    Path file = dir.resolve(spec.label() + ".json");
    if (!Files.isRegularFile(file)) {
      InstanceGenerator.write(spec, file);
    }
    return file;
  }

  /** The repository root: {@code -Dcoalgrid.repo}, else the working directory or its parent with instances/. */
  public static Path repo() {
    String p = System.getProperty("coalgrid.repo");
    if (p != null) {
      return Path.of(p).toAbsolutePath().normalize();
    }
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("instances")) ? here : here.getParent();
  }
}
