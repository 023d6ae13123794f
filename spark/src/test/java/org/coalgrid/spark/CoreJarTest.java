package org.coalgrid.spark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The core jar (solver/target/coalgrid.jar, built before this module) does not carry Spark: no Spark, Scala,
 * Hadoop or Parquet classes, and its size stays under a bound (57.5 MB when spark/ was added; Spark's dependencies
 * would add over 200 MB).
 */
class CoreJarTest {
  /** The bound on the core jar, bytes. */
  static final long MAX_BYTES = 64L << 20;

  @Test
  void theCoreJarHasNoSparkAndStaysSmall() throws Exception {
    Path jar = Path.of(System.getProperty("coalgrid.repo", "..")).resolve("solver/target/coalgrid.jar");
    assertTrue(Files.isRegularFile(jar), jar + " is missing: build the solver module first (mvn -B package)");
    long size = Files.size(jar);
    assertTrue(size < MAX_BYTES, "coalgrid.jar is " + size + " bytes, over " + MAX_BYTES);
    try (ZipFile z = new ZipFile(jar.toFile())) {
      List<String> foreign = z.stream().map(e -> e.getName()).filter(n -> n.startsWith("org/apache/spark/")
          || n.startsWith("scala/") || n.startsWith("org/apache/hadoop/") || n.startsWith("org/apache/parquet/"))
          .limit(5).toList();
      assertTrue(foreign.isEmpty(), "the core jar carries " + foreign);
      assertTrue(z.getEntry("org/coalgrid/batch/EmbeddedBatch.class") != null, "the core jar has the batch runner");
    }
  }
}
