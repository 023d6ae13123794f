package org.coalgrid.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.coalgrid.domain.Instance;
import org.coalgrid.engine.SolveOutcome;
import org.coalgrid.explain.ExplainText;
import org.coalgrid.explain.Explainer;
import org.coalgrid.explain.Explanation;
import org.coalgrid.output.AtomicOutput;
import org.coalgrid.output.ConsoleSummary;
import org.coalgrid.output.CsvTables;
import org.coalgrid.output.Json;
import org.coalgrid.repair.RepairResult;
import org.coalgrid.repair.RepairText;
import org.coalgrid.result.AllocationResult;
import org.coalgrid.solve.SolverSettings;
import org.coalgrid.verify.VerificationReport;

/**
 * A solved {@link PlanningCase} whose result has passed the independent verifier: {@link CoalGrid#solve} checks
 * every balance, cap, policy and cost term of the result as written before it returns one (a result that fails
 * throws {@link VerificationFailedException} instead). Prices are present only when the dual certificate passed
 * ({@link #pricesCertified()}); an infeasible plan carries the elastic repair ({@link #repair()}).
 * <pre>{@code
 * Solution s = coalgrid.solve(plan);
 * if (s.hasSolution()) {
 *   System.out.println(s.status() + ", objective " + s.objectiveCny().getAsDouble() + " CNY/yr");
 *   System.out.print(s.summaryText());            // what `coalgrid solve` prints
 *   s.write(Path.of("out"), true);                // solution.json, CSV tables, explain.json, explain.md
 * } else {
 *   s.repair().ifPresent(r -> System.out.print(RepairText.render(r)));
 * }
 * }</pre>
 * Thread-safety: immutable; every method may be called from several threads at once ({@link #explain()} is
 * computed once, under a lock, and then shared). Do not modify the JSON trees it hands out.
 */
public final class Solution {
  private final PlanningCase planningCase;
  private final SolverSettings solverSettings;
  private final SolveOutcome outcome;
  private final AllocationResult result;
  private final JsonNode tree;
  private final VerificationReport verification;
  private final RepairResult repair;
  private Explanation explanation; // guarded by this

  Solution(PlanningCase planningCase, SolverSettings solverSettings, SolveOutcome outcome, AllocationResult result,
      JsonNode tree, VerificationReport verification, RepairResult repair) {
    this.planningCase = planningCase;
    this.solverSettings = solverSettings;
    this.outcome = outcome;
    this.result = result;
    this.tree = tree;
    this.verification = verification;
    this.repair = repair;
  }

  /** The case solved. */
  public PlanningCase planningCase() {
    return planningCase;
  }

  /** The instance solved (overrides applied). */
  public Instance instance() {
    return planningCase.instance();
  }

  /** The answer in domain words and units, as written to solution.json. */
  public AllocationResult result() {
    return result;
  }

  /** solution.json exactly as verified and as {@link #write} writes it (read-only by convention). */
  public JsonNode tree() {
    return tree;
  }

  /** The solve status: OPTIMAL, FEASIBLE (time limit, see the gap), INFEASIBLE, UNBOUNDED, NO_SOLUTION or ERROR. */
  public String status() {
    return result.status();
  }

  /** True for OPTIMAL and FEASIBLE: the result has an allocation, objective and KPIs. */
  public boolean hasSolution() {
    return result.objective() != null;
  }

  /** The exit code {@code coalgrid solve} gives this status (0, 3–7; see {@link ExitCodes}). */
  public int exitCode() {
    return outcome.raw().status().exitCode();
  }

  /** The objective in CNY/yr, if there is a solution. */
  public OptionalDouble objectiveCny() {
    return hasSolution() ? OptionalDouble.of(result.objective().totalCny()) : OptionalDouble.empty();
  }

  /** Whether prices and shadow prices are reported: the duals passed the dual certificate. */
  public boolean pricesCertified() {
    return result.prices().available();
  }

  /** The verifier's report; empty when there is no solution to verify (infeasible, unbounded, ...). */
  public Optional<VerificationReport> verification() {
    return Optional.ofNullable(verification);
  }

  /** The elastic repair, present when the plan was INFEASIBLE and the settings ran the repair. */
  public Optional<RepairResult> repair() {
    return Optional.ofNullable(repair);
  }

  /** The solver settings used (the auto backend resolved). */
  public SolverSettings solverSettings() {
    return solverSettings;
  }

  /** The model, the raw solution and the checked prices, for advanced use (row duals, column values). */
  public SolveOutcome outcome() {
    return outcome;
  }

  /** Seconds spent building the model. */
  public double buildSeconds() {
    return outcome.buildSeconds();
  }

