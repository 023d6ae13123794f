package org.coalgrid.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.coalgrid.domain.Instance;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.io.Scenario;
import org.coalgrid.io.ScenarioOverride;
import org.coalgrid.output.Json;
import org.coalgrid.result.ResultBuilder;
import org.coalgrid.engine.AllocationSolver;
import org.coalgrid.solve.SolverSettings;

/**
 * A solution.json as {@code coalgrid solve [--set ...] --out} writes it (solved in-process, written to text and
 * read back, as {@code coalgrid verify} reads it), with the instance file's tree it is checked against.
 */
record WrittenSolution(JsonNode instanceTree, String origin, Instance instance, JsonNode solution) {

  static WrittenSolution solve(String file, SolverSettings settings, String... sets) throws Exception {
    Path path = SolutionVerifierTest.repo().resolve("instances").resolve(file);
    JsonNode base = InstanceReader.parseTree(path);
    List<ScenarioOverride> overrides = Arrays.stream(sets).map(ScenarioOverride::parse).toList();
    Scenario.Result edited = Scenario.apply(base, overrides);
    var loaded = InstanceReader.read(edited.tree(), path.toString());
    Instance in = loaded.instance();
    var outcome = AllocationSolver.solve(in, ObjectiveMode.COST, settings);
    // as coalgrid solve writes it: with the instance's warnings, one line each
    var result = ResultBuilder.build(outcome, in.meta().name(), edited.applied(),
        loaded.warnings().stream().map(org.coalgrid.diagnostics.Problem::format).toList());
    String text = Json.writer().writeValueAsString(Json.MAPPER.valueToTree(result));
    return new WrittenSolution(base, path.toString(), in, Json.MAPPER.readTree(text));
  }

  /** {@code coalgrid verify INSTANCE SOLUTION} on {@code tree} (this solution or a tampered copy). */
  VerificationReport verify(JsonNode tree) {
    return ScenarioCheck.verify(instanceTree, origin, tree);
  }
}
