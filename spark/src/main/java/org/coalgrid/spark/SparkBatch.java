package org.coalgrid.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.coalgrid.batch.BatchCase;
import org.coalgrid.batch.BatchDir;
import org.coalgrid.batch.BatchOutcome;
import org.coalgrid.batch.BatchSpec;
import org.coalgrid.batch.BatchSpecException;
import org.coalgrid.batch.BatchSpecReader;
import org.coalgrid.batch.BatchSummary;
import org.coalgrid.batch.BatchTable;
import org.coalgrid.batch.BatchWorker;
import org.coalgrid.batch.CaseResult;
import org.coalgrid.batch.CaseRunner;
import scala.Function2;
import scala.collection.Iterator;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction1;
import scala.runtime.BoxedUnit;

/**
 * {@code coalgrid batch} on Apache Spark (docs/batch.md):
 * {@code spark-submit --class org.coalgrid.spark.SparkBatch coalgrid-spark.jar SPEC --out DIR [--partitions N]
 * [--retry-failed]}. The driver reads and checks the spec, resumes from DIR like the embedded runner
 * ({@link BatchDir}), and sends each case to be solved as one Spark task (the instances go once per executor, as a
 * broadcast). Each task runs {@link CaseRunner} in its executor and returns the case's result as a row; the driver
 * records each, then writes the same results.csv as {@code coalgrid batch} (byte for byte) and, as Parquet,
 * results.parquet. {@code --master} is for running without spark-submit (tests: {@code local[2]}).
 */