  /** Seconds spent solving (with the price re-solve of a MILP). */
  public double solveSeconds() {
    return outcome.solveSeconds();
  }

  /**
   * What binds and what it is worth, in planner words, with price tables and the repair (as {@code coalgrid
   * explain}). Computed on the first call and shared after.
   */
  public synchronized Explanation explain() {
    if (explanation == null) {
      explanation = Explainer.explain(result, instance(), ConsoleSummary.statusWords(result.status()), repair);
    }
    return explanation;
  }

  /**
   * The {@code n} most valuable binding caps, worded (the summary's list); from the explanation if it was
   * computed, else without building one.
   */
  public List<String> topCaps(int n) {
    Explanation e;
    synchronized (this) {
      e = explanation;
    }
    List<Explanation.Finding> top = e != null ? e.topCaps(n) : Explainer.topCaps(result, instance(), n);
    return top.stream().map(Explanation.Finding::text).toList();
  }

  /** A one-line status: {@code "plan.json: OPTIMAL, objective -1,433.0 million CNY (-14.33 亿元) per year"}. */
  public String statusLine() {
    return ConsoleSummary.statusLine(planningCase.source(), result);
  }

  /** The console summary of {@code coalgrid solve}: the what-if overrides, then the one-screen summary. */
  public String summaryText() {
    return ConsoleSummary.whatIf(planningCase.scenario())
        + ConsoleSummary.render(result, instance(), buildSeconds(), solveSeconds(), topCaps(5));
  }

  /** {@link #explain()} as Markdown (the text of explain.md and of {@code coalgrid explain}). */
  public String explanationText() {
    return ExplainText.render(explain());
  }

  /** The repair as text, when there is one. */
  public Optional<String> repairText() {
    return repair().map(RepairText::render);
  }

  /**
   * Writes the output set of {@code coalgrid solve --out DIR} into {@code dir} (created if absent): solution.json,
   * the CSV tables when there is a solution, explain.json and explain.md when {@code withExplanation}, and
   * repair.json when there is a repair. Files appear only when all are complete (see {@link AtomicOutput}).
   *
   * @throws IOException if the directory or a file cannot be written ({@link org.coalgrid.output.OutputException}: also
   *     when {@code dir} is or holds the case's instance file, or holds files coalgrid did not write); then no new
   *     file is left behind
   */
  public void write(Path dir, boolean withExplanation) throws IOException {
    write(dir, withExplanation, false);
  }

  /**
   * As {@link #write(Path, boolean)}; with {@code csvBom} every CSV file starts with a UTF-8 byte-order mark, so
   * that Excel on Windows reads the Chinese names right.
   */
  public void write(Path dir, boolean withExplanation, boolean csvBom) throws IOException {
    try (AtomicOutput files = AtomicOutput.directory(dir, "solve", planningCase.file().stream().toList(), "output")) {
      write(files, withExplanation, csvBom);
      files.commit();
    }
  }

  /**
   * As {@link #write(Path, boolean, boolean)} into an output set opened before ({@link AtomicOutput#directory} with
   * kind "solve"); the caller may add files and then commits it.
   */
  public void write(AtomicOutput files, boolean withExplanation, boolean csvBom) throws IOException {
    Explanation e = withExplanation ? explain() : null; // before any file: an explanation that fails writes nothing
    writeTables(files, tree, result, instance(), csvBom);
    writeExplanationAndRepair(files, e);
  }

  /**
   * As {@link #write(AtomicOutput, boolean, boolean)} into a set whose solution.json and CSV tables the solve wrote
   * already ({@link CoalGrid#solve(PlanningCase, StagedTables)}): explain.json and explain.md when {@code
   * withExplanation}, and repair.json when there is a repair.
   */
  public void writeAfterTables(AtomicOutput files, boolean withExplanation) throws IOException {
    writeExplanationAndRepair(files, withExplanation ? explain() : null);
  }

  /** solution.json ({@code tree}) and, when there is a solution, the CSV tables. */
  static void writeTables(AtomicOutput files, JsonNode tree, AllocationResult result, Instance in, boolean csvBom)
      throws IOException {
    files.file("solution.json", w -> Json.writer().writeValue(w, tree));
    if (result.objective() != null) {
      CsvTables.writeAll(result, in, csvBom ? CsvTables.withBom(files) : files);
    }
  }

  private void writeExplanationAndRepair(AtomicOutput files, Explanation e) throws IOException {
    if (e != null) {
      files.file("explain.json", w -> Json.writer().writeValue(w, e));
      files.file("explain.md", w -> w.write(ExplainText.render(e)));
    }
    if (repair != null) {
      files.file("repair.json", w -> Json.writer().writeValue(w, repair));
    }
  }
}
