package org.coalgrid;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layers of solver/src/main, checked on the compiled classes with ArchUnit (a dependency is any use in the
 * byte code: a call, a field, a parameter or return type, a superclass, an annotation). {@link #LAYERS} names
 * every package and the project packages it may use; a new package or a new arrow between packages fails here
 * until this table says it is meant. On top of the table: no package cycles at all; only the OR-Tools adapter
 * touches OR-Tools; the verifier uses nothing of the model, solver or result it checks; the command line
 * reaches the solver only through the API.
 */
class ArchitectureTest {
  private static final String ROOT = "org.coalgrid";

  /** Main classes only (not tests): what ships in the jar. */
  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

  /**
   * Each package of org.coalgrid (sub-packages included) and the other project packages it may depend on;
   * {@code ""} is the root package (org.coalgrid.Version). Lower layers first.
   */
  static final Map<String, List<String>> LAYERS = new LinkedHashMap<>();

  static {
    LAYERS.put("domain", List.of());
    LAYERS.put("lp", List.of());
    LAYERS.put("diagnostics", List.of());
    LAYERS.put("words", List.of("domain"));
    LAYERS.put("validate", List.of("domain", "diagnostics"));
    LAYERS.put("io", List.of("domain", "diagnostics", "validate"));
    LAYERS.put("formulation", List.of("domain", "lp"));
    LAYERS.put("solve", List.of("lp"));
    LAYERS.put("", List.of("solve"));
    LAYERS.put("engine", List.of("domain", "formulation", "lp", "solve"));
    // stages: models of several stages (pathway years, scenarios) around the single-year model (docs/formulation.md §9)
    LAYERS.put("stages", List.of("domain", "engine", "formulation", "lp", "solve"));
    // uncertainty: hydrology scenarios as single-year instances, Monte Carlo draws (docs/stochastic.md)
    LAYERS.put("uncertainty", List.of("domain"));
    LAYERS.put("stochastic", List.of("domain", "engine", "formulation", "lp", "solve", "stages", "uncertainty"));
    LAYERS.put("result", List.of("", "domain", "engine", "formulation", "io", "lp", "solve"));
    // io, diagnostics: verify reads the instance file and applies the --set scenario a solution records (ScenarioCheck)
    LAYERS.put("verify", List.of("diagnostics", "domain", "io"));
    LAYERS.put("repair", List.of("domain", "formulation", "lp", "solve", "words"));
    // pathway: multi-year plans around the year model (issue 11, docs/pathway.md)
    LAYERS.put("pathway", List.of("domain", "engine", "formulation", "io", "lp", "result", "solve", "stages",
        "validate"));
    LAYERS.put("targets", List.of("", "domain", "engine", "formulation", "io", "lp", "repair", "solve"));
    LAYERS.put("whatif", List.of("domain", "engine", "formulation", "io", "lp", "result", "solve", "words"));
    LAYERS.put("output", List.of("", "domain", "io", "lp", "pathway", "result", "targets", "whatif", "words"));
    LAYERS.put("explain", List.of("domain", "formulation", "output", "repair", "result", "words"));
    LAYERS.put("generate", List.of("domain", "io", "output"));
    // timeseries: time-domain reduction of a full year to representative days (docs/time.md), on domain records only
    LAYERS.put("timeseries", List.of("domain"));
    LAYERS.put("report", List.of("", "domain", "output", "result", "targets", "whatif", "words"));
    LAYERS.put("api", List.of("", "diagnostics", "domain", "engine", "explain", "formulation", "generate", "io", "lp",
        "output", "pathway", "repair", "report", "result", "solve", "stochastic", "targets", "timeseries",
        "uncertainty", "validate",
        "verify", "whatif", "words"));
    // batch: scenario batches run every case through the API (docs/batch.md)
    LAYERS.put("batch", List.of("api", "diagnostics", "domain", "io", "output", "result", "words"));
    LAYERS.put("cli", List.of("api", "batch", "output"));
  }

  private static String pkg(String layer) {
    return layer.isEmpty() ? ROOT : ROOT + "." + layer + "..";
  }

  static Stream<Arguments> layers() {
    return LAYERS.entrySet().stream().map(e -> Arguments.of(e.getKey().isEmpty() ? "(root)" : e.getKey(),
        e.getValue()));
  }

  @ParameterizedTest(name = "{0} uses only {1}")
  @MethodSource("layers")
  void eachPackageUsesOnlyTheLayersItMay(String layer, List<String> allowed) {
    String own = layer.equals("(root)") ? "" : layer;
    List<String> ok = new ArrayList<>();
    ok.add(pkg(own));
    allowed.forEach(a -> ok.add(pkg(a)));
    noClasses().that().resideInAPackage(pkg(own))
        .should().dependOnClassesThat(resideInAPackage(ROOT + "..").and(not(resideInAnyPackage(ok.toArray(String[]::new)))))
        .because(layer + " may use only " + (allowed.isEmpty() ? "nothing of the project" : allowed))
        .check(MAIN);
  }

  @Test
  void everyPackageIsInTheTable() {
    List<String> known = new ArrayList<>();
    LAYERS.keySet().forEach(l -> known.add(l.isEmpty() ? ROOT : pkg(l)));
    classes().that().resideInAPackage(ROOT + "..").should().resideInAnyPackage(known.toArray(String[]::new))
        .because("a new package needs its place in ArchitectureTest.LAYERS").check(MAIN);
  }

  @Test
  void noPackageCycles() {
    // top-level packages (io with io.schema, generate with its sub-packages, ...), then every package on its own
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN);
    slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void domainAndLpUseNothingOfTheProject() {
    for (String p : List.of("domain", "lp")) {
      noClasses().that().resideInAPackage(pkg(p)).should().dependOnClassesThat(
          resideInAPackage(ROOT + "..").and(not(resideInAPackage(pkg(p))))).check(MAIN);
    }
  }

  @Test
  void formulationUsesOnlyDomainAndLp() {
    noClasses().that().resideInAPackage(pkg("formulation")).should().dependOnClassesThat(
        resideInAPackage(ROOT + "..").and(not(resideInAnyPackage(pkg("formulation"), pkg("domain"), pkg("lp")))))
        .check(MAIN);
  }

  /** The adapter and its nested classes. */
  private static final DescribedPredicate<JavaClass> ADAPTER = DescribedPredicate.describe("the OR-Tools adapter",
      c -> c.getName().equals(ROOT + ".solve.OrToolsAdapter") || c.getName().startsWith(ROOT + ".solve.OrToolsAdapter$"));

  @Test
  void onlyTheAdapterUsesOrTools() {
    noClasses().that(not(ADAPTER)).should().dependOnClassesThat().resideInAPackage("com.google.ortools..")
        .check(MAIN);
    classes().that(ADAPTER).should().dependOnClassesThat().resideInAPackage("com.google.ortools..")
        .because("the rule above must not hold only because the adapter moved").check(MAIN);
  }

  /** CLP's C interface (JNA) is the adapter's helper: the one other way into a native solver. */
  @Test
  void onlyTheAdapterAndItsClpHelperUseNativeCode() {
    noClasses().that(not(ADAPTER)).and().doNotHaveFullyQualifiedName(ROOT + ".solve.ClpDirect")
        .and().doNotHaveFullyQualifiedName(ROOT + ".solve.ClpDirect$Clp")
        .should().dependOnClassesThat().resideInAPackage("com.sun.jna..").check(MAIN);
  }

  @Test
  void theVerifierIsIndependentOfWhatItChecks() {
    noClasses().that().resideInAPackage(pkg("verify")).should().dependOnClassesThat().resideInAnyPackage(
        pkg("formulation"), pkg("lp"), pkg("solve"), pkg("engine"), pkg("result"))
        .because("the verifier must not reuse the code it checks").check(MAIN);
  }

  /**
   * The packages that compute a plan and what is said about it: model, solve, result, verify, explain, repair,
   * what-if, targets (reading and describing an instance, io and validate, are not in it).
   */
  private static final String[] PIPELINE = {pkg("formulation"), pkg("lp"), pkg("solve"), pkg("engine"), pkg("result"),
      pkg("verify"), pkg("explain"), pkg("repair"), pkg("whatif"), pkg("targets")};

  /**
   * A call that only reads a value the API handed over: an instance method of a record (an accessor, or a figure
   * derived from its components such as a relative change) or anything of an enum. A static method or a
   * constructor of a record is not reading a value.
   */
  private static final DescribedPredicate<JavaAccess<?>> READS_A_VALUE = DescribedPredicate.describe(
      "reads a record or an enum", a -> {
        JavaClass owner = a.getTargetOwner();
        if (owner.isEnum()) {
          return true;
        }
        return owner.isRecord() && a instanceof JavaMethodCall m && m.getTarget().resolveMember()
            .map(x -> !x.getModifiers().contains(JavaModifier.STATIC)).orElse(false);
      });

  /**
   * The CLI and the output writers it uses run nothing of the pipeline themselves: they call
   * org.coalgrid.api (CoalGrid, PlanningCase, Solution, ...) and only read the records it returns, so the API is
   * the only way to solve, verify, explain or repair (the verifier always runs, prices only when certified).
   */
  static final ArchRule ONLY_THE_API_RUNS_THE_PIPELINE = noClasses().that().resideInAnyPackage(pkg("cli"), pkg("output"))
      .should().accessTargetWhere(DescribedPredicate.describe("a member of " + String.join(", ", PIPELINE),
          (JavaAccess<?> a) -> resideInAnyPackage(PIPELINE).test(a.getTargetOwner())).and(not(READS_A_VALUE)))
      .because("the command line reaches solve/verify/explain/repair only through org.coalgrid.api");

  @Test
  void onlyTheApiRunsThePipelineForTheCommandLine() {
    ONLY_THE_API_RUNS_THE_PIPELINE.check(MAIN);
  }

  @Test
  void theRuleAboveCatchesACommandThatSolvesOnItsOwn() {
    // the probe with the classes it uses (imported, so ArchUnit knows which are records and enums)
    JavaClasses probe = new ClassFileImporter().importClasses(org.coalgrid.cli.PipelineBypassProbe.class,
        org.coalgrid.engine.AllocationSolver.class, org.coalgrid.engine.SolveOutcome.class,
        org.coalgrid.formulation.ObjectiveMode.class, org.coalgrid.solve.Backend.class,
        org.coalgrid.verify.SolutionVerifier.class);
    EvaluationResult r = ONLY_THE_API_RUNS_THE_PIPELINE.evaluate(probe);
    assertTrue(r.hasViolation(), "the probe calls the solver directly");
    String report = String.join("\n", r.getFailureReport().getDetails());
    assertTrue(report.contains("AllocationSolver.solve"), report);
    assertTrue(report.contains("SolutionVerifier.verify"), report);
    assertFalse(report.contains("SolveOutcome.raw") || report.contains("Backend.GLOP"), "reading values is fine: "
        + report);
  }

  @Test
  void theCommandLineReachesOnlyTheApiAndOutput() {
    noClasses().that().resideInAPackage(pkg("cli")).should().dependOnClassesThat(resideInAPackage(ROOT + "..")
        .and(not(resideInAnyPackage(pkg("cli"), pkg("api"), pkg("batch"), pkg("output")))))
        .because("every command is: parse options (picocli), call org.coalgrid.api (or the batch runner over it), "
            + "print or write").check(MAIN);
  }
}
