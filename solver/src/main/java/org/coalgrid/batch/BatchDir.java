package org.coalgrid.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coalgrid.output.AtomicOutput;

/**
 * A batch's output directory and what makes a batch resumable: each finished case is written at once, atomically,
 * as {@code cases/ID.json}; a later run of a spec into the same directory takes every case found there as done,
 * except {@code CRASHED} ones (and, with {@code retryFailed}, every case without an answer). The result table and
 * timings are written from these records at the end of each run. Used by the embedded runner and by the Spark
 * driver. Thread-safe.
 */
public final class BatchDir {
  /** Compact one-line JSON, fields in record order: the record files and the worker protocol. */
  static final ObjectMapper JSON = JsonMapper.builder()
      .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final Path dir;

  public BatchDir(Path dir) {
    this.dir = dir;
  }

  public Path path() {
    return dir;
  }

  /** The cases to run and the results already there. */
  public record Plan(List<BatchCase> toRun, Map<String, CaseResult> done) {}

  /**
   * What is left to do: the spec's cases without a record (one per id, in spec order), and the records found.
   *
   * @throws IOException if the directory cannot be read
   */
  public Plan plan(BatchSpec spec, boolean retryFailed) throws IOException {
    Map<String, CaseResult> done = new LinkedHashMap<>();
    List<BatchCase> toRun = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (BatchCase c : spec.cases()) {
      if (!seen.add(c.id())) {
        continue;
      }
      CaseResult r = load(c.id());
      boolean redo = r == null || r.status().equals(CaseResult.CRASHED) || (retryFailed && !r.isAnswer());
      if (redo) {
        toRun.add(c);
      } else {
        done.put(c.id(), r);
      }
    }
    return new Plan(toRun, done);
  }

  private CaseResult load(String id) throws IOException {
    Path f = dir.resolve("cases").resolve(id + ".json");
    if (!Files.isRegularFile(f)) {
      return null;
    }
    try {
      CaseResult r = JSON.readValue(f.toFile(), CaseResult.class);
      return r != null && id.equals(r.id()) && r.status() != null ? r : null;
    } catch (IOException e) {
      return null; // unreadable record (cannot happen with atomic writes; solved again)
    }
  }

  /** Writes the record of one case (complete or not at all). */
  public void save(CaseResult r) throws IOException {
    AtomicOutput.writeFile(dir.resolve("cases").resolve(r.id() + ".json"), w -> {
      w.write(JSON.writeValueAsString(r));
      w.write("\n");
    });
  }

  /** Writes results.csv and timings.csv (each complete or not at all) and returns the table. */
  public BatchTable finish(BatchSpec spec, Map<String, CaseResult> results, Set<String> solvedNow)
      throws IOException {
    BatchTable t = new BatchTable(spec, results);
    AtomicOutput.writeFile(dir.resolve("results.csv"), t::writeCsv);
    AtomicOutput.writeFile(dir.resolve("timings.csv"), w -> t.writeTimings(w, solvedNow));
    return t;
  }
}
