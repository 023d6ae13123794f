package org.coalgrid.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coalgrid.output.AtomicOutput;
import org.coalgrid.output.Json;
import org.coalgrid.report.CaseView;
import org.coalgrid.report.Report;
import org.coalgrid.report.ReportPage;

/**
 * The offline HTML report of one verified case, or of two side by side ({@code coalgrid report}, docs/report.md):
 * one self-contained page with ECharts inlined, built from the verified solution tree and the instance only.
 * <pre>{@code
 * PlanningCase plan = coalgrid.load(Path.of("instances/tutorial.json"));
 * HtmlReport.Case a = HtmlReport.Case.of(coalgrid.solve(plan), null, coalgrid.checkTargets(plan));
 * HtmlReport.single(a).write(Path.of("report.html"));
 * }</pre>
 * Immutable; thread-safe.
 */
public final class HtmlReport {
  private final String html;

  private HtmlReport(String html) {
    this.html = html;
  }

  /**
   * One case of a report: a solution that passed the independent verifier, the name shown for it, its exit code
   * (from its status) and, when given, its target check. Immutable; thread-safe.
   */
  public static final class Case {
    private final CaseView view;
    private final int exitCode;

    private Case(CaseView view, int exitCode) {
      this.view = view;
      this.exitCode = exitCode;
    }

    /**
     * A case from a solution {@link CoalGrid#solve} returned (verified already); {@code label} null for the
     * default (the file and its what-ifs); {@code targets} null to leave the target table out.
     */
    public static Case of(Solution s, String label, TargetCheckResult targets) {
      return new Case(new CaseView(label != null ? label : defaultLabel(s.planningCase()), s.instance(), s.tree(),
          targets != null && targets.baseSolved() ? targets.report() : null), s.exitCode());
    }

    /**
     * A case from a written solution.json (or a directory holding one), checked with {@link CoalGrid#verify}
     * before it is used.
     *
     * @throws InvalidSolutionException if the file cannot be read or is not a solution of the case
     * @throws VerificationFailedException if the solution fails the independent verifier
     */
    public static Case ofFile(CoalGrid grid, PlanningCase c, Path solution, String label, TargetCheckResult targets)
        throws InvalidSolutionException, VerificationFailedException {
      Path f = Files.isDirectory(solution) ? solution.resolve("solution.json") : solution;
      JsonNode tree;
      try {
        if (!Files.isRegularFile(f)) {
          throw new IOException("no such file");
        }
        tree = Json.MAPPER.readTree(f.toFile());
      } catch (IOException e) {
        String m = e.getMessage() == null ? "unreadable" : e.getMessage().lines().findFirst().orElse("");
        throw new InvalidSolutionException("cannot read solution " + f + ": " + m);
      }
      String status = tree.path("status").asText();
      // a plan is verified before it is drawn: one with an objective, and one whose status says it has a plan
      // even if its objective was taken out (then it cannot be verified, and is refused)
      if (tree.hasNonNull("objective") || status.equals("OPTIMAL") || status.equals("FEASIBLE")) {
        Verification v = grid.verify(c, tree, f.toString());
        if (!v.passed()) {
          throw new VerificationFailedException(v.text(), status, v.report());
        }
      }
      return new Case(new CaseView(label != null ? label : defaultLabel(c) + " (solution " + f + ")", c.instance(),
          tree, targets != null && targets.baseSolved() ? targets.report() : null), ExitCodes.forStatus(status));
    }

    /** This case with its target check ({@code targets} null, or without a base solution: no target table). */
    public Case withTargets(TargetCheckResult targets) {
      return new Case(new CaseView(view.label(), view.instance(), view.solution(),
          targets != null && targets.baseSolved() ? targets.report() : null), exitCode);
    }

    /** True when the solution has values to draw (an objective), false for infeasible and failed solves. */
    public boolean hasSolution() {
      return view.hasSolution();
    }

    /** The case as the report's chart builders see it. */
    org.coalgrid.report.CaseView view() {
      return view;
    }

    /** The name shown for the case. */
    public String label() {
      return view.label();
    }

    /** The solve status of the case's solution (OPTIMAL, INFEASIBLE, ...). */
    public String status() {
      return view.solution().path("status").asText();
    }

    /** The exit code of its status ({@link ExitCodes#forStatus}). */
    public int exitCode() {
      return exitCode;
    }
  }

  /** The default name of a case: its file and its what-ifs ({@code --set} overrides). */
  public static String defaultLabel(PlanningCase c) {
    return c.source() + c.scenario().stream().map(a -> " --set " + a.text()).reduce("", String::concat);
  }

  /** The report of one case. */
  public static HtmlReport single(Case c) {
    return new HtmlReport(ReportPage.html(Report.single(c.view)));
  }

  /**
   * The report of two cases side by side; a figure counts as changed when |B - A| &gt; absTol (in its own unit)
   * and &gt; relTol × max(|A|, |B|).
   */
  public static HtmlReport compare(Case a, Case b, double absTol, double relTol) {
    if (!(absTol >= 0) || !(relTol >= 0)) {
      throw new IllegalArgumentException("need absTol >= 0 and relTol >= 0");
    }
    return new HtmlReport(ReportPage.html(Report.compare(a.view, b.view, absTol, relTol)));
  }

  /**
   * The report of a verified multi-year pathway (docs/report.md, "Pathways"): capacity, generation, prices and cost
   * terms per year, the build schedule and the targets by year, from the pathway.json tree and each year's derived
   * instance. {@code label} null for the pathway file's name.
   */
  public static HtmlReport pathway(PathwaySolution s, String label) {
    return new HtmlReport(ReportPage.html(org.coalgrid.report.PathwayReport.data(s.tree(),
        y -> s.pathwayCase().instance(y), label != null ? label : s.pathwayCase().source())));
  }

  /**
   * The report of a two-stage stochastic plan (docs/report.md, "Hydro scenarios"): expected costs, EVPI and VSS, the
   * spread of each KPI over the scenarios with their probabilities, generation and prices per scenario, and the
   * first-stage decisions of every plan, from stochastic.json ({@link StochasticReport#json}) and the verified
   * solutions of the reported plan's scenarios. {@code label} null for the case's name.
   */
  public static HtmlReport stochastic(StochasticResult r, String label) {
    java.util.Map<String, JsonNode> solutions = new java.util.LinkedHashMap<>();
    org.coalgrid.domain.Instance base = null;
    for (ScenarioOutcome o : r.outcomes(r.reportedPlan())) {
      if (o.solution() != null) {
        solutions.put(o.scenario(), o.solution().tree());
        base = base == null ? o.solution().instance() : base;
      }
    }
    if (base == null) {
      throw new IllegalArgumentException("no scenario of " + r.name() + " has a solution to report");
    }
    return new HtmlReport(ReportPage.html(org.coalgrid.report.ScenarioReport.data(StochasticReport.json(r), base,
        solutions, label != null ? label : r.name())));
  }

  /** The page (UTF-8 text). */
  public String html() {
    return html;
  }

  /** Size of the page in bytes (UTF-8). */
  public long bytes() {
    return html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

  /**
   * Writes the page to {@code file} through a temporary file renamed when complete.
   *
   * @throws IOException if it cannot be written; then no file is left behind
   */
  public void write(Path file) throws IOException {
    AtomicOutput.writeFile(file, w -> w.write(html));
  }
}
