package org.coalgrid.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.coalgrid.domain.Instance;
import org.coalgrid.engine.AllocationSolver;
import org.coalgrid.engine.SolveOutcome;
import org.coalgrid.formulation.Formulation;
import org.coalgrid.formulation.ModelContext;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.io.InstanceException;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.io.Scenario;
import org.coalgrid.io.ScenarioOverride;
import org.coalgrid.result.AllocationResult;
import org.coalgrid.result.ResultBuilder;
import org.coalgrid.solve.SolverSettings;

/**
 * A one-parameter series: for each value v_k of the parameter PATH, the instance with {@code PATH=v_k} (after any
 * fixed overrides) is validated, built into a fresh model and solved; each step reports its result, the
 * parameter's own shadow price ({@link ParameterGradient}) and the finite difference
 * (z_k - z_{k-1}) / (v_k - v_{k-1}) that checks it. Every step's instance is validated before the first solve,
 * so a bad value fails the whole sweep at once.
 */
public final class Sweep {

  /** One step: the value, the result (status and, if solved, objective and KPIs) and the two derivatives. */
  public record Step(int index, double value, AllocationResult result, ParameterGradient.Result shadowPrice,
      Double finiteDifference) {}

  /** The base of a sweep: the file tree, overrides applied at every step, and the swept path. */
  public record Spec(JsonNode tree, String origin, List<ScenarioOverride> fixed, String path, double[] values,
      ObjectiveMode mode) {}

  private final Spec spec;
  private final List<Instance> instances = new ArrayList<>();
  private final String unit;

  /** Validates the instance of every step; throws with the problems of the first step that fails. */
  public Sweep(Spec spec) throws InstanceException {
    this.spec = spec;
    String u = "";
    for (double v : spec.values()) {
      Scenario.Result r = apply(v);
      u = r.applied().get(r.applied().size() - 1).unit();
      instances.add(InstanceReader.read(r.tree(), spec.origin() + " with --set " + spec.path() + "=" + number(v))
          .instance());
    }
    this.unit = u.equals("per type") ? policyLimitUnit(instances.get(0), spec.path()) : u;
  }

  /** The unit of policies.ID.limit, which depends on the policy's type. */
  private static String policyLimitUnit(Instance in, String path) {
    return in.policies().stream().filter(p -> path.equals("policies." + p.id() + ".limit")).findFirst()
        .map(p -> switch (p.type()) {
          case COAL_PRODUCTION_CAP, COAL_OUTBOUND_CAP -> "t/yr";
          case CO2_CAP -> "t CO2/yr";
          case SO2_CAP -> "t SO2/yr";
          case EXPORT_CAPABILITY -> "MW";
          case LARGE_MINE_TO_LARGE_PLANT, LOCAL_CONVERSION, GANGUE_UTILISATION, RESERVE_MARGIN -> "share";
          case GENERIC -> "policy unit";
        }).orElse("per type");
  }

  /** The unit of the swept parameter as given in the schema table ("" for none). */
  public String unit() {
    return unit;
  }

  /** The parameter's value at step k. */
  public double value(int k) {
    return spec.values()[k];
  }

  /** The instance of step k (validated). */
  public Instance instance(int k) {
    return instances.get(k);
  }

  /** Solves every step in order; {@code settingsFor} gives the settings for a step's instance. */
  public List<Step> run(Function<Instance, SolverSettings> settingsFor, Consumer<Step> progress) {
    List<Step> steps = new ArrayList<>();
    Double prevObjective = null;
    for (int k = 0; k < spec.values().length; k++) {
      double v = spec.values()[k];
      Instance in = instances.get(k);
      SolverSettings settings = settingsFor.apply(in);
      SolveOutcome out = AllocationSolver.solve(in, spec.mode(), settings);
      AllocationResult result = ResultBuilder.build(out, in.meta().name());
      ParameterGradient.Result shadow = out.raw().status().hasSolution()
          ? ParameterGradient.at(out, v, this::modelAt) : new ParameterGradient.Result(Double.NaN, "no solution");
      Double objective = result.objective() != null ? result.objective().totalCny() : null;
      Double fd = null;
      if (k > 0 && objective != null && prevObjective != null && v != spec.values()[k - 1]) {
        fd = (objective - prevObjective) / (v - spec.values()[k - 1]);
      }
      Step step = new Step(k, v, result, shadow, fd);
      steps.add(step);
      progress.accept(step);
      prevObjective = objective;
    }
    return steps;
  }

  /** The model at parameter value v, or null if that value makes the instance invalid. */
  private ModelContext modelAt(double v) {
    try {
      Instance in = InstanceReader.read(apply(v).tree(), "perturbed").instance();
      return Formulation.build(in, spec.mode());
    } catch (InstanceException e) {
      return null;
    }
  }

  private Scenario.Result apply(double v) throws InstanceException {
    List<ScenarioOverride> all = new ArrayList<>(spec.fixed());
    all.add(ScenarioOverride.of(spec.path(), number(v)));
    return Scenario.apply(spec.tree(), all);
  }

  /** v as a JSON number: an integer when v is whole (so integer fields accept it), else a double. */
  static JsonNode number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? LongNode.valueOf((long) v) : DoubleNode.valueOf(v);
  }

  /** n evenly spaced values from {@code from} to {@code to}, both included (n &gt;= 1; n = 1 gives {from}). */
  public static double[] values(double from, double to, int n) {
    double[] v = new double[n];
    for (int k = 0; k < n; k++) {
      v[k] = n == 1 ? from : from + (to - from) * k / (n - 1);
    }
    if (n > 1) {
      v[n - 1] = to;
    }
    return v;
  }
}
