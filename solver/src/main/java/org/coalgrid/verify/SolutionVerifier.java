package org.coalgrid.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.coalgrid.domain.Instance;

/**
 * An independent checker of a written solution: from the instance's domain records and the solution.json tree
 * alone it rebuilds the model of docs/formulation.md in domain units and checks every figure the solution
 * prints. It shares no code with the model builder, the solver or the result writer (an architecture test keeps
 * it so), so a bug there shows up here as a disagreement.
 *
 * <p>What is checked, by the check name a {@link Violation} carries:
 * <ul>
 *   <li>the plan: every row and bound of every constraint family ({@link #FAMILIES}, one checker per family,
 *       mirroring the model's): {@code mine bounds}, {@code washing}, {@code coal balance} (all origin classes
 *       together: the solution does not split flows by origin), {@code arc capacity}, {@code arc grades},
 *       {@code plant fuel}, {@code plant capacity} (with unit commitment), {@code builds}, {@code hydro energy},
 *       {@code hydro min release}, {@code reservoir level}, {@code reservoir storage}, {@code pumped storage level},
 *       {@code pumped storage bounds}, {@code power balance}, {@code unserved}, {@code line capacity},
 *       {@code export contract}, {@code export max}, {@code industry output}, {@code industry profile},
 *       {@code industry coal feed}, {@code potlines}, {@code heat balance}, {@code direct supply},
 *       {@code coal demand}, {@code large-mine origin}, {@code policy}, {@code nonnegative};</li>
 *   <li>the objective: {@code objective term} (each term recomputed from the values and the instance's prices)
 *       and {@code objective total};</li>
 *   <li>every derived figure ({@code report}): per-entity totals, utilisation hours, fuel tce, line energy sent
 *       and lost, arc losses, per-period MWh, capacity, load and firm energy, and every KPI;</li>
 *   <li>the prices ({@code price}, {@code policy report}, {@code binding}): every price and shadow price equals
 *       the dual of its row in domain units, policies' activities and bounds, and the list of binding caps is
 *       exactly the cap rows with a nonzero dual;</li>
 *   <li>the duals themselves ({@code dual sign}, {@code complementary slackness}, {@code strong duality},
 *       {@code certificate}): the certificate of docs/formulation.md §6 recomputed ({@link DualCheck});</li>
 *   <li>the claims ({@code status}, {@code model size}): the status matches the figures, the model's size is
 *       recounted, and a recorded {@code --set} scenario is one the instance takes ({@code scenario});</li>
 *   <li>the instance's warnings ({@code warnings}, {@link #verify(Instance, JsonNode, List)}): exactly those the
 *       instance's reader gives.</li>
 * </ul>
 *
 * <p>Tolerance of the plan and report checks: a check fails when it is off by more than
 * {@code max(floor(unit), 1e-6 x magnitude)}, where the magnitude is the sum of the absolute values of the terms
 * involved (for a bound, the larger of value and bound). Absolute floors: 0.01 t (also tce, t CO2, t SO2),
 * 0.001 MW, 1 MWh, 1 GJ, 1 CNY, 1e-6 for counts (units built, potlines), 1e-9 for shares, hours and prices (CNY per
 * unit: a price must be the very dual it stands for), 0.01 for other units. They sit well above the solvers' feasibility
 * tolerances (1e-7 in model units: kt, MW, GWh, million CNY) and far below anything a planner would read. The
 * duals are checked with the certificate's own tolerances ({@link DualCheck}).
 */
public final class SolutionVerifier {
  /** Relative tolerance, of the magnitude of the terms involved. */
  public static final double REL_TOL = 1e-6;

  /** The constraint families, in the order of the model's (docs/formulation.md §4, §5). */
  static final List<FamilyCheck> FAMILIES = List.of(
      new MineCheck(),
      new WashingCheck(),
      new CoalBalanceCheck(),
      new ArcCheck(),
      new PlantFuelCheck(),
      new PlantCapacityCheck(),
      new HydroCheck(),
      new PumpedStorageCheck(),
      new PowerBalanceCheck(),
      new LineCheck(),
      new ExportCheck(),
      new IndustryCheck(),
      new HeatCheck(),
      new DirectSupplyCheck(),
      new CoalDemandCheck(),
      new PolicyCheck(),
      new RampCheck(),
      new UnitCommitmentCheck(),
      new WasheryCheck(),
      new ObjectiveCheck());

  private SolutionVerifier() {}

  /** Absolute tolerance floor of a unit. */
  public static double floor(String unit) {
    return switch (unit) {
      case "t", "t/yr", "tce", "t CO2", "t SO2" -> 0.01;
      case "MW" -> 1e-3;
      case "MWh", "GJ", "CNY" -> 1.0;
      case "units" -> 1e-6;
      case "share", "h", "gce/kWh" -> 1e-9;
      // a price or shadow price (CNY per unit) must be the very dual it stands for
      default -> unit.startsWith("CNY/") || unit.startsWith("CNY per") ? 1e-9 : 0.01;
    };
  }

  /**
   * Checks {@code solution} (a solution.json tree) against {@code instance}, the instance it was solved from
   * with any {@code --set} scenario already applied (as {@code coalgrid solve} holds it). To check a written
   * file against the instance file, use {@link ScenarioCheck#verify}, which applies the recorded scenario first.
   * Thread-safe: no shared state.
   *
   * @throws MalformedSolutionException if the tree lacks values the checks need or does not match the instance
   */
  public static VerificationReport verify(Instance instance, JsonNode solution) {
    Context c = new Context(instance, new SolutionView(instance, solution));
    c.v = new Columns(c);
    for (FamilyCheck family : FAMILIES) {
      family.rows(c);
    }
    c.model.freeze();
    for (FamilyCheck family : FAMILIES) {
      family.check(c);
    }
    StatusCheck.check(c);
    ReportCheck.check(c);
    KpiCheck.check(c);
    double[] y = DualCheck.duals(c);
    PriceCheck.check(c, y);
    double relTol = StatusCheck.certificateTolerance(c);
    DualCheck.Gap gap = y != null ? DualCheck.check(c, y, relTol, StatusCheck.mipGap(c)) : DualCheck.Gap.NONE;
    StatusCheck.certificate(c, y != null, gap, relTol);
    return new VerificationReport(c.f.violations(), c.f.checks());
  }

  /**
   * As {@link #verify(Instance, JsonNode)}, and the solution's {@code warnings} must be exactly {@code warnings},
   * the lines of the instance's warnings as its reader gives them ({@link WarningsCheck}; {@link ScenarioCheck}
   * recomputes them by reading the instance file again).
   */
  public static VerificationReport verify(Instance instance, JsonNode solution, List<String> warnings) {
    Findings f = new Findings();
    WarningsCheck.check(f, warnings, solution);
    VerificationReport r = verify(instance, solution);
    List<Violation> all = new java.util.ArrayList<>(f.violations());
    all.addAll(r.violations());
    return new VerificationReport(all, r.checks() + f.checks());
  }
}
