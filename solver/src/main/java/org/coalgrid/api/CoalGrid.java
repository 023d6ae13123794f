package org.coalgrid.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.coalgrid.Progress;
import org.coalgrid.Version;
import org.coalgrid.domain.Instance;
import org.coalgrid.formulation.Formulation;
import org.coalgrid.formulation.ModelContext;
import org.coalgrid.generate.InstanceGenerator;
import org.coalgrid.generate.seed.ShippedInstances;
import org.coalgrid.io.InstanceException;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.io.InstanceWriter;
import org.coalgrid.io.LoadedInstance;
import org.coalgrid.io.Scenario;
import org.coalgrid.io.ScenarioOverride;
import org.coalgrid.lp.LinearProgram;
import org.coalgrid.lp.MpsWriter;
import org.coalgrid.output.AtomicOutput;
import org.coalgrid.output.Json;
import org.coalgrid.repair.ElasticRepair;
import org.coalgrid.repair.RepairResult;
import org.coalgrid.solve.Backend;
import org.coalgrid.solve.BasisSolution;
import org.coalgrid.solve.DualCertificate;
import org.coalgrid.solve.LpSolver;
import org.coalgrid.solve.OrToolsAdapter;
import org.coalgrid.solve.SolveStatus;
import org.coalgrid.solve.SolverSettings;
import org.coalgrid.targets.TargetCheck;
import org.coalgrid.verify.MalformedSolutionException;
import org.coalgrid.verify.ScenarioCheck;
import org.coalgrid.verify.SolutionVerifier;
import org.coalgrid.whatif.Comparison;
import org.coalgrid.whatif.Sensitivity;
import org.coalgrid.whatif.Sweep;

/**
 * coalgrid as a Java library: the one entry point through which the command line, and any other Java code, reads,
 * checks, solves, verifies, explains and repairs a planning case. Every call that solves goes the whole way: it
 * builds the model, solves it, builds the result in domain units and has the independent verifier check that
 * result as it would be written, before it returns anything; prices are reported only when the dual certificate
 * passed.
 * <pre>{@code
 * CoalGrid coalgrid = CoalGrid.create(Settings.defaults().withTimeLimit(60));
 * PlanningCase plan = coalgrid.load(Path.of("instances/tutorial.json"), WhatIf.of("policies.cap-co2.limit=3e7"));
 * Solution s = coalgrid.solve(plan);                  // verified, or VerificationFailedException
 * System.out.println(s.statusLine());
 * s.topCaps(3).forEach(System.out::println);          // what binds, in planner words
 * }</pre>
 * The calls (each also a {@code coalgrid} command): {@link #load} / {@link #parse} / {@link #of} (validate),
 * {@link #solve} (solve, explain), {@link #repair}, {@link #checkTargets} (check-targets), {@link #sensitivity},
 * {@link #sweep}, {@link #compareSide} and {@link #compare} (compare), {@link #exportMps} (export-mps),
 * {@link #verify} (verify) and {@link #generate} (generate). Failures are {@link CoalGridException}s with a one-line
 * message and an exit code; usage errors in arguments are {@link IllegalArgumentException}s.
 * <p>
 * Thread-safety: a {@code CoalGrid} is immutable and holds no other state; every method may be called from several
 * threads at once, on the same or different cases. Each call builds and solves its own model (OR-Tools solvers are
 * not shared), so concurrent solves need memory for each; the heap check ({@link #HEAP_BUDGET_PROPERTY}) looks at
 * the heap left when the call starts.
 */
public final class CoalGrid {
  /**
   * System property: the heap (bytes) a model may take; by default the heap this JVM has left. A model whose
   * estimate is larger is refused with {@link ModelTooLargeException} before it is built.
   */
  public static final String HEAP_BUDGET_PROPERTY = "coalgrid.heapBudgetBytes";

  private final Settings settings;
  private final Progress progress;

  private CoalGrid(Settings settings, Progress progress) {
    this.settings = settings;
    this.progress = progress;
  }

