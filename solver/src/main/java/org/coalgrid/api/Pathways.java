package org.coalgrid.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coalgrid.domain.Instance;
import org.coalgrid.io.InstanceException;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.io.PathwayReader;
import org.coalgrid.io.PathwayReader.LoadedPathway;
import org.coalgrid.io.schema.Json;
import org.coalgrid.pathway.PathwayResult;
import org.coalgrid.pathway.PathwaySolver;
import org.coalgrid.solve.SolverSettings;
import org.coalgrid.validate.PathwayRules;
import org.coalgrid.verify.MalformedSolutionException;
import org.coalgrid.verify.PathwayCheck;
import org.coalgrid.verify.VerificationReport;

/**
 * The Java API of multi-year pathways (issue 11, docs/pathway.md), beside {@link CoalGrid} and with its settings:
 * <pre>
 * Pathways pathways = new Pathways(CoalGrid.create());
 * Pathways.Case c = pathways.load(Path.of("instances/guizhou-2006-2010.json"));
 * PathwaySolution s = pathways.solve(c, Pathways.Mode.FORESIGHT);   // verified year by year
 * System.out.print(s.summaryText());
 * </pre>
 * A pathway instance is an instance file with a {@code pathway} section; each year's single-year instance is derived
 * from it ({@link PathwayReader}). Every solution is checked by the independent verifier ({@link PathwayCheck}: each
 * year against its derived instance, then the carry-over of capacity and the investment) before it is returned.
 * Thread-safe.
 */
public final class Pathways {
  private final CoalGrid grid;

  public Pathways(CoalGrid grid) {
    this.grid = grid;
  }

  /**
   * FORESIGHT: one model of all years (perfect foresight); MYOPIC: year by year, each year's builds passed on, the
   * build schedule then valued over all years (docs/pathway.md).
   */
  public enum Mode { FORESIGHT, MYOPIC }

  /** A read pathway: the file and what it derives. */
  public record Case(String source, Path file, LoadedPathway loaded) {
    /** The derived single-year instance of {@code year}. */
    public Instance instance(int year) {
      return loaded.instance(year);
    }

    public List<Integer> years() {
      return loaded.pathway().years();
    }

    /** The warnings of the checks, one line each ("$.path: message"). */
    public List<String> warningLines() {
      return loaded.warnings().stream().map(org.coalgrid.diagnostics.Problem::format).toList();
    }

    /**
     * What the pathway makes of its file that is the documented rule, not a problem, said once ("note: ..."): which
     * capital cost its candidate builds pay ({@link PathwayRules#overnightNote}). Empty when there is nothing to say.
     */
    public List<String> noteLines() {
      String n = PathwayRules.overnightNote(loaded.base().instance(), loaded.pathway());
      return n == null ? List.of() : List.of("note: " + n);
    }

    /** The file as read (its pathway section included). */
    public JsonNode tree() {
      return loaded.base().tree();
    }

    /** validate's line for a valid pathway: its years, what changes, what can be built and its targets. */
    public String validLine() {
      var pw = loaded.pathway();
      var base = loaded.base().instance();
      long candidates = java.util.stream.Stream.concat(pw.plants().stream(), pw.lines().stream())
          .filter(a -> a.lifetimeYears() != null || a.earliestYear() != null || a.overnightCapexCnyPerMw() != null)
          .count();
      return String.format(java.util.Locale.ROOT, "%s: valid pathway (%s; %d–%d from base year %d, %d year "
          + "instances each valid; %d change%s, %d candidate build%s, %d target%s with a year; %s)", source,
          base.meta().name(), pw.firstYear(), pw.lastYear(), base.meta().year(), years().size(), pw.changes().size(),
          pw.changes().size() == 1 ? "" : "s", candidates, candidates == 1 ? "" : "s", pw.targets().size(),
          pw.targets().size() == 1 ? "" : "s", loaded.years().stream().anyMatch(y -> y.instance().hasIntegerDecisions())
              ? "MILP" : "LP");
    }
  }

  /** True if {@code file} is readable JSON with a {@code pathway} section (it may still be invalid). */
  public static boolean isPathway(Path file) {
    try {
      return PathwayReader.isPathway(InstanceReader.parseTree(file));
    } catch (InstanceException e) {
      return false;
    }
  }

  /**
   * Refuses a pathway file where one year is expected (solve, explain, verify, sensitivity, export-mps, report,
   * stochastic, montecarlo, reduce-time, compare, sweep): its base year ({@code meta.year}) is not one of its years,
   * and its figures are not a year's — plants and lines commissioned in a later year are in it at full capacity,
   * its candidate builds carry no first year — so a single-year answer from it would be an answer for no year.
   * Nothing else is read.
   *
   * @throws NotApplicableException if {@code file} is a pathway instance (exit 2), naming its years and what to run
   */
  public static void requireSingleYear(Path file) throws NotApplicableException {
    JsonNode tree;
    try {
      tree = InstanceReader.parseTree(file);
    } catch (InstanceException e) {
      return; // not readable JSON: the single-year reader words that
    }
    if (PathwayReader.isPathway(tree)) {
      throw new NotApplicableException(notOneYear(file.toString(), tree));
    }
  }

