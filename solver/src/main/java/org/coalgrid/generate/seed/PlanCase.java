package org.coalgrid.generate.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coalgrid.domain.PlantType;
import org.coalgrid.generate.builder.CandidateBuilder;
import org.coalgrid.generate.builder.HydroBuilder;
import org.coalgrid.generate.builder.MetaBuilder;
import org.coalgrid.generate.builder.PlantBuilder;
import org.coalgrid.generate.builder.Series;

/**
 * What the six plan cases (Guizhou 2005/2010/2015, Guiyang, Yangquan, Wuhai) share: 24 periods (12 months x
 * peak/offpeak), the notes on common assumptions, run-of-river and reservoir hydro, coal plants and power
 * bought from an outside grid.
 */
abstract class PlanCase extends SeedCase {
  static final List<String> COMMON_NOTES = List.of(
      "A-PERIODS: 12 months x 2 blocks; peak = 10 h a day, offpeak = 14 h; hours = days x 10 and days x 14 (sum "
          + "8760). Season labels from G-P07: wet June-October, dry December-April, May and November transition.",
      "A-LOAD: demand MW in the peak block = 1.15 x the annual mean, offpeak = 0.893 x; months flat (no seed gives "
          + "a load curve, G-E05).",
      "A-COST: all money in constant ~2010 CNY. Mining costs 250-320 CNY/t are assumed below the delivered price "
          + "range of G-E01 (450-650 CNY/t); washing 20 CNY/t washed; coal vom 15 CNY/MWh, hydro 5; rail 0.12 "
          + "CNY/t.km (G-E04) x assumed distances; transport loss 0.5 %.",
      "A-AVAIL: coal units 0.90 (G-P06 90-93 %), hydro 0.93 (G-P06 90-95 %).",
      "A-GRADES: tce/t from heating values in G-C03 (1 tce = 7,000 kcal/kg, G-C01); CO2 2.7 t/tce (G-C07); "
          + "sulphur from G-C04 where given, otherwise assumed.",
      "A-VA: value added per tonne (welfare mode only) and welfare minimum outputs (50 % of capacity) are "
          + "assumptions.",
      "A-CRF: candidate builds annualised with a capital recovery factor 0.0937 (8 % real, 25 years; assumption).",
      "A-VOLL: default value of lost load 20,000 CNY/MWh (assumption), so unserved energy is a last resort.",
      "Numbers carry {value, source, note}; a note starting 'assumption' is not in the seeds or in seed-facts §8 "
          + "and is explained here or in the note itself.");

  PlanCase(SourceTable sources) {
    super(sources);
  }

  MetaBuilder meta(String name, String description, int year, List<String> extraNotes) {
    List<String> notes = new ArrayList<>(COMMON_NOTES);
    notes.addAll(extraNotes);
    return new MetaBuilder(name).description(description).year(year).currency("CNY").hoursInYear(8760)
        .vollCnyPerMwh(b.a(20000, "assumption A-VOLL"))
        .carbonPriceCnyPerTCo2(b.a(0, "no carbon price in the seed plans")).notes(notes);
  }

  /**
   * Run-of-river hydro: the annual energy by month (A-GZ-HYDRO), over blocks by hours. The series cites the source
   * of the annual energy: {@code G-P01} for a named station's energy, {@code G-P03} for MW x national hydro hours.
   */
  HydroBuilder hydroRr(double annualMwh, String source) {
    return new HydroBuilder().energyMwhByPeriod(Series.of(hydroEnergyByPeriod(annualMwh), source, shape(annualMwh)))
        .storageMwh(null).inflowMwhByPeriod(Map.of()).minReleaseMw(0);
  }

  /** A reservoir (size assumed) with the annual inflow by month; the series cites the annual energy's source. */
  HydroBuilder hydroRes(double annualMwh, Number storageMwh, String source) {
    return new HydroBuilder().energyMwhByPeriod(Map.of())
        .storageMwh(b.a(storageMwh, "assumption: reservoir size not in seeds"))
        .inflowMwhByPeriod(Series.of(hydroEnergyByPeriod(annualMwh), source, shape(annualMwh))).minReleaseMw(0);
  }

  private String shape(double annualMwh) {
    return fixed(annualMwh / 1e6, 2) + " TWh/yr spread by month as A-GZ-HYDRO (assumption) and over the blocks of "
        + "a month by hours";
  }

  /** The share of coal lost on an arc (A-COST: 0.5 %). */
  Number lost() {
    return b.a(0.005, "assumption A-COST: 0.5 % of the coal lost in transport");
  }

  /** A load series: {@code annualMwh} shaped by A-LOAD, noted with {@code what} it is. */
  Series load(double annualMwh, String what) {
    return Series.of(demandMwByPeriod(annualMwh), null, what + "; " + fixed(annualMwh / 1e6, 2)
        + " TWh/yr shaped by A-LOAD (assumption): peak block 1.15 x the mean, months flat");
  }

  /** A large coal plant burning steam and washed coal, FGD 0.9 (G-C07). */
  PlantBuilder coalPlant(String id, String name, String region, Number mw, Number heat, String src, String note) {
    return coalPlant(id, name, region, mw, heat, src, note, PlantType.COAL, 0.9, null);
  }

  /**
   * A coal-burning plant: capacity from {@code src} and/or {@code note} (bare if neither), availability 0.9
   * (G-P06), heat rate (G-P04), vom 15 (assumption), desulphurisation 0.9 (G-C07) or a lower assumed share;
   * large, burning steam and washed coal until changed.
   */
  PlantBuilder coalPlant(String id, String name, String region, Number mw, Number heat, String src, String note,
      PlantType type, double desulf, CandidateBuilder build) {
    Number capacity = src != null || note != null ? b.v(mw, src, note) : mw;
    return plant(id, name, region, type, capacity).availability(b.v(0.9, "G-P06"))
        .heatRateGcePerKwh(b.v(heat, "G-P04")).grades("steam", "washed").vomCnyPerMwh(b.a(15, A))
        .desulfurisationShare(desulf >= 0.9 ? b.v(desulf, "G-C07") : b.a(desulf, "assumption")).large(true)
        .build(build).source(src);
  }

  /** An outside grid selling power: a non-coal plant in the external region, fuel cost = purchase price. */
  PlantBuilder gridPurchase(String id, String name, String region, Number mw, Number price, String src) {
    return plant(id, name, region, PlantType.GAS, b.a(mw, "assumption: purchase limit")).availability(1.0)
        .fuelCostCnyPerMwh(b.v(price, "G-E02", "purchase at about the large-industry/benchmark tariff")).source(src)
        .notes("An outside grid selling power: modelled as a non-coal plant in the external region (GAS type, fuel "
            + "cost = purchase price).");
  }
}