  /** With the command line's default settings ({@link Settings#defaults()}). Thread-safe. */
  public static CoalGrid create() {
    return new CoalGrid(Settings.defaults(), Progress.NONE);
  }

  /** With the given settings. Thread-safe. */
  public static CoalGrid create(Settings settings) {
    if (settings == null) {
      throw new IllegalArgumentException("settings must be given");
    }
    return new CoalGrid(settings, Progress.NONE);
  }

  /** What long work is told to (package-private: the stochastic planner reports through it too). */
  Progress progress() {
    return progress;
  }

  /** The settings of every call. Thread-safe. */
  public Settings settings() {
    return settings;
  }

  /** A {@code CoalGrid} with other settings (this one is unchanged). Thread-safe. */
  public CoalGrid withSettings(Settings other) {
    return create(other).withProgress(progress);
  }

  /** A {@code CoalGrid} that tells {@code p} how far long work is (phases, target-check steps). Thread-safe. */
  public CoalGrid withProgress(Progress p) {
    return new CoalGrid(settings, p == null ? Progress.NONE : p);
  }

  /**
   * Interrupts every solve running in this process and marks each cancelled: whatever its backend then returns,
   * the call that started it reports a cancelled run and nothing is written (the command line's Ctrl-C handler).
   */
  public static void interruptAllSolves() {
    OrToolsAdapter.interruptAll();
  }

  /** coalgrid's version (from the build). Thread-safe. */
  public static String version() {
    return Version.coalgrid();
  }

  /** The OR-Tools version; loads the native library on first use. Thread-safe. */
  public static String orToolsVersion() {
    return Version.orTools();
  }

  // ---------------------------------------------------------------- reading (validate)

  /** As {@link #load(Path, WhatIf)} without overrides. Thread-safe. */
  public PlanningCase load(Path file) throws InvalidInstanceException {
    return load(file, WhatIf.none());
  }

  /**
   * Reads an instance file, applies the overrides to its tree and runs every check of {@code coalgrid validate}.
   * Nothing is built. Thread-safe.
   *
   * @throws InvalidInstanceException listing every problem with its JSON path (the file is never modified); a
   *     pathway file is one problem at {@code $.pathway} (it is no one year: {@link Pathways} reads it)
   */
  public PlanningCase load(Path file, WhatIf whatIf) throws InvalidInstanceException {
    JsonNode tree;
    try {
      tree = InstanceReader.parseTree(file);
    } catch (InstanceException e) {
      throw new InvalidInstanceException(file.toString(), e.problems(), true);
    }
    return strict(read(tree, file.toString(), file, whatIf));
  }

  /** With {@link Settings#strict()}, a case with warnings is refused, each warning an error. */
  private PlanningCase strict(PlanningCase c) throws InvalidInstanceException {
    if (settings.strict() && !c.warnings().isEmpty()) {
      throw InvalidInstanceException.strict(c.origin(), c.warnings());
    }
    return c;
  }

  /**
   * As {@link #load(Path, WhatIf)} for the text of an instance file; {@code origin} names it in messages.
   * Thread-safe.
   */
  public PlanningCase parse(String json, String origin, WhatIf whatIf) throws InvalidInstanceException {
    JsonNode tree;
    try {
      tree = InstanceReader.parseTree(json.getBytes(StandardCharsets.UTF_8), origin);
    } catch (InstanceException e) {
      throw new InvalidInstanceException(origin, e.problems(), true);
    }
    return strict(read(tree, origin, null, whatIf));
  }

  /**
   * A case from domain records built in Java: written in the file format and read back, so it gets every check a
   * file gets (and the overrides apply as to a file). Named by {@code meta.name}. Thread-safe.
   */
  public PlanningCase of(Instance instance, WhatIf whatIf) throws InvalidInstanceException {
    return strict(read(InstanceWriter.toTree(instance), instance.meta().name(), null, whatIf));
  }

