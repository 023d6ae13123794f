package org.coalgrid.output;

import static org.coalgrid.output.NameColumns.cells;
import static org.coalgrid.output.NameColumns.columns;
import static org.coalgrid.output.NameColumns.header;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coalgrid.domain.Chronology;
import org.coalgrid.domain.Instance;
import org.coalgrid.result.AllocationResult;
import org.coalgrid.words.EntityWords.Kind;

/**
 * The per-step tables of an instance cut into representative days or a full chronological year
 * (docs/formulation.md §2), written beside the per-period tables, and only for those forms. Each row carries
 * where its step stands in time: {@code period} (the step id, DAY-hHH), {@code day} (the day's id),
 * {@code step} (0-based index of the step within its day), {@code start_hour} (hour of the day it starts),
 * {@code step_h} (its length δ, h) and {@code weight_days} (the days of the year its day stands for; 1 in a full
 * year), so a day can be drawn in time order and a step's MW weighted to the year: MWh in the year = MW ×
 * step_h × weight_days.
 *
 * <ul>
 * <li>{@code steps_prices.csv}: electricity price 电价 per region and step (CNY/MWh; none without certified prices);
 * <li>{@code steps_generation.csv}: per plant and step, output and pumping (MW), units online, started and
 *     stopped (unit commitment);
 * <li>{@code steps_storage.csv}: per storage plant (pumped storage 抽水蓄能, battery) and step, the stored energy
 *     at the end of the step (MWh), pumping and output (MW).
 * </ul>
 * Ids have their names beside them, as in every table ({@link NameColumns}).
 */
final class StepTables {
  private StepTables() {}

  /** The file names, in the order they are written. */
  static final List<String> NAMES = List.of("steps_prices.csv", "steps_generation.csv", "steps_storage.csv");

  private static final String[] WHEN = {"period", "day", "step", "start_hour", "step_h", "weight_days"};

  /** Writes the per-step tables of {@code r} if {@code in} has representative days or a full year. */
  static void write(AllocationResult r, Instance in, NameColumns n, FileSink out) throws IOException {
    if (in == null || !in.time().hasDays()) {
      return;
    }
    Chronology chrono = in.chronology();
    Map<String, Object[]> when = new HashMap<>();
    for (int t = 0; t < in.periods().size(); t++) {
      int d = chrono.day(t);
      int k = t - chrono.firstStepOfDay(d);
      when.put(in.periods().get(t).id(), new Object[] {in.periods().get(t).id(), in.time().days().get(d).id(), k,
          k * chrono.duration(t), chrono.duration(t), chrono.weight(t)});
    }
    out.file("steps_prices.csv", CsvRows.table(csv -> {
      csv.header(columns(header("region", Kind.REGION), WHEN, "price_cny_per_mwh"));
      for (var p : r.prices().electricity()) {
        csv.row(cells(n.id(Kind.REGION, p.region()), when.get(p.period()), p.cnyPerMwh()));
      }
    }));
    out.file("steps_generation.csv", CsvRows.table(csv -> {
      csv.header(columns(header("plant", Kind.PLANT), "type", header("region", Kind.REGION), WHEN, "output_mw",
          "pump_mw", "online_units", "started_units", "stopped_units"));
      for (var p : r.plants()) {
        Object[] plant = n.id(Kind.PLANT, p.id());
        Object[] region = n.id(Kind.REGION, p.region());
        for (var t : p.periods()) {
          csv.row(cells(plant, p.type(), region, when.get(t.period()), t.mw(), t.pumpMw(), t.onlineUnits(),
              t.startedUnits(), t.stoppedUnits()));
        }
      }
    }));
    out.file("steps_storage.csv", CsvRows.table(csv -> {
      csv.header(columns(header("plant", Kind.PLANT), "type", header("region", Kind.REGION), WHEN, "level_mwh",
          "pump_mw", "output_mw"));
      for (var p : r.plants()) {
        if (p.periods().isEmpty() || p.periods().get(0).pumpMw() == null || p.periods().get(0).levelMwh() == null) {
          continue; // not a storage plant with a level per step (a reservoir keeps its level per month)
        }
        Object[] plant = n.id(Kind.PLANT, p.id());
        Object[] region = n.id(Kind.REGION, p.region());
        for (var t : p.periods()) {
          csv.row(cells(plant, p.type(), region, when.get(t.period()), t.levelMwh(), t.pumpMw(), t.mw()));
        }
      }
    }));
  }
}
