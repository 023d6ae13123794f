package org.coalgrid.generate.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.coalgrid.domain.Instance;
import org.coalgrid.domain.PlantType;
import org.coalgrid.generate.builder.EntityBuilder.Style;
import org.coalgrid.io.InstanceException;
import org.coalgrid.io.LoadedInstance;
import org.junit.jupiter.api.Test;

/** The two ways of writing an entity, figures with their sources, and reading a built instance. */
class EntityBuilderTest {

  @Test
  void sparseWritesWhatWasSetInOrderExplicitWritesEveryFieldInRecordOrder() {
    PlantBuilder p = new PlantBuilder("p1").type(PlantType.GAS).region("a").capacityMw(300)
        .fuelCostCnyPerMwh(Figure.of(650, null, "assumption: peaker")).source("S1");
    assertEquals("{\"id\":\"p1\",\"type\":\"GAS\",\"region\":\"a\",\"capacityMw\":300,"
        + "\"fuelCostCnyPerMwh\":{\"value\":650,\"note\":\"assumption: peaker\"},\"source\":\"S1\"}",
        p.toTree(Style.SPARSE).toString());
    assertEquals("{\"id\":\"p1\",\"name\":null,\"region\":\"a\",\"type\":\"GAS\",\"capacityMw\":300,"
        + "\"availability\":1,\"availabilityByPeriod\":{},\"heatRateGcePerKwh\":0,\"grades\":[],\"minLoadShare\":0,"
        + "\"vomCnyPerMwh\":0,\"fuelCostCnyPerMwh\":{\"value\":650,\"note\":\"assumption: peaker\"},"
        + "\"desulfurisationShare\":0,\"large\":false,\"commitment\":false,\"unitMw\":null,\"hydro\":null,"
        + "\"storage\":null,\"chp\":null,\"build\":null,\"source\":\"S1\"}", p.toTree(Style.EXPLICIT).toString());
  }

  @Test
  void aBuiltInstanceReadsThroughTheRealReaderWithItsProvenance() throws Exception {
    InstanceBuilder b = new InstanceBuilder(new MetaBuilder("case").year(2010)
        .sources(java.util.List.of(new org.coalgrid.domain.SourceRef("S1", "000.txt", "quote", null, null, false))));
    b.add(new PeriodBuilder("year", 8760));
    b.add(new RegionBuilder("a"));
    b.add(new PlantBuilder("p1").region("a").type(PlantType.GAS).capacityMw(Figure.cited(300, "S1"))
        .fuelCostCnyPerMwh(500));
    b.add(new DemandBuilder("d1").region("a").mw(100));
    LoadedInstance li = b.read("case");
    assertEquals(300, li.instance().plants().get(0).capacityMw());
    assertEquals("S1", li.provenance().source("$.plants[0].capacityMw").orElseThrow().id());
    Instance bound = b.toInstance("case");
    assertEquals(li.instance(), bound);
  }

  @Test
  void toInstanceSkipsTheSemanticChecksButNotTheStructure() throws Exception {
    InstanceBuilder b = new InstanceBuilder(new MetaBuilder("odd").year(2010));
    b.add(new PeriodBuilder("year", 8760));
    b.add(new RegionBuilder("a"));
    b.add(new DemandBuilder("d1").region("nowhere").mw(100)); // an unknown region: semantic, not structural
    assertEquals("nowhere", b.toInstance("odd").demands().get(0).region());
    assertThrows(InstanceException.class, () -> b.read("odd"));
    b.add(new PlantBuilder("p1").region("a").type(PlantType.GAS)); // no capacity: structural
    assertThrows(InstanceException.class, () -> b.toInstance("odd"));
  }
}
