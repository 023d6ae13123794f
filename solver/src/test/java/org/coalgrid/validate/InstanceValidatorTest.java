package org.coalgrid.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.coalgrid.diagnostics.Problem;
import org.coalgrid.domain.Build;
import org.coalgrid.domain.Demand;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Mine;
import org.coalgrid.domain.Plant;
import org.coalgrid.domain.Region;
import org.coalgrid.domain.Storage;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.io.Resources;
import org.junit.jupiter.api.Test;

/**
 * The validator on records built in code (benchmark generators do this), where the file's structure check
 * has not run: numbers the schema would reject must still be caught.
 */
class InstanceValidatorTest {

  private static Instance minimal() throws Exception {
    return InstanceReader.read(Resources.dir("good").resolve("minimal.json")).instance();
  }

  private static Instance with(Instance in, List<Mine> mines, List<Plant> plants) {
    return new Instance(in.meta(), in.periods(), in.regions(), in.coalGrades(), mines, in.coalArcs(), plants,
        in.lines(), in.industries(), in.directSupplies(), in.demands(), in.coalDemands(), in.exports(),
        in.policies(), in.targets());
  }

  @Test
  void minimalIsClean() throws Exception {
    assertTrue(InstanceValidator.validate(minimal()).isEmpty());
  }

  @Test
  void nanAndNegativeCapacitiesAreErrors() throws Exception {
    Instance in = minimal();
    Mine m = in.mines().get(0);
    Mine nan = new Mine(m.id(), m.name(), m.region(), m.grade(), Double.NaN, 0, m.costCnyPerT(), false, null);
    Plant p = in.plants().get(0);
    Plant neg = new Plant(p.id(), p.name(), p.region(), p.type(), -1, 1.5, p.availabilityByPeriod(),
        p.heatRateGcePerKwh(), p.grades(), 0, 0, 0, 0, false, false, null, null, null, null, null);
    List<String> lines = InstanceValidator.validate(with(in, List.of(nan), List.of(neg))).stream()
        .map(Problem::format).toList();
    assertEquals(List.of(
        "$.mines[0].capacityT: mine \"m1\" has capacityT NaN; it must be a finite number >= 0",
        "$.plants[0].capacityMw: plant \"p1\" has capacityMw -1; it must be a finite number >= 0",
        "$.plants[0].availability: plant \"p1\" has availability 1.5; a share must be in [0, 1]"), lines);
  }

  /** Islands: load with no plant and no line into its region; plants with no load and no line out of theirs. */
  @Test
  void regionsCutOffForPowerAreWarnedAbout() throws Exception {
    Instance in = minimal();
    Plant p = in.plants().get(0);
    List<Region> regions = new java.util.ArrayList<>(in.regions());
    regions.add(new Region("island", null, null, false));
    regions.add(new Region("lonely", null, null, false));
    regions.add(new Region("abroad", null, null, true));
    List<Plant> plants = new java.util.ArrayList<>(in.plants());
    for (String id : List.of("q2", "q1")) {
      plants.add(new Plant(id, null, "lonely", p.type(), 100, 1, null, p.heatRateGcePerKwh(), p.grades(), 0, 0, 0, 0,
          false, false, null, null, null, null, null));
    }
    List<Demand> demands = new java.util.ArrayList<>(in.demands());
    demands.add(new Demand("d2", "island", 50.0, null, null, null));
    Instance cut = new Instance(in.meta(), in.periods(), regions, in.coalGrades(), in.mines(), in.coalArcs(), plants,
        in.lines(), in.industries(), in.directSupplies(), demands, in.coalDemands(), in.exports(), in.policies(),
        in.targets());
    List<String> lines = InstanceValidator.validate(cut).stream().map(Problem::format).toList();
    assertEquals(List.of(
        "$.regions[2]: warning: region \"island\" has load (demand or industry) but no plant and no line into it: it "
            + "can only go unserved; add the lines that supply it, or check their ends",
        "$.regions[3]: warning: region \"lonely\" has plants (q2, q1) but no load, no industry and no line "
            + "out of it: their power can go nowhere; add its lines, or put the plants where their load is"), lines);
  }

  @Test
  void storageEfficiencyAndBuildAreChecked() throws Exception {
    Instance in = minimal();
    Plant p = in.plants().get(0);
    Plant ps = new Plant("ps1", null, p.region(), org.coalgrid.domain.PlantType.PUMPED_STORAGE, 300, 1, null, 0,
        null, 0, 0, 0, 0, false, false, null, null, new Storage(1800, 1.2, null), null, new Build(0, 0, 0));
    List<String> lines = InstanceValidator.validate(with(in, in.mines(), List.of(p, ps))).stream()
        .map(Problem::format).toList();
    assertEquals(List.of(
        "$.plants[1].storage.efficiency: plant \"ps1\" has storage efficiency 1.2; it must be in (0, 1]",
        "$.plants[1].build.unitMw: plant \"ps1\" has build unitMw 0; it must be > 0",
        "$.plants[1].build.maxUnits: plant \"ps1\" has build maxUnits 0; it must be at least 1"), lines);
  }

  @Test
  void idsWithDotsAreRejectedBecauseOverridePathsUseThem() {
    assertTrue("hvdc1".matches(InstanceValidator.ID_PATTERN));
    assertTrue("gz-2_a".matches(InstanceValidator.ID_PATTERN));
    assertTrue(!"hvdc.1".matches(InstanceValidator.ID_PATTERN));
    assertTrue(!"1line".matches(InstanceValidator.ID_PATTERN));
  }
}