  private static PlanningCase read(JsonNode base, String source, Path file, WhatIf whatIf)
      throws InvalidInstanceException {
    Pathways.refuseAsOneYear(base, source);
    Scenario.Result edited;
    try {
      edited = Scenario.apply(base, whatIf.overrides());
    } catch (InstanceException e) {
      throw new InvalidInstanceException(source, e.problems(), false);
    }
    String origin = whatIf.isEmpty() ? source : source + " with " + edited.applied().stream()
        .map(a -> "--set " + a.text()).collect(Collectors.joining(" "));
    try {
      LoadedInstance li = InstanceReader.read(edited.tree(), source);
      return new PlanningCase(source, file, origin, li, edited.applied());
    } catch (InstanceException e) {
      throw new InvalidInstanceException(origin, e.problems(), false);
    }
  }

  // ---------------------------------------------------------------- solving

  /**
   * Builds and solves the case, builds the result, verifies it, and on an INFEASIBLE plan runs the elastic repair
   * (unless the settings turn it off). A status without a solution (infeasible, unbounded, time limit without a
   * solution, solver error) is a {@link Solution} too: see {@link Solution#status()}. Thread-safe.
   *
   * @throws ModelTooLargeException before building, if the model would not fit in the heap
   * @throws VerificationFailedException if the result fails the independent verifier (nothing is returned)
   */
  public Solution solve(PlanningCase c) throws ModelTooLargeException, VerificationFailedException {
    return solve(c, settings.repairInfeasible());
  }

  /**
   * As {@link #solve(PlanningCase)}, writing solution.json and the CSV tables into {@code staged}'s output set while
   * the independent verifier checks them on a second core; commit the set only after this returns (see {@link
   * StagedTables}), then add {@link Solution#writeAfterTables}.
   */
  public Solution solve(PlanningCase c, StagedTables staged) throws ModelTooLargeException,
      VerificationFailedException {
    return SolvePipeline.solve(c, settings, progress, settings.repairInfeasible(), null, staged);
  }

  private Solution solve(PlanningCase c, boolean repairIfInfeasible)
      throws ModelTooLargeException, VerificationFailedException {
    return SolvePipeline.solve(c, settings, progress, repairIfInfeasible, null);
  }

  /**
   * Runs the elastic repair on a solution's model with this {@code CoalGrid}'s repair settings: the least weighted
   * relaxation of the allowed kinds that makes the plan close, and for each kind used the cheapest repair without
   * it. Meant for INFEASIBLE plans (on a feasible one it finds nothing to relax). Thread-safe.
   */
  public RepairResult repair(Solution s) {
    return ElasticRepair.run(s.outcome().model(), settings.repair(), s.solverSettings());
  }

  /**
   * Solves the case, then compares each plan target it records with the least-cost plan, with real re-solves
   * (docs/targets.md). Thread-safe.
   *
   * @throws ModelTooLargeException before building, if the model would not fit in the heap
   */
  public TargetCheckResult checkTargets(PlanningCase c) throws ModelTooLargeException {
    Instance in = c.instance();
    MemoryCheck.require(in);
    return new TargetCheckResult(TargetCheck.check(in, c.provenance(), in.meta().name(), settings.objective(),
        settings.solverSettings(in), progress));
  }

