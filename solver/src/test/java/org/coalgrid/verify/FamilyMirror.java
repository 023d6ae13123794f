package org.coalgrid.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.coalgrid.domain.Instance;
import org.coalgrid.formulation.ConstraintFamily;
import org.coalgrid.formulation.Formulation;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.lp.LinearProgram;

/**
 * The verifier's checkers mirror the model's constraint families (issue 9 item 5): {@link SolutionVerifier#FAMILIES}
 * lists one checker per family of {@link Formulation#FAMILIES}, in the same order and under the same name, and on a
 * given instance each checker states exactly the rows its family writes into the model (same row names, same
 * family). Test code only: the verifier itself never sees the model (ArchitectureTest / VerifierIndependenceTest).
 *
 * <p>Called by {@code testing.Verified} on every solution a test verifies, so every fixture of every family test
 * (and the shipped instances) checks it; a new family in the model without its checker fails here by name.
 */
public final class FamilyMirror {
  private FamilyMirror() {}

  /** The family names of the model and of the verifier, which must be equal lists. */
  public static void assertSameFamilies() {
    List<String> model = Formulation.FAMILIES.stream().map(ConstraintFamily::name).toList();
    List<String> verifier = SolutionVerifier.FAMILIES.stream().map(FamilyCheck::family).toList();
    assertEquals(model, verifier, "verify/SolutionVerifier.FAMILIES must hold one checker per family of "
        + "Formulation.FAMILIES, in the same order (a new family needs its checker in verify/)");
    assertEquals(new TreeSet<>(Formulation.FAMILIES.stream().filter(f -> f.role().isLimit())
            .map(ConstraintFamily::name).toList()), new TreeSet<>(PriceCheck.CAP_FAMILIES),
        "the verifier's cap families (whose binding rows solution.json lists) must be the model's caps and "
            + "obligations");
  }

  /**
   * Asserts that on {@code in} (solved in {@code mode}; {@code solution} is its solution.json tree, which the
   * verifier's context needs) each checker adds exactly the rows of its model family.
   */
  public static void assertRowsMirror(Instance in, ObjectiveMode mode, JsonNode solution) {
    assertSameFamilies();
    LinearProgram lp = Formulation.build(in, mode).lp();
    Map<String, TreeSet<String>> modelRows = new LinkedHashMap<>();
    for (int i = 0; i < lp.numRows(); i++) {
      String family = lp.rowInfo(i) == null ? "(none)" : lp.rowInfo(i).family();
      modelRows.computeIfAbsent(family, k -> new TreeSet<>()).add(lp.rowName(i));
    }
    Context c = new Context(in, new SolutionView(in, solution));
    c.v = new Columns(c);
    List<String> problems = new ArrayList<>();
    Map<String, TreeSet<String>> verifierRows = new LinkedHashMap<>();
    for (FamilyCheck check : SolutionVerifier.FAMILIES) {
      int from = c.model.numRows();
      check.rows(c);
      TreeSet<String> mine = verifierRows.computeIfAbsent(check.family(), k -> new TreeSet<>());
      for (int i = from; i < c.model.numRows(); i++) {
        DualModel.RowSpec spec = c.model.spec(i);
        if (!check.family().equals(spec.family())) {
          problems.add(check.getClass().getSimpleName() + " adds row " + spec.name() + " of family " + spec.family()
              + ", not " + check.family());
        }
        mine.add(spec.name());
      }
    }
    for (String family : modelRows.keySet()) {
      if (!verifierRows.containsKey(family)) {
        problems.add("the model writes rows of family " + family + " (e.g. " + modelRows.get(family).first()
            + ") that no checker states");
      }
    }
    for (var e : verifierRows.entrySet()) {
      TreeSet<String> model = modelRows.getOrDefault(e.getKey(), new TreeSet<>());
      TreeSet<String> missing = new TreeSet<>(model);
      missing.removeAll(e.getValue());
      TreeSet<String> extra = new TreeSet<>(e.getValue());
      extra.removeAll(model);
      if (!missing.isEmpty()) {
        problems.add(e.getKey() + ": rows of the model the verifier does not state: " + head(missing));
      }
      if (!extra.isEmpty()) {
        problems.add(e.getKey() + ": rows the verifier states that the model does not have: " + head(extra));
      }
    }
    if (!problems.isEmpty()) {
      fail(in.meta().name() + " (" + mode + "): the verifier's checkers do not mirror the model's families:\n  "
          + String.join("\n  ", problems));
    }
  }

  private static String head(TreeSet<String> names) {
    List<String> l = new ArrayList<>(names);
    return l.size() <= 5 ? String.join(", ", l) : String.join(", ", l.subList(0, 5)) + ", ... (" + l.size() + ")";
  }
}
