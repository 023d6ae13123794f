package org.coalgrid.formulation;

import static org.coalgrid.testing.Solved.near;

import org.coalgrid.domain.Instance;
import org.coalgrid.domain.PlantType;
import org.coalgrid.testing.Fixtures;
import org.coalgrid.testing.Solved;
import org.junit.jupiter.api.Test;

/** The objective term by term, welfare mode and the carbon price. */
public class ObjectiveTest {

  /**
   * Every cost term at once. Steam 0.7 tce/t, 2.5 t CO2/tce; mine 300 CNY/t; carbon 100 CNY/t CO2 (175 per t of
   * coal); coal plant 100 MW, 300 gce/kWh, O&amp;M 20. Line to B 60 MW (wheeling 10) for a 70 MW demand; corridor to
   * G 40 MW (wheeling 5) for a 50 MW firm contract at 400 with penalty 600; rail to X (40 CNY/t) for 0.1 Mt sold
   * at 500. Energy per MWh: 128.57 coal + 20 + 75 carbon = 223.57 CNY, below every use, so the plant runs flat out.
   */
  public static Instance allTerms() {
    return Fixtures.create().carbonPrice(100).region("A").region("B").external("G").external("X")
        .grade("steam", 0.7, 0, 2.5)
        .mine("M", "A", "steam", 1e6, 300)
        .arc("AX", "A", "X", null, 40)
        .coalDemand("KX", "X", "steam", 0.1e6, null, 500)
        .coalPlant("P", "A", 100, 300, "steam").vom(20)
        .line("AB", "A", "B", 60).wheeling(10)
        .demand("D", "B", 70)
        .line("AG", "A", "G", 40).wheeling(5)
        .export("X1", "G", 50 * 8760, 100.0, 400, 600)
        .build();
  }

  /** Coal (150 CNY/MWh before carbon, 0.798 t CO2/MWh) against gas at 400, 100 MW each; 80 MW demand; carbon price varies. */
  public static Instance carbon(double price) {
    return Fixtures.create().carbonPrice(price).region("A").grade("steam", 0.7, 0, 2.66)
        .mine("M", "A", "steam", 10e6, 350)
        .coalPlant("P", "A", 100, 300, "steam")
        .otherPlant("G", "A", PlantType.GAS, 100).fuelCost(400)
        .demand("D", "A", 80).build();
  }

  @Test
  void everyTermSeparately() {
    Solved s = Solved.solve(allTerms()).optimalWithPrices();
    double coalToPlant = 876000 * 0.3 / 0.7; // 375428.57 t
    double mining = (coalToPlant + 0.1e6) * 300;
    double transport = 0.1e6 * 40;
    double generation = 876000 * 20.0;
    double wheeling = 60 * 8760 * 10.0 + 40 * 8760 * 5.0;
    double unserved = 10 * 8760 * 10000.0;
    double shortfall = 10 * 8760 * 600.0;
    double carbon = coalToPlant * 175;
    double revenue = -40 * 8760 * 400.0;
    double sales = -0.1e6 * 500;
    near(mining, s.term("MINING"), "mining");
    near(transport, s.term("TRANSPORT"), "transport");
    near(generation, s.term("GENERATION"), "generation");
    near(wheeling, s.term("WHEELING"), "wheeling");
    near(unserved, s.term("UNSERVED"), "unserved");
    near(shortfall, s.term("EXPORT_SHORTFALL"), "shortfall");
    near(65.7e6, carbon);
    near(carbon, s.term("CARBON"), "carbon");
    near(revenue, s.term("EXPORT_REVENUE"), "export revenue");
    near(sales, s.term("COAL_SALES"), "coal sales");
    near(mining + transport + generation + wheeling + unserved + shortfall + carbon + revenue + sales,
        s.objectiveCny(), "total = sum of the terms");
    near(100, s.plant("P", "year").mw());
  }

  @Test
  void carbonPriceBelowTheSwitchKeepsCoalAndSetsThePrice() {
    Solved s = Solved.solve(carbon(300)).optimalWithPrices();
    // coal: 150 + 0.798 x 300 = 389.4 < 400
    near(80, s.plant("P", "year").mw());
    near(150 + 0.798 * 300, s.power("A", "year"), "price includes carbon");
    near(80 * 8760 * 0.798 * 300, s.term("CARBON"));
    near(80 * 8760 * (150 + 0.798 * 300), s.objectiveCny(), "objective");
  }

  @Test
  void carbonPriceAboveTheSwitchTurnsToGas() {
    Solved s = Solved.solve(carbon(400)).optimalWithPrices();
    // coal: 150 + 319.2 = 469.2 > 400
    near(0, s.plant("P", "year").mw());
    near(80 * 8760 * 400.0, s.objectiveCny(), "objective");
    near(0, s.term("CARBON"));
    near(400, s.power("A", "year"));
  }

  @Test
  void welfareModeSubtractsValueAdded() {
    Solved s = Solved.solve(IndustryProductionTest.smelter(5000), ObjectiveMode.WELFARE).optimalWithPrices();
    near(262.8e6, s.term("GENERATION"));
    near(-87600 * 5000.0, s.term("VALUE_ADDED"));
    near(262.8e6 - 438e6, s.objectiveCny());
  }
}