  /**
   * LP sensitivity ranging from the optimal basis: for each cap how far its bound can move with the same shadow
   * price, for each cost coefficient and bound how far it can move with the same allocation (docs/whatif.md). The
   * backend must report a basis: GLOP or CLP (auto means GLOP); its duals must pass the certificate.
   * Thread-safe.
   *
   * @throws IllegalArgumentException if the settings name another backend
   * @throws ModelTooLargeException before building, if the model would not fit in the heap
   * @throws NotApplicableException if the case has integer decisions
   * @throws SolverFailedException if the backend gives no usable basis or duals
   */
  public RangingResult sensitivity(PlanningCase c)
      throws ModelTooLargeException, NotApplicableException, SolverFailedException {
    Backend backend = settings.backend() == null ? Backend.GLOP : settings.backend();
    if (backend != Backend.GLOP && backend != Backend.CLP) {
      throw new IllegalArgumentException("sensitivity needs glop or clp: only they report a simplex basis through "
          + "OR-Tools 9.15 (got '" + backend.cliName() + "')");
    }
    Instance in = c.instance();
    MemoryCheck.require(in);
    if (in.hasIntegerDecisions()) {
      throw new NotApplicableException(c.source() + " has integer decisions (builds, potlines or unit commitment); "
          + "sensitivity ranging is defined for LPs only and is not computed for MILPs");
    }
    progress.phase("building the model");
    ModelContext ctx = Formulation.build(in, settings.objective());
    progress.phase("solving with " + backend.cliName() + " for a basis");
    BasisSolution s = OrToolsAdapter.solveWithBasis(ctx.lp(), SolverSettings.defaults(backend));
    if (s.raw().status() != SolveStatus.OPTIMAL) {
      return new RangingResult(s.raw().status().name(), s.raw().message(), Double.NaN, null);
    }
    DualCertificate.Check check = DualCertificate.check(ctx.lp(), s.raw().x(), s.raw().duals(),
        LpSolver.certificateTolerance(backend));
    if (!check.passed() || !s.hasBasis()) {
      throw new SolverFailedException(backend.cliName() + " gave no usable basis or duals (" + check.message() + ")");
    }
    progress.phase("ranging " + ctx.lp().numRows() + " rows and " + ctx.lp().numColumns() + " columns");
    try {
      return new RangingResult(SolveStatus.OPTIMAL.name(), "", s.raw().objective() * 1e6, Sensitivity.of(ctx, s));
    } catch (IllegalArgumentException e) {
      throw new SolverFailedException("cannot range this model: " + e.getMessage());
    }
  }

  /**
   * Builds the model and writes it as free-format MPS to {@code file} (complete or not at all), with row and
   * column names built from domain ids. Thread-safe.
   *
   * @throws ModelTooLargeException before building, if the model would not fit in the heap
   * @throws IOException if the file cannot be written ({@link org.coalgrid.output.OutputException}, which also
   *     refuses a file that is the case's own instance file)
   */
  public ModelStats exportMps(PlanningCase c, Path file) throws ModelTooLargeException, IOException {
    try (AtomicOutput out = AtomicOutput.singleFile(file, c.file().stream().toList(), "output")) {
      ModelStats stats = exportMps(c, out);
      out.commit();
      return stats;
    }
  }

  /**
   * As {@link #exportMps(PlanningCase, Path)} into an output opened before ({@link AtomicOutput#singleFile}; the
   * caller commits it). Thread-safe.
   */
  public ModelStats exportMps(PlanningCase c, AtomicOutput file) throws ModelTooLargeException, IOException {
    Instance in = c.instance();
    MemoryCheck.require(in);
    LinearProgram lp = Formulation.build(in, settings.objective()).lp();
    file.write(w -> MpsWriter.write(lp, mpsName(in), w));
    return stats(lp);
  }

  /** As {@link #exportMps(PlanningCase, Path)}, writing to {@code out}. Thread-safe. */
  public ModelStats exportMps(PlanningCase c, Writer out) throws ModelTooLargeException, IOException {
    Instance in = c.instance();
    MemoryCheck.require(in);
    LinearProgram lp = Formulation.build(in, settings.objective()).lp();
    MpsWriter.write(lp, mpsName(in), out);
    return stats(lp);
  }

  private static String mpsName(Instance in) {
    return in.meta().name().replaceAll("[^A-Za-z0-9_.-]", "_");
  }

  private static ModelStats stats(LinearProgram lp) {
    return new ModelStats(lp.numColumns(), lp.numIntegers(), lp.numRows(), lp.numNonzeros());
  }

  // ---------------------------------------------------------------- what-if

