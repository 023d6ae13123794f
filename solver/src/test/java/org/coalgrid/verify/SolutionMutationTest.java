package org.coalgrid.verify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.coalgrid.domain.PolicyType;
import org.coalgrid.solve.Backend;
import org.coalgrid.solve.SolverSettings;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every numeric field of solution.json must be checked: for each number in the written solution of
 * {@code tutorial.json}, {@code guizhou-2010.json} and a {@code --set} what-if of the tutorial, a copy with that one
 * number changed must fail {@code verify} (a violation, or a solution that cannot be verified), while the genuine
 * solutions pass.
 *
 * <p>The change is v → 1.5·v + 1, or v + 10 where that moves v by less than 10, so that it is a real change beyond
 * every tolerance of the verifier (whose largest absolute floor is 1 MWh / 1 CNY); whole numbers stay whole.
 * Numbers written as text ("Infinity", "-Infinity" for an open policy bound) are changed to 0.
 *
 * <p>{@link #everyFigureIsChecked} goes further on the tutorial and its what-if: every number blanked (null), and
 * every other leaf changed (a text gets a suffix, a flag flips, a null becomes a number or a text); each such copy
 * must fail too, except the labels of the run in {@link #LABELS}.
 *
 * <p>Not checkable, and so left out:
 * <ul>
 *   <li>({@link #NOT_CHECKABLE}) the settings and counters of the run in {@code solver} (iterations, nodes,
 *       threads, time limit, the MIP gap asked for): they describe how the solver was run, not the plan, and no
 *       figure of the instance or the plan determines them;</li>
 *   <li>{@code plants[i].coalFromLargeMinesT} of a plant no 大煤保大电 policy covers (not large, or outside the
 *       policy's regions): which origin class such a plant burns changes no cost and no row, so the plan does not
 *       fix it, and the solution does not record the per-class coal flows that would; the verifier checks that it
 *       lies between 0 and the coal the plant burns, and that all plants together burn no more large-mine coal
 *       than large mines produce. For the plants the policy covers the figure is checked through the policy.</li>
 * </ul>
 */
class SolutionMutationTest {
  /** Fields no figure of the instance or the plan determines (JSON paths, [*] for any list index). */
  static final List<String> NOT_CHECKABLE = List.of(
      "solver.iterations", "solver.nodes", "solver.threads", "solver.timeLimitSeconds", "solver.relativeMipGap");

  /**
   * Texts that label the run rather than state a figure of the plan: the coalgrid and OR-Tools versions, the
   * instance's label, the backends' names, and the free-text notes. No figure of the instance or the plan
   * determines them.
   */
  static final List<String> LABELS = List.of("coalgridVersion", "instance", "statusNote", "prices.note",
      "prices.source", "solver.backend", "solver.priceBackend", "solver.orToolsVersion");

  private static final List<Pattern> EXCLUDED = NOT_CHECKABLE.stream()
      .map(p -> Pattern.compile(Pattern.quote(p).replace("[*]", "\\E\\[\\d+\\]\\Q"))).toList();

  /** How a copy is tampered: each number changed; each number blanked; each text, flag and null changed. */
  enum Kind { CHANGE, BLANK, OTHER }

  @TestFactory
  Stream<DynamicTest> everyNumberIsChecked() throws Exception {
    SolverSettings glop = SolverSettings.defaults(Backend.GLOP);
    return Stream.of(
        DynamicTest.dynamicTest("tutorial.json", () -> mutateAll(WrittenSolution.solve("tutorial.json", glop), false)),
        DynamicTest.dynamicTest("guizhou-2010.json",
            () -> mutateAll(WrittenSolution.solve("guizhou-2010.json", glop), false)),
        DynamicTest.dynamicTest("tutorial.json --set policies.cap-co2.limit=3e7",
            () -> mutateAll(WrittenSolution.solve("tutorial.json", glop, "policies.cap-co2.limit=3e7"), true)));
  }

  @TestFactory
  Stream<DynamicTest> everyFigureIsChecked() throws Exception {
    SolverSettings glop = SolverSettings.defaults(Backend.GLOP);
    WrittenSolution tutorial = WrittenSolution.solve("tutorial.json", glop);
    WrittenSolution whatIf = WrittenSolution.solve("tutorial.json", glop, "policies.cap-co2.limit=3e7");
    return Stream.of(
        DynamicTest.dynamicTest("tutorial.json, numbers blanked", () -> mutateAll(tutorial, false, Kind.BLANK)),
        DynamicTest.dynamicTest("tutorial.json, texts, flags and nulls", () -> mutateAll(tutorial, false, Kind.OTHER)),
        DynamicTest.dynamicTest("tutorial.json --set, numbers blanked", () -> mutateAll(whatIf, true, Kind.BLANK)),
        DynamicTest.dynamicTest("tutorial.json --set, texts, flags and nulls",
            () -> mutateAll(whatIf, true, Kind.OTHER)));
  }

  /** One number of the tree: where it is, and how to put a value there. */
  record Field(String path, JsonNode value, Consumer<JsonNode> set) {}

  static void mutateAll(WrittenSolution w, boolean viaFile) throws Exception {
    mutateAll(w, viaFile, Kind.CHANGE);
  }

  static void mutateAll(WrittenSolution w, boolean viaFile, Kind kind) throws Exception {
    VerificationReport genuine = verify(w, w.solution(), viaFile);
    assertTrue(genuine.passed(), "the genuine solution must pass:\n" + genuine.format());
    List<String> uncovered = uncoveredPlants(w);
    List<String> used = new ArrayList<>();
    List<Field> all = fields(w.solution(), kind);
    for (Field f : all) {
      if (excluded(f.path(), kind)) {
        used.add(f.path());
      }
    }
    for (String excluded : kind == Kind.OTHER ? LABELS : NOT_CHECKABLE) {
      assertTrue(used.contains(excluded), "exclusion " + excluded + " matches no field any more");
    }
    // each worker tampers its share of the fields in its own copy of the tree, one field at a time
    int workers = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    List<String> passed = java.util.Collections.synchronizedList(new ArrayList<>());
    java.util.concurrent.atomic.AtomicInteger tried = new java.util.concurrent.atomic.AtomicInteger();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(workers);
    try {
      List<java.util.concurrent.Future<?>> jobs = new ArrayList<>();
      for (int k = 0; k < workers; k++) {
        int worker = k;
        jobs.add(pool.submit(() -> {
          JsonNode tree = w.solution().deepCopy();
          List<Field> fields = fields(tree, kind);
          for (int i = worker; i < fields.size(); i += workers) {
            Field f = fields.get(i);
            if (uncovered.contains(f.path()) || excluded(f.path(), kind)) {
              continue;
            }
            for (JsonNode tampered : tamper(f.value(), kind)) {
              f.set().accept(tampered);
              tried.incrementAndGet();
              try {
                if (verify(w, tree, viaFile).passed()) {
                  passed.add(f.path() + ": " + f.value() + " -> " + tampered);
                }
              } catch (MalformedSolutionException e) {
                // cannot be verified: exit 2, also a failure of verify
              } finally {
                f.set().accept(f.value());
              }
            }
          }
          return null;
        }));
      }
      for (var job : jobs) {
        job.get();
      }
    } finally {
      pool.shutdown();
    }
    System.out.printf("SolutionMutationTest %s %s: %d %s, %d tampered copies, %d passed verify%n",
        w.origin().replaceAll(".*/", "") + (w.solution().path("scenario").isEmpty() ? "" : " (--set)"), kind,
        all.size(), kind == Kind.OTHER ? "texts, flags and nulls" : "numbers", tried.get(), passed.size());
    assertTrue(tried.get() > 300, "copies tried: " + tried);
    assertTrue(passed.isEmpty(), passed.size() + " of " + tried + " tampered numbers passed verify:\n"
        + String.join("\n", passed.stream().sorted().toList()));
  }

  static List<Field> fields(JsonNode tree, Kind kind) {
    List<Field> out = new ArrayList<>();
    collect(tree, "", null, out);
    return out.stream().filter(f -> isNumber(f.value()) == (kind != Kind.OTHER)).toList();
  }

  private static boolean excluded(String path, Kind kind) {
    if (kind == Kind.OTHER) {
      return LABELS.contains(path);
    }
    return EXCLUDED.stream().anyMatch(p -> p.matcher(path).matches());
  }

  private static boolean isNumber(JsonNode v) {
    return v.isNumber() || (v.isTextual() && TEXT_NUMBER.matcher(v.textValue()).matches());
  }

  /** The tampered values of one leaf for {@code kind}. */
  static List<JsonNode> tamper(JsonNode v, Kind kind) {
    return switch (kind) {
      case CHANGE -> List.of(tamper(v));
      case BLANK -> List.of(NullNode.instance);
      case OTHER -> v.isBoolean() ? List.of(BooleanNode.valueOf(!v.booleanValue()))
          : v.isTextual() ? List.of(TextNode.valueOf(v.textValue() + "x"))
          : List.of(DoubleNode.valueOf(1), TextNode.valueOf("x"));
    };
  }

  /** Paths of coalFromLargeMinesT of the plants no 大煤保大电 policy covers. */
  static List<String> uncoveredPlants(WrittenSolution w) {
    var in = w.instance();
    List<String> out = new ArrayList<>();
    for (int p = 0; p < in.plants().size(); p++) {
      var plant = in.plants().get(p);
      boolean covered = in.policies().stream().anyMatch(pol -> pol.type() == PolicyType.LARGE_MINE_TO_LARGE_PLANT
          && plant.large() && (pol.regions().isEmpty()
              ? in.regions().stream().noneMatch(r -> r.id().equals(plant.region()) && r.external())
              : pol.regions().contains(plant.region())));
      if (!covered) {
        out.add("plants[" + p + "].coalFromLargeMinesT");
      }
    }
    return out;
  }

  private static VerificationReport verify(WrittenSolution w, JsonNode tree, boolean viaFile) {
    return viaFile ? w.verify(tree) : SolutionVerifier.verify(w.instance(), tree);
  }

  /** 1.5 v + 1, or v + 10 when that is too small a change; whole numbers stay whole; text numbers become 0. */
  static JsonNode tamper(JsonNode v) {
    if (v.isTextual()) {
      return DoubleNode.valueOf(0);
    }
    double x = v.doubleValue();
    double t = 1.5 * x + 1;
    if (Math.abs(t - x) < 10) {
      t = x + 10;
    }
    return v.isIntegralNumber() ? LongNode.valueOf(Math.round(t)) : DoubleNode.valueOf(t);
  }

  private static final Pattern TEXT_NUMBER = Pattern.compile("-?Infinity|NaN");

  static void collect(JsonNode n, String path, Consumer<JsonNode> set, List<Field> out) {
    if (n.isValueNode()) {
      out.add(new Field(path, n, set));
    } else if (n.isObject()) {
      ObjectNode o = (ObjectNode) n;
      List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
      o.fields().forEachRemaining(entries::add);
      for (var e : entries) {
        String key = e.getKey();
        collect(e.getValue(), path.isEmpty() ? key : path + "." + key, v -> o.set(key, v), out);
      }
    } else if (n.isArray()) {
      ArrayNode a = (ArrayNode) n;
      for (int i = 0; i < a.size(); i++) {
        int k = i;
        collect(a.get(i), path + "[" + i + "]", v -> a.set(k, v), out);
      }
    }
  }
}
