package org.coalgrid.testing;

/**
 * The two-hydro-years case as JSON text, shared by the stochastic planner's tests and the CSV-folder tests: one
 * hydro plant of 300 MW (1,752,000 MWh in a normal year), a coal plant and a peaker to build (up to 3 units of 100
 * MW each), a load of 300 MW, a year as one period; {@link #withUncertainty} gives it its uncertainty section.
 */
public final class TwoHydroYears {
  private TwoHydroYears() {}

  /** The instance whose {@code uncertainty} object holds {@code body} (its fields, without the braces). */
  public static String withUncertainty(String body) {
    return """
        {
          "meta": {"name": "two hydro years", "year": 2010, "vollCnyPerMwh": 10000},
          "periods": [{"id": "year", "hours": 8760}],
          "regions": [{"id": "a"}],
          "coalGrades": [{"id": "g", "tcePerT": 1.0}],
          "mines": [{"id": "m", "region": "a", "grade": "g", "capacityT": 1e8, "costCnyPerT": 0}],
          "plants": [
            {"id": "hydro", "region": "a", "type": "HYDRO", "capacityMw": 300,
             "hydro": {"energyMwhByPeriod": {"year": 1752000}}},
            {"id": "coal", "region": "a", "type": "COAL", "capacityMw": 0, "heatRateGcePerKwh": 300, "grades": ["g"],
             "vomCnyPerMwh": 200, "build": {"unitMw": 100, "maxUnits": 3, "capexCnyPerMwYr": 1500000}},
            {"id": "peaker", "region": "a", "type": "GAS", "capacityMw": 0, "fuelCostCnyPerMwh": 400,
             "build": {"unitMw": 100, "maxUnits": 3, "capexCnyPerMwYr": 200000}}
          ],
          "demands": [{"id": "load", "region": "a", "mw": 300}],
          "uncertainty": {
        """ + body + """

          }
        }
        """;
  }
}