  /**
   * As {@link #sweep(Path, WhatIf, String, double[])} for {@code steps} evenly spaced values from {@code from} to
   * {@code to}, both included ({@code steps} = 1 gives {@code from} alone). Thread-safe.
   */
  public SweepPlan sweep(Path file, WhatIf fixed, String param, double from, double to, int steps)
      throws InvalidInstanceException, ModelTooLargeException {
    if (steps < 1) {
      throw new IllegalArgumentException("a sweep needs at least one step");
    }
    return sweep(file, fixed, param, Sweep.values(from, to, steps));
  }

  /**
   * Prepares a one-parameter series: {@code param} (a path as for {@link WhatIf}) takes each of {@code values}
   * after the {@code fixed} overrides. Every step's instance is validated and its model checked against the heap
   * now, so a bad value fails before the first solve. Thread-safe.
   *
   * @throws IllegalArgumentException if {@code param} is not a path
   * @throws InvalidInstanceException with the problems of the first step that fails (origin: the file, or the file
   *     with the step's {@code --set})
   * @throws ModelTooLargeException if some step's model would not fit in the heap
   */
  public SweepPlan sweep(Path file, WhatIf fixed, String param, double[] values)
      throws InvalidInstanceException, ModelTooLargeException {
    ScenarioOverride.parse(param + "=0");
    if (values.length == 0) {
      throw new IllegalArgumentException("a sweep needs at least one value");
    }
    if (settings.strict()) {
      load(file, fixed); // the file with the fixed overrides, warnings made errors
    }
    JsonNode tree;
    try {
      tree = InstanceReader.parseTree(file);
    } catch (InstanceException e) {
      throw new InvalidInstanceException(file.toString(), e.problems(), true);
    }
    Pathways.refuseAsOneYear(tree, file.toString());
    Sweep sweep;
    try {
      sweep = new Sweep(new Sweep.Spec(tree, file.toString(), fixed.overrides(), param, values.clone(),
          settings.objective()));
    } catch (InstanceException e) {
      throw new InvalidInstanceException(e.origin().equals("--set") ? file.toString() : e.origin(), e.problems(),
          false);
    }
    for (int k = 0; k < values.length; k++) { // a step's parameter can change the model's size (e.g. a period count)
      MemoryCheck.require(sweep.instance(k));
    }
    return new SweepPlan(sweep, settings, values.length);
  }

  /**
   * One side of a comparison: {@code path} is a solution.json (or a directory holding one), taken as it is, or an
   * instance file, read with {@code whatIf}, solved and verified with this {@code CoalGrid}'s settings (no repair).
   * Thread-safe.
   *
   * @throws IllegalArgumentException if {@code whatIf} is given for a solution file
   * @throws InvalidInstanceException if the file cannot be read ({@link InvalidInstanceException#unreadable()}) or
   *     the instance is invalid
   * @throws ModelTooLargeException before building, if the model would not fit in the heap
   * @throws VerificationFailedException if the solved side fails the verifier
   */
  public ComparisonSide compareSide(Path path, WhatIf whatIf)
      throws InvalidInstanceException, ModelTooLargeException, VerificationFailedException {
    Path file = Files.isDirectory(path) ? path.resolve("solution.json") : path;
    JsonNode tree;
    try {
      tree = InstanceReader.parseTree(file);
    } catch (InstanceException e) {
      throw new InvalidInstanceException(file.toString(), e.problems(), true);
    }
    if (tree.has("coalgridVersion") && tree.has("status")) {
      if (!whatIf.isEmpty()) {
        throw new IllegalArgumentException("applies to an instance file; " + file + " is a solution");
      }
      return new ComparisonSide(file + " (solution " + tree.path("status").asText() + ")", tree, null, List.of());
    }
    PlanningCase c = strict(read(tree, file.toString(), file, whatIf));
    List<String> warnings = new ArrayList<>();
    c.warningLines().forEach(w -> warnings.add(file + ": " + w));
    Solution s = solve(c, false);
    String label = file + (whatIf.isEmpty() ? "" : " " + whatIf.asOptions()) + " (solved by "
        + s.solverSettings().backend().cliName() + ": " + s.status() + ")";
    return new ComparisonSide(label, s.tree(), c.tree(), warnings);
  }