  /**
   * A pathway file's tree refused where one year is read ({@link CoalGrid#load}, {@code parse}, {@code sweep}): one
   * problem at {@code $.pathway}, the line of {@link #requireSingleYear}. Nothing happens for a single-year tree.
   */
  static void refuseAsOneYear(JsonNode tree, String source) throws InvalidInstanceException {
    if (PathwayReader.isPathway(tree)) {
      throw new InvalidInstanceException(source, List.of(org.coalgrid.diagnostics.Problem.error("$.pathway",
          notOneYear(source, tree))), false);
    }
  }

  /** Why a pathway file's tree is not one year, and what to run instead (one line). */
  static String notOneYear(String file, JsonNode tree) {
    JsonNode pw = tree.get("pathway");
    return file + " is a pathway instance (years " + pw.path("firstYear").asText("?") + "–"
        + pw.path("lastYear").asText("?") + " from base year " + tree.path("meta").path("year").asText("?")
        + "), not one year: run 'coalgrid pathway " + file + "' for its years, 'coalgrid check-targets " + file
        + "' for its targets by year, 'coalgrid validate " + file + "' to check it (docs/pathway.md)";
  }

  /**
   * Reads a pathway file, checks it and derives its years. Nothing is built. With {@link Settings#strict()} a
   * pathway with warnings is refused, each warning an error.
   *
   * @throws InvalidInstanceException listing every problem with its JSON path
   */
  public Case load(Path file) throws InvalidInstanceException {
    Case c;
    try {
      c = new Case(file.toString(), file, PathwayReader.read(file));
    } catch (InstanceException e) {
      throw new InvalidInstanceException(file.toString(), e.problems(), false);
    }
    if (grid.settings().strict() && !c.loaded().warnings().isEmpty()) {
      throw InvalidInstanceException.strict(file.toString(), c.loaded().warnings());
    }
    return c;
  }

  /**
   * Solves the pathway in {@code mode} and verifies the result.
   *
   * @throws ModelTooLargeException if a year's model would not fit in the heap
   * @throws VerificationFailedException if the result fails the independent verifier (nothing is returned)
   */
  public PathwaySolution solve(Case c, Mode mode)
      throws ModelTooLargeException, VerificationFailedException {
    for (int y : c.years()) {
      MemoryCheck.require(c.instance(y));
    }
    SolverSettings ss = grid.settings().solverSettings(c.instance(c.years().get(0)));
    PathwayResult r = PathwaySolver.solve(c.loaded(), PathwaySolver.Mode.valueOf(mode.name()), grid.settings().objective(), ss,
        c.loaded().base().instance().meta().name());
    JsonNode tree = Json.MAPPER.valueToTree(r);
    VerificationReport report = null;
    if (r.objectivePvCny() != null) {
      try {
        report = PathwayCheck.verify(c.loaded(), tree);
      } catch (MalformedSolutionException e) {
        throw new VerificationFailedException("the pathway result cannot be verified: " + e.getMessage(), r.status(),
            null);
      }
      if (!report.passed()) {
        throw new VerificationFailedException(report.format(), r.status(), report);
      }
    }
    return new PathwaySolution(c, r, tree, report, null);
  }

  /**
   * Solves the pathway with perfect foresight and myopically, verifies both, and compares them: the foresight
   * solution, with the myopic one attached ({@link PathwaySolution#myopic()}).
   */
  public PathwaySolution compare(Case c) throws ModelTooLargeException, VerificationFailedException {
    PathwaySolution pf = solve(c, Mode.FORESIGHT);
    PathwaySolution my = solve(c, Mode.MYOPIC);
    return new PathwaySolution(c, pf.result(), pf.tree(), pf.verification(), my);
  }

  /**
   * Verifies a written pathway.json against the pathway file (each year against its derived instance, the
   * carry-over and the investment).
   *
   * @throws InvalidSolutionException if the file cannot be read or is not a pathway result
   */
  public Verification verify(Case c, Path pathwayJson) throws InvalidSolutionException {
    JsonNode tree;
    try {
      if (!Files.isRegularFile(pathwayJson)) {
        throw new IOException(Files.isDirectory(pathwayJson) ? "a directory, not a pathway.json" : "no such file");
      }
      tree = Json.MAPPER.readTree(pathwayJson.toFile());
    } catch (IOException e) {
      throw new InvalidSolutionException("cannot read " + pathwayJson + ": " + e.getMessage());
    }
    try {
      return new Verification(PathwayCheck.verify(c.loaded(), tree));
    } catch (MalformedSolutionException e) {
      throw new InvalidSolutionException(pathwayJson + " is not a pathway result of " + c.source()
          + " that can be verified: " + e.getMessage());
    }
  }
}