public final class SparkBatch {
  private SparkBatch() {}

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
  }

  /** Runs the command line; returns the exit code (0 every case answered, 1 some did not, 2 bad usage or spec). */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    Path spec = null;
    Path dir = null;
    String master = null;
    Integer partitions = null;
    boolean retry = false;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--out" -> dir = Path.of(args[++i]);
          case "--master" -> master = args[++i];
          case "--partitions" -> partitions = Integer.parseInt(args[++i]);
          case "--retry-failed" -> retry = true;
          default -> {
            if (args[i].startsWith("-") || spec != null) {
              throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
            }
            spec = Path.of(args[i]);
          }
        }
      }
      if (spec == null || dir == null || (partitions != null && partitions < 1)) {
        throw new IllegalArgumentException("need SPEC and --out DIR (and --partitions >= 1)");
      }
    } catch (RuntimeException e) {
      err.println("coalgrid-spark: " + e.getMessage());
      err.println("usage: spark-submit --class " + SparkBatch.class.getName() + " coalgrid-spark.jar SPEC --out DIR "
          + "[--partitions N] [--retry-failed] [--master URL]");
      return 2;
    }
    BatchSpec b;
    try {
      b = BatchSpecReader.read(spec);
    } catch (BatchSpecException e) {
      err.println("coalgrid: " + e.getMessage() + ":");
      e.lines().forEach(l -> err.println("  " + l));
      return 2;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("coalgrid batch " + b.name());
    if (master != null) {
      builder.master(master);
    }
    SparkSession spark = builder.getOrCreate();
    try {
      BatchOutcome o = run(spark, b, dir, partitions, retry);
      out.print(BatchSummary.render(o, dir));
      out.println("Wrote " + dir.resolve("results.csv") + " and " + dir.resolve("results.parquet") + " ("
          + b.cases().size() + " rows) and " + dir.resolve("timings.csv"));
      out.flush();
      return o.exitCode();
    } catch (IOException e) {
      err.println("coalgrid: cannot write " + dir + ": " + e.getMessage());
      return 1;
    } finally {
      spark.stop();
    }
  }

  /**
   * Runs the cases of {@code spec} not yet done in {@code dir} on {@code spark}, one task per case unless
   * {@code partitions} is given, then writes results.csv, timings.csv and results.parquet.
   */
  public static BatchOutcome run(SparkSession spark, BatchSpec spec, Path dir, Integer partitions,
      boolean retryFailed) throws IOException {
    BatchDir store = new BatchDir(dir);
    BatchDir.Plan plan = store.plan(spec, retryFailed);
    Map<String, CaseResult> results = new LinkedHashMap<>(plan.done());
    LinkedHashSet<String> solvedNow = new LinkedHashSet<>();
    if (!plan.toRun().isEmpty()) {
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      Broadcast<HashMap<String, String>> texts = jsc.broadcast(new HashMap<>(spec.instanceTexts()));
      int slices = partitions != null ? partitions : plan.toRun().size();
      JavaRDD<String> answers = jsc.parallelize(new ArrayList<>(plan.toRun()), slices)
          .map(new SolveCase(texts, spec.settings(), dir.toAbsolutePath().toString(), spec.solutions()));
      // Each partition's answers are recorded on the driver as soon as its task ends (not after the whole job, as
      // collect() would): a batch whose driver dies, or whose job fails after spark.task.maxFailures, keeps every
      // case finished so far in DIR/cases, and the next run resumes from there.
      Map<String, CaseResult> got = new HashMap<>();
      List<IOException> unsaved = new ArrayList<>();
      Function2<Object, String[], BoxedUnit> record = (partition, lines) -> {
        synchronized (got) {
          for (String a : lines) {
            try {
              CaseResult r = CaseResult.fromJson(a);
              got.put(r.id(), r);
              store.save(r);
            } catch (IOException e) {
              unsaved.add(e);
            }
          }
        }
        return BoxedUnit.UNIT;
      };
      jsc.sc().runJob(answers.rdd(), new PartitionAnswers(), record, ClassTag$.MODULE$.apply(String[].class));
      if (!unsaved.isEmpty()) {
        throw unsaved.get(0);
      }
      for (BatchCase c : plan.toRun()) { // in the spec's order, whatever order the tasks ended in
        CaseResult r = got.get(c.id());
        if (r != null) {
          results.put(r.id(), r);
          solvedNow.add(r.id());
        }
      }
    }
    BatchTable table = store.finish(spec, results, solvedNow);
    writeParquet(spark, table, dir.resolve("results.parquet"));
    return new BatchOutcome(spec, results, solvedNow, plan.done().size(), table);
  }

  /** The result table as Parquet: index an integer, figures doubles, the rest strings; one file. */
  static void writeParquet(SparkSession spark, BatchTable table, Path where) {
    List<StructField> fields = new ArrayList<>();
    for (BatchTable.Column c : table.columns()) {
      DataType t = c.name().equals("index") ? DataTypes.IntegerType
          : c.numeric() ? DataTypes.DoubleType : DataTypes.StringType;
      fields.add(DataTypes.createStructField(c.name(), t, true));
    }
    List<Row> rows = new ArrayList<>();
    for (Object[] r : table.rows()) {
      rows.add(RowFactory.create(r));
    }
    Dataset<Row> df = spark.createDataFrame(rows, new StructType(fields.toArray(StructField[]::new)));
    df.coalesce(1).write().mode(SaveMode.Overwrite).parquet(where.toAbsolutePath().toString());
  }

  /** A partition's answers as an array, for the driver's result handler. */
  static final class PartitionAnswers extends AbstractFunction1<Iterator<String>, String[]> implements Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public String[] apply(Iterator<String> it) {
      List<String> out = new ArrayList<>();
      while (it.hasNext()) {
        out.add(it.next());
      }
      return out.toArray(String[]::new);
    }
  }

  /** The task: solve one case in this executor; the answer is the case's result as one JSON line. */
  static final class SolveCase implements Function<BatchCase, String> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<HashMap<String, String>> texts;
    private final BatchSpec.SpecSettings settings;
    private final String dir;
    private final boolean solutions;

    SolveCase(Broadcast<HashMap<String, String>> texts, BatchSpec.SpecSettings settings, String dir,
        boolean solutions) {
      this.texts = texts;
      this.settings = settings;
      this.dir = dir;
      this.solutions = solutions;
    }

    @Override
    public String call(BatchCase c) {
      String text = texts.value().get(c.instanceSha256());
      CaseResult r = CaseRunner.run(c, text, settings, Path.of(dir), solutions);
      String worker = "executor-" + (SparkEnv.get() != null ? SparkEnv.get().executorId() : "?")
          + (TaskContext.get() != null ? "/partition-" + TaskContext.get().partitionId() : "");
      return r.withWorker(worker, BatchWorker.residentMb()).toJson();
    }
  }
}