  /**
   * What changed from {@code a} to {@code b} beyond the tolerances: input differences (as {@code --set} paths, when
   * both sides are instances), then objective terms, KPIs, entity flows and prices; largest relative change first
   * within each section. A change is kept when |B - A| &gt; absTol (in the field's unit) and
   * |B - A| &gt; relTol x max(|A|, |B|). Thread-safe.
   */
  public List<Comparison.Change> compare(ComparisonSide a, ComparisonSide b, double absTol, double relTol) {
    if (!(absTol >= 0) || !(relTol >= 0)) {
      throw new IllegalArgumentException("tolerances must be >= 0");
    }
    List<Comparison.Change> changes = new ArrayList<>();
    if (a.input() != null && b.input() != null) {
      changes.addAll(Comparison.instances(a.input(), b.input(), absTol, relTol));
    }
    changes.addAll(Comparison.solutions(a.solution(), b.solution(), absTol, relTol));
    return changes;
  }

  // ---------------------------------------------------------------- verify, generate

  /**
   * Reads a solution.json and checks it against the case with the independent verifier
   * ({@link ScenarioCheck#verify}): the {@code --set} scenario the solution records is applied to the case's
   * instance (a case read without what-ifs: the instance file), then every row, cost term, KPI, derived figure,
   * price and shadow price is recomputed from the instance and the solution's values. Thread-safe.
   *
   * @throws InvalidSolutionException if the file cannot be read or is not a solution of this case
   */
  public Verification verify(PlanningCase c, Path solution) throws InvalidSolutionException {
    JsonNode tree;
    try {
      if (!Files.exists(solution)) {
        throw new IOException("no such file");
      }
      if (!Files.isRegularFile(solution)) { // never read a device or a FIFO (it would not end)
        throw new IOException(Files.isDirectory(solution) ? "a directory, not a solution file (give the "
            + "solution.json in it)" : "not a regular file (a device, FIFO or socket); nothing was read");
      }
      tree = Json.MAPPER.readTree(solution.toFile());
    } catch (IOException e) {
      throw new InvalidSolutionException("cannot read solution " + solution + ": " + firstLine(e.getMessage()));
    }
    return verify(c, tree, solution.toString());
  }

