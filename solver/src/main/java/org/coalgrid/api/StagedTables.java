package org.coalgrid.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.coalgrid.domain.Instance;
import org.coalgrid.output.AtomicOutput;
import org.coalgrid.result.AllocationResult;

/**
 * solution.json and the CSV tables of one solve, written into an output set that is not yet committed while the
 * independent verifier checks the same tree on a second core ({@link CoalGrid#solve(PlanningCase, StagedTables)}).
 * The set must be committed only after that solve has returned: on a solve the verifier refuses it throws, and closing
 * the set uncommitted discards what was written, so nothing appears. A write that fails is kept, not thrown from the
 * solve, and {@link #check()} throws it where the caller would have written the tables itself.
 *
 * <p>Not thread-safe: one solve, one caller thread.
 */
public final class StagedTables {
  private final AtomicOutput files;
  private final boolean csvBom;
  private boolean written;
  private IOException failure;

  /** Tables for {@code files} (a set of kind "solve"); with {@code csvBom} every CSV file starts with a UTF-8 BOM. */
  public StagedTables(AtomicOutput files, boolean csvBom) {
    this.files = files;
    this.csvBom = csvBom;
  }

  void write(JsonNode tree, AllocationResult result, Instance in) {
    if (written || failure != null) {
      throw new IllegalStateException("the tables of this set are written already");
    }
    try {
      Solution.writeTables(files, tree, result, in, csvBom);
      written = true;
    } catch (IOException e) {
      failure = e;
    }
  }

  /** Whether solution.json and the tables are in the set. */
  public boolean written() {
    return written;
  }

  /** Throws the write's failure, if it failed; call before committing the set. */
  public void check() throws IOException {
    if (failure != null) {
      throw failure;
    }
  }
}
