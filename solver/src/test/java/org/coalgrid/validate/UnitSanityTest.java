package org.coalgrid.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.coalgrid.generate.InstanceGenerator;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.diagnostics.Problem;
import org.coalgrid.io.LoadedInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plausible ranges of {@link UnitSanity} and the structural rules of {@link NetworkRules} are bounds on what
 * exists, not on what is typical: they must not fire on any shipped instance (but the one warning of {@link #KNOWN})
 * nor on a generated S, M or L instance, LP or MILP. (Each rule's own case is in the warn/ and bad/ catalogues.)
 */
class UnitSanityTest {
  static Stream<Path> shipped() throws IOException {
    Path repo = Path.of(System.getProperty("coalgrid.repo", "..")).toAbsolutePath().normalize();
    try (Stream<Path> a = Files.list(repo.resolve("instances")); Stream<Path> b = Files.list(repo.resolve(
        "instances/examples"))) {
      return Stream.concat(a, b).filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  /**
   * The one warning a shipped instance has on purpose: wuhai-2011's candidate pumped storage cannot charge. Its seed
   * (P-W03, 「120万千瓦抽水蓄能电站」) gives the generating capacity only, so no pumping capacity is invented; the
   * warning says what is missing (PlantRules.cannotCharge).
   */
  static final Map<String, List<String>> KNOWN = Map.of("wuhai-2011.json", List.of("$.plants[7].storage: warning: "
      + "plant \"yellow-river-ps\" cannot charge: its pumping capacity is 0 MW (storage.pumpCapacityMw is not given, "
      + "so it is capacityMw before builds, 0 MW; a build adds generating capacity only), so its 7200 MWh of storage "
      + "is never filled and it generates nothing; give storage.pumpCapacityMw (MW) to let it pump"));

  @ParameterizedTest(name = "{0}")
  @MethodSource("shipped")
  void noShippedInstanceHasAWarning(Path file) throws Exception {
    LoadedInstance li = InstanceReader.read(file);
    assertEquals(KNOWN.getOrDefault(file.getFileName().toString(), List.of()),
        li.warnings().stream().map(Problem::format).toList(), file.toString());
  }

  static Stream<String> generated() {
    return Stream.of("S", "M", "L", "S --mip", "M --mip", "L --mip");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generated")
  void noGeneratedInstanceHasAWarning(String size) throws Exception {
    InstanceGenerator.Spec spec = InstanceGenerator.Size.parse(size.substring(0, 1)).spec(1, size.endsWith("--mip"));
    LoadedInstance li = InstanceReader.read(InstanceGenerator.generate(spec), spec.label());
    assertEquals(List.of(), li.warnings().stream().map(Problem::format).toList(), spec.label());
  }
}