  /** As {@link #verify(PlanningCase, Path)} for a solution tree; {@code name} names it in messages. Thread-safe. */
  public Verification verify(PlanningCase c, JsonNode solution, String name) throws InvalidSolutionException {
    try {
      return new Verification(c.scenario().isEmpty() ? ScenarioCheck.verify(c.tree(), c.source(), solution)
          : SolutionVerifier.verify(c.instance(), solution, c.warningLines()));
    } catch (MalformedSolutionException e) {
      throw new InvalidSolutionException(name + " is not a solution of " + c.source() + " that can be verified: "
          + e.getMessage());
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /**
   * Size of a generated file, measured: 5,847,220 bytes for 1,000 regions x 24 periods and 7,673,461 bytes for 10
   * regions x 8,760 periods (seed 1, LP) give about 3,760 bytes per region and 87 per region and period; rounded up.
   */
  private static final double GENERATED_BYTES_PER_REGION = 3800;
  private static final double GENERATED_BYTES_PER_REGION_PERIOD = 90;

  /**
   * Writes a synthetic, feasible, STYLISED instance (complete or not at all): a named {@code size} (S, M, L, XL;
   * may be null) sets regions and periods, which {@code regions} and {@code periods} override when not null
   * (defaults 8 and 24). The same arguments give byte-identical files. Thread-safe.
   *
   * @throws IllegalArgumentException for an unknown size, regions/periods out of range, or a file larger than
   *     coalgrid reads ({@link InstanceReader#MAX_FILE_BYTES})
   * @throws IOException if the file cannot be written
   */
  public GeneratedInstance generate(Path file, String size, Integer regions, Integer periods, long seed, boolean mip)
      throws IOException {
    return generate(file, size, regions, periods, seed, mip, 0, false, 1);
  }

  /**
   * As {@link #generate(Path, String, Integer, Integer, long, boolean)}, cut into {@code days} &gt; 0
   * representative days or, with {@code fullYear}, every day of the year in order (8,760 hourly steps), the days
   * in steps of {@code stepHours} h (1, 2, 3, 4, 6, 8, 12 or 24); {@code periods} is then ignored. Thread-safe.
   *
   * @throws IllegalArgumentException for an unknown size or values out of range
   * @throws IOException if the file cannot be written
   */
  public GeneratedInstance generate(Path file, String size, Integer regions, Integer periods, long seed, boolean mip,
      int days, boolean fullYear, int stepHours) throws IOException {
    return generate(file, size, regions, periods, seed, mip, days, fullYear, stepHours, false);
  }

  /**
   * As {@link #generate(Path, String, Integer, Integer, long, boolean, int, boolean, int)}; with {@code touExport}
   * (days forms only) the Guangdong market pays a time-of-use price 峰谷电价 per step instead of one price, so that
   * prices vary within the day and storage arbitrages. Thread-safe.
   *
   * @throws IllegalArgumentException for an unknown size or values out of range
   * @throws IOException if the file cannot be written
   */
  public GeneratedInstance generate(Path file, String size, Integer regions, Integer periods, long seed, boolean mip,
      int days, boolean fullYear, int stepHours, boolean touExport) throws IOException {
    int r = 8;
    int t = InstanceGenerator.Size.PERIODS;
    if (size != null) {
      try {
        r = InstanceGenerator.Size.parse(size).regions();
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--size must be S, M, L or XL; got '" + size + "'");
      }
    }
    if (regions != null) {
      r = regions;
    }
    if (periods != null) {
      t = periods;
    }
    InstanceGenerator.Spec s = new InstanceGenerator.Spec(r, t, seed, mip, days, fullYear, stepHours, touExport);
    double bytes = (double) r * (GENERATED_BYTES_PER_REGION + GENERATED_BYTES_PER_REGION_PERIOD * s.periods());
    if (bytes > InstanceReader.MAX_FILE_BYTES) {
      String time = days > 0 || fullYear ? s.periods() + " steps" : "--periods " + t;
      throw new IllegalArgumentException("--regions " + r + " with " + time + " would write a file of about "
          + Math.round(bytes / 1048576) + " MiB, more than coalgrid reads (" + (InstanceReader.MAX_FILE_BYTES >> 20)
          + " MiB); use fewer regions or periods");
    }
    InstanceGenerator.write(s, file);
    return new GeneratedInstance(s.label(), s.regions(), s.periods(), s.seed(), s.mip());
  }

  /**
   * Maintainers: builds the shipped seed instances from their case classes ({@code org.coalgrid.generate.seed})
   * and {@code instancesDir/sources/seed-facts.json}, and writes them into {@code instancesDir} (each atomically),
   * or with {@code check} writes nothing. Returns the files written, or with {@code check} those that differ
   * from what the cases build (paths relative to {@code instancesDir}). Not for concurrent use on one directory.
   *
   * @throws IOException if the sources cannot be read or a file cannot be written
   */
  public List<String> buildShippedInstances(Path instancesDir, boolean check) throws IOException {
    return check ? ShippedInstances.differences(instancesDir) : ShippedInstances.write(instancesDir);
  }

  /**
   * Maintainers: rewrites the generated sections of {@code instancesDir/README.md} (each shipped instance's
   * check-targets run and the provenance table) and returns their names. Slow: runs every target check.
   *
   * @throws IOException if a file cannot be read or written, or the README lacks a section's markers
   */
  public List<String> updateInstancesReadme(Path instancesDir) throws IOException {
    return InstancesReadme.update(instancesDir);
  }
}
