package org.coalgrid.io.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.lang.reflect.RecordComponent;
import org.coalgrid.domain.Build;
import org.coalgrid.domain.Chp;
import org.coalgrid.domain.CoalArc;
import org.coalgrid.domain.CoalDemand;
import org.coalgrid.domain.CoalGrade;
import org.coalgrid.domain.Demand;
import org.coalgrid.domain.DirectSupply;
import org.coalgrid.domain.ExportContract;
import org.coalgrid.domain.Hydro;
import org.coalgrid.domain.Industry;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Line;
import org.coalgrid.domain.Meta;
import org.coalgrid.domain.Pathway;
import org.coalgrid.domain.Mine;
import org.coalgrid.domain.Period;
import org.coalgrid.domain.Plant;
import org.coalgrid.domain.Policy;
import org.coalgrid.domain.Potlines;
import org.coalgrid.domain.Region;
import org.coalgrid.domain.SourceRef;
import org.coalgrid.domain.Storage;
import org.coalgrid.domain.Target;
import org.coalgrid.domain.TimeStructure;
import org.coalgrid.domain.Uncertainty;
import org.coalgrid.domain.Washing;
import org.junit.jupiter.api.Test;

/** The schema table and the domain records name the same fields in the same order. */
class SchemaTableTest {

  private static final Map<String, Class<?>> RECORDS = Map.ofEntries(
      Map.entry("instance", Instance.class), Map.entry("meta", Meta.class), Map.entry("sourceRef", SourceRef.class),
      Map.entry("period", Period.class), Map.entry("region", Region.class), Map.entry("coalGrade", CoalGrade.class),
      Map.entry("mine", Mine.class), Map.entry("washing", Washing.class), Map.entry("coalArc", CoalArc.class),
      Map.entry("plant", Plant.class), Map.entry("hydro", Hydro.class), Map.entry("storage", Storage.class),
      Map.entry("chp", Chp.class), Map.entry("build", Build.class), Map.entry("line", Line.class),
      Map.entry("industry", Industry.class), Map.entry("potlines", Potlines.class),
      Map.entry("directSupply", DirectSupply.class), Map.entry("demand", Demand.class),
      Map.entry("coalDemand", CoalDemand.class), Map.entry("export", ExportContract.class),
      Map.entry("policy", Policy.class), Map.entry("term", Policy.Term.class), Map.entry("target", Target.class),
      Map.entry("time", TimeStructure.class), Map.entry("day", TimeStructure.Day.class),
      Map.entry("uncertainty", Uncertainty.class), Map.entry("basin", Uncertainty.Basin.class),
      Map.entry("hydroScenario", Uncertainty.HydroScenario.class),
      Map.entry("hydroChange", Uncertainty.HydroChange.class), Map.entry("firstStage", Uncertainty.FirstStage.class),
      Map.entry("commitment", Uncertainty.Commitment.class), Map.entry("cvar", Uncertainty.Cvar.class),
      Map.entry("monteCarlo", Uncertainty.MonteCarlo.class), Map.entry("inflowSpread", Uncertainty.Spread.class),
      Map.entry("correlation", Uncertainty.Correlation.class),
      Map.entry("pathway", Pathway.class), Map.entry("pathwayChange", Pathway.Change.class),
      Map.entry("assetLife", Pathway.AssetLife.class), Map.entry("yearTarget", Pathway.YearTarget.class),
      Map.entry("mineBuild", org.coalgrid.domain.MineBuild.class),
      Map.entry("potlineBuild", org.coalgrid.domain.PotlineBuild.class),
      Map.entry("mineLife", Pathway.SupplyLife.class), Map.entry("potlineLife", Pathway.SupplyLife.class),
      Map.entry("washeryLife", Pathway.SupplyLife.class));

  @Test
  void everyEntityMatchesItsRecord() {
    assertEquals(RECORDS.keySet(), new java.util.HashSet<>(
        SchemaTable.entities().stream().map(EntitySpec::name).toList()));
    for (EntitySpec e : SchemaTable.entities()) {
      List<String> components = Arrays.stream(RECORDS.get(e.name()).getRecordComponents())
          .map(RecordComponent::getName).toList();
      List<String> fields = new ArrayList<>(e.fieldNames());
      if (!components.contains("source")) {
        fields.remove("source");
      }
      if (!components.contains("notes")) {
        fields.remove("notes");
      }
      if (e.name().equals(SchemaTable.ROOT)) {
        fields.remove("pathway"); // bound on its own by PathwayReader (a single-year Instance has no years)
      }
      assertEquals(components, fields, e.name());
    }
  }

  @Test
  void briefDefaults() {
    assertEquals("8760", SchemaTable.entity("meta").field("hoursInYear").orElseThrow().defaultText());
    assertEquals("2.66", SchemaTable.entity("coalGrade").field("co2TPerTce").orElseThrow().defaultText());
    assertEquals("none", SchemaTable.entity("coalArc").field("capacityT").orElseThrow().defaultText());
    assertEquals("required", SchemaTable.entity("coalArc").field("mode").orElseThrow().defaultText());
    assertEquals("\"FLAT\"", SchemaTable.entity("industry").field("profile").orElseThrow().defaultText());
    assertEquals("(0, 1]", SchemaTable.entity("storage").field("efficiency").orElseThrow().rangeText());
  }
}
