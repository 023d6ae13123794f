package org.coalgrid.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.coalgrid.batch.BatchOutcome;
import org.coalgrid.batch.BatchSpec;
import org.coalgrid.batch.BatchSpecReader;
import org.coalgrid.batch.EmbeddedBatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped 40-case grid over tutorial.json, embedded (two worker JVMs) and on real Spark in local mode with two
 * cores: byte-identical results.csv; the Parquet table holds the same rows; a second Spark run resumes.
 */
class SparkBatchTest {
  private static SparkSession spark;

  @TempDir
  static Path tmp;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("coalgrid-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static Path repo() {
    return Path.of(System.getProperty("coalgrid.repo", "..")).toAbsolutePath().normalize();
  }

  @Test
  void fortyCasesOnSparkLocal2GiveTheEmbeddedTableByteForByte() throws Exception {
    BatchSpec spec = BatchSpecReader.read(repo().resolve("instances/batches/tutorial-grid.yaml"));
    assertEquals(40, spec.cases().size());
    Path embedded = tmp.resolve("embedded");
    Path onSpark = tmp.resolve("spark");
    BatchOutcome e = EmbeddedBatch.run(spec, embedded, EmbeddedBatch.Options.defaults().withWorkers(2)
        .withWorkerHeap("768m"), null);
    BatchOutcome s = SparkBatch.run(spark, spec, onSpark, null, false);
    assertEquals(0, e.exitCode(), org.coalgrid.batch.BatchSummary.render(e, embedded));
    assertEquals(40, s.solvedNow().size());
    String table = Files.readString(embedded.resolve("results.csv"));
    assertEquals(table, Files.readString(onSpark.resolve("results.csv")));
    assertTrue(Files.readString(onSpark.resolve("timings.csv")).contains("executor-driver/partition-"));

    List<Row> rows = spark.read().parquet(onSpark.resolve("results.parquet").toString()).orderBy("index")
        .collectAsList();
    assertEquals(40, rows.size());
    List<String> csv = table.lines().skip(1).toList();
    for (int i = 0; i < 40; i++) {
      String[] cells = csv.get(i).split(",");
      Row r = rows.get(i);
      assertEquals(i + 1, r.getInt(r.fieldIndex("index")));
      assertEquals(cells[1], r.getString(r.fieldIndex("id")));
      assertEquals(cells[7], r.getString(r.fieldIndex("status")));
      double objective = r.getDouble(r.fieldIndex("objective.totalCny"));
      assertEquals(Double.parseDouble(cells[9]), objective, Math.abs(objective) * 1e-9, "row " + (i + 1));
    }

    BatchOutcome again = SparkBatch.run(spark, spec, onSpark, 2, false);
    assertEquals(0, again.solvedNow().size());
    assertEquals(40, again.resumed());
    assertEquals(table, Files.readString(onSpark.resolve("results.csv")));
  }
}
