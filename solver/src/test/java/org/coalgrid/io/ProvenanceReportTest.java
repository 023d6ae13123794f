package org.coalgrid.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.coalgrid.cli.Cli;
import org.coalgrid.io.ProvenanceReport.Origin;
import org.coalgrid.io.schema.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counting numbers by origin, series with one source, and validate --provenance. */
class ProvenanceReportTest {
  @TempDir
  Path tmp;

  /** A plant with a seed-sourced capacity, an external availability, an assumed heat rate, a plain vom; a sourced series. */
  private static final String CASE = """
      {"meta": {"name": "p", "year": 2010, "vollCnyPerMwh": {"value": 9000, "note": "assumption A-VOLL"},
        "sources": [{"id": "S1", "file": "000.txt", "quote": "q"}, {"id": "G1", "title": "handbook", "external": true}]},
       "periods": [{"id": "wet", "hours": 4380}, {"id": "dry", "hours": 4380}],
       "regions": [{"id": "a"}],
       "coalGrades": [{"id": "steam", "tcePerT": 0.7}],
       "mines": [{"id": "m", "region": "a", "grade": "steam", "capacityT": 1e6, "costCnyPerT": 300}],
       "plants": [{"id": "p", "region": "a", "type": "COAL", "capacityMw": {"value": 100, "source": "S1"},
         "availability": {"value": 0.9, "source": "G1"}, "heatRateGcePerKwh": {"value": 320, "note": "assumption"},
         "grades": ["steam"], "vomCnyPerMwh": 12, "minLoadShare": 0}],
       "demands": [{"id": "d", "region": "a",
         "mwByPeriod": {"value": {"wet": 50, "dry": {"value": 60, "source": "S1"}}, "note": "assumption A-LOAD"}}],
       "targets": [{"id": "t", "metric": "coal.produced", "sense": "GE", "value": 1, "tolerance": 0.1,
         "source": "S1"}]}
      """;

  @Test
  void countsEveryNumberByOriginWithSeriesAndTargetSources() throws Exception {
    JsonNode tree = Json.MAPPER.readTree(CASE);
    ProvenanceReport r = ProvenanceReport.of(tree);
    // seed: capacityMw, the dry entry (its own source), target value and tolerance; external: availability;
    // assumption: voll, heat rate, the wet entry (series note); nothing: period hours x 2, the grade's tce/t, mine
    // capacity and cost, vom (minLoadShare 0 is the default and not counted)
    assertEquals(Map.of(Origin.SEED, 4, Origin.EXTERNAL, 1, Origin.ASSUMPTION, 3, Origin.NONE, 6), r.counts());
    assertEquals(List.of("$.periods[0].hours", "$.periods[1].hours", "$.coalGrades[0].tcePerT",
        "$.mines[0].capacityT", "$.mines[0].costCnyPerT", "$.plants[0].vomCnyPerMwh"), r.unsourced());
  }

  @Test
  void aSourcedSeriesReadsWithItsSourceRecordedAtTheMap() throws Exception {
    LoadedInstance li = InstanceReader.read(Json.MAPPER.readTree(CASE), "p");
    assertEquals(Map.of("wet", 50.0, "dry", 60.0), li.instance().demands().get(0).mwByPeriod());
    assertEquals("assumption A-LOAD", li.provenance().note("$.demands[0].mwByPeriod").orElseThrow());
    assertEquals("S1", li.provenance().source("$.demands[0].mwByPeriod.value.dry").orElseThrow().id());
  }

  @Test
  void aSetIntoASourcedSeriesChangesTheEntry() throws Exception {
    Path f = tmp.resolve("p.json");
    Files.writeString(f, CASE);
    Cli r = Cli.run("validate", f.toString(), "--set", "demands.d.mwByPeriod.wet=70");
    assertEquals(0, r.exitCode(), r.err());
  }

  @Test
  void validateProvenancePrintsTheCountsAndTheUnsourcedPaths() throws Exception {
    Path f = tmp.resolve("p.json");
    Files.writeString(f, CASE);
    Cli r = Cli.run("validate", "--provenance", f.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("Provenance 数据来源: 14 numbers: 4 cite a seed (28.6 %), 1 an external reference "
        + "(7.1 %), 3 an assumption (21.4 %), 6 nothing (42.9 %)"), r.out());
    assertTrue(r.out().contains("  $.plants[0].vomCnyPerMwh\n"), r.out());
  }
}
