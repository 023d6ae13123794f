package org.coalgrid.formulation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.coalgrid.cli.Cli;
import org.coalgrid.domain.Instance;
import org.coalgrid.io.InstanceReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The size estimate made before building is an upper bound of the built model, and not a loose one. */
class ModelSizeTest {

  static Stream<Path> shipped() throws IOException {
    return Files.list(Cli.repo().resolve("instances")).filter(p -> p.toString().endsWith(".json")).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shipped")
  void estimateBoundsTheBuiltModel(Path file) throws Exception {
    Instance in = InstanceReader.read(file).instance();
    long estimate = ModelSize.estimate(in).columns();
    for (ObjectiveMode mode : ObjectiveMode.values()) {
      int built = Formulation.build(in, mode).lp().numColumns();
      assertTrue(estimate >= built, mode + ": estimate " + estimate + " < built " + built);
      assertTrue(estimate <= 1.5 * built, mode + ": estimate " + estimate + " > 1.5 x built " + built);
    }
  }
}
