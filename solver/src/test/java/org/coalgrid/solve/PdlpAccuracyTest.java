package org.coalgrid.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.coalgrid.cli.Cli;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.result.AllocationResult;
import org.coalgrid.testing.Verified;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PDLP is a first-order method; with its default tolerances (1e-6) its solutions of guizhou-2010 and
 * guiyang-2010 broke reservoir and industry balances by MWh and tonnes, and the independent verifier rejected
 * them. The adapter asks for 1e-9 ({@link OrToolsAdapter#PDLP_PARAMETERS}); these cases must now verify and
 * certify.
 */
class PdlpAccuracyTest {
  @ParameterizedTest
  @ValueSource(strings = {"guizhou-2010.json", "guiyang-2010.json"})
  void pdlpSolutionsPassTheVerifierAndTheCertificate(String name) throws Exception {
    var in = InstanceReader.read(Path.of(Cli.instance(name))).instance();
    AllocationResult r = Verified.solveAndVerify(in, ObjectiveMode.COST, SolverSettings.defaults(Backend.PDLP));
    assertEquals("OPTIMAL", r.status());
    assertTrue(r.prices().available(), r.prices().note());
  }
}
