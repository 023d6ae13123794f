package org.coalgrid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.coalgrid.api.ExitCodes;
import org.coalgrid.batch.BatchCase;
import org.coalgrid.batch.BatchDir;
import org.coalgrid.batch.BatchOutcome;
import org.coalgrid.batch.BatchProgress;
import org.coalgrid.batch.BatchSpec;
import org.coalgrid.batch.BatchSpecException;
import org.coalgrid.batch.BatchSpecReader;
import org.coalgrid.batch.BatchSummary;
import org.coalgrid.batch.EmbeddedBatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code coalgrid batch SPEC --out DIR}: a batch of cases on all local cores (docs/batch.md). */
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Solve a batch of cases on all local cores: the instances of a spec (JSON or YAML) times a grid "
        + "of --set values, explicit scenarios, or both. Writes DIR/results.csv (one row per case: id, axis "
        + "values, status, objective and terms, KPIs, mean electricity prices), DIR/timings.csv and a record per "
        + "case in DIR/cases/; prints the best and worst cases and the effect of each grid axis.",
        "Run again into the same DIR to resume: finished cases are not solved again. See docs/batch.md.",
        "Exit code 0 when every case has an answer (OPTIMAL, FEASIBLE, INFEASIBLE, UNBOUNDED, INVALID), 1 when some "
            + "have none (time limit, solver error, crash), 2 for a bad spec."})
final class BatchCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "SPEC", description = "Batch spec, .json or .yaml (schema: "
      + "instances/schema/coalgrid-batch.schema.json).")
  Path specFile;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (created; reused "
      + "to resume).")
  Path out;

  @Option(names = "--workers", paramLabel = "N", description = "Cases solved at once (default: all cores, "
      + "${sys:coalgrid.cores:-the number of cores}).")
  Integer workers;

  @Option(names = "--isolation", defaultValue = "jvm", paramLabel = "jvm|threads",
      description = "jvm (default): each worker is a child JVM, replaced after --recycle-after cases and when it "
          + "dies; threads: threads in this JVM (no start-up cost, no isolation).")
  String isolation;

  @Option(names = "--recycle-after", defaultValue = "" + EmbeddedBatch.RECYCLE_AFTER, paramLabel = "K",
      description = "Cases a worker JVM solves before it is replaced (default ${DEFAULT-VALUE}; 1 = a fresh JVM "
          + "per case).")
  int recycleAfter;

  @Option(names = "--worker-heap", paramLabel = "SIZE", description = "Java heap of each worker JVM, e.g. 4g "
      + "(default: half the machine's memory shared by the workers).")
  String workerHeap;

  @Option(names = "--case-timeout", paramLabel = "SECONDS", description = "Stop a worker JVM that has not answered "
      + "in this time; its case is TIMEOUT (default: twice the spec's time limit plus 300 s; 0 = never).")
  Double caseTimeout;

  @Option(names = "--retry-failed", description = "Solve again the cases recorded without an answer (time limit, "
      + "error); CRASHED cases are always solved again.")
  boolean retryFailed;

  @Option(names = "--list", description = "List the cases and their ids; solve nothing.")
  boolean list;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar (there is none when stderr is not a terminal).")
  boolean quiet;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine cmd = spec.commandLine();
    PrintWriter o = cmd.getOut();
    PrintWriter err = cmd.getErr();
    EmbeddedBatch.Options opts = EmbeddedBatch.Options.defaults().withRecycleAfter(Math.max(1, recycleAfter))
        .withRetryFailed(retryFailed);
    try {
      if (recycleAfter < 1) {
        throw new IllegalArgumentException("--recycle-after must be >= 1");
      }
      if (workers != null) {
        if (workers < 1) {
          throw new IllegalArgumentException("--workers must be >= 1");
        }
        opts = opts.withWorkers(workers).withWorkerHeap(workerHeap != null ? workerHeap
            : EmbeddedBatch.Options.defaults().workerHeap());
      }
      if (workerHeap != null) {
        opts = opts.withWorkerHeap(workerHeap.trim());
      }
      opts = opts.withIsolation(switch (isolation.trim().toLowerCase(Locale.ROOT)) {
        case "jvm" -> EmbeddedBatch.Isolation.JVM;
        case "threads" -> EmbeddedBatch.Isolation.THREADS;
        default -> throw new IllegalArgumentException("--isolation must be jvm or threads, got '" + isolation + "'");
      });
      if (caseTimeout != null && !(caseTimeout >= 0)) {
        throw new IllegalArgumentException("--case-timeout must be >= 0");
      }
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cmd, e.getMessage().replace("worker heap", "--worker-heap"));
    }
    BatchSpec b;
    try {
      b = BatchSpecReader.read(specFile);
    } catch (BatchSpecException e) {
      err.println("coalgrid: " + e.getMessage() + ":");
      e.lines().forEach(l -> err.println("  " + l));
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    if (list) {
      o.println("Batch " + b.name() + ": " + b.cases().size() + " cases");
      for (BatchCase c : b.cases()) {
        o.println("  " + c.id() + "  " + c.label() + (c.set().isEmpty() ? "" : "  --set " + String.join(" --set ",
            c.set())));
      }
      o.flush();
      return ExitCodes.OK;
    }
    double limit = b.settings().timeLimitSeconds();
    opts = opts.withCaseTimeout(caseTimeout != null ? caseTimeout : limit > 0 ? 2 * limit + 300 : 0);
    try {
      int toRun = new BatchDir(out).plan(b, opts.retryFailed()).toRun().size();
      BatchProgress progress = new BatchProgress(err, toRun, !quiet && System.console() != null);
      BatchOutcome result;
      try {
        result = EmbeddedBatch.run(b, out, opts, progress);
      } finally {
        progress.close();
      }
      o.print(BatchSummary.render(result, out));
      o.println("Wrote " + out.resolve("results.csv") + " (" + b.cases().size() + " rows) and "
          + out.resolve("timings.csv"));
      o.flush();
      return result.exitCode();
    } catch (IOException e) {
      return CommandSupport.cannotWrite(err, out, e);
    }
  }
}
