package org.coalgrid.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;

/**
 * The solution's claims about itself, checked against what its figures show: the status (only OPTIMAL and
 * FEASIBLE carry a plan; an LP whose certified duals prove it optimal is OPTIMAL; a MILP is OPTIMAL only
 * within the MIP gap it was asked for), the model's size (recounted from the verifier's own model), the MIP
 * bound and gap, and the dual certificate's figures (passed, relative duality gap, message), recomputed by
 * {@link DualCheck}.
 */
final class StatusCheck {
  /** The statuses of a solve (README, exit codes). */
  static final List<String> STATUSES = List.of("OPTIMAL", "FEASIBLE", "INFEASIBLE", "UNBOUNDED", "NO_SOLUTION",
      "ERROR");
  /** Slack on the asked MIP gap for backends that measure the gap against another denominator (1 % of it). */
  static final double GAP_SLACK = 1.01;

  private StatusCheck() {}

  /** Relative tolerance of the dual certificate for the backend that gave the duals (PDLP: 1e-4, else 1e-6). */
  static double certificateTolerance(Context c) {
    JsonNode solver = c.s.root.path("solver");
    String backend = solver.path(c.model.numIntegers() > 0 ? "priceBackend" : "backend").asText("");
    return backend.equals("pdlp") ? 1e-4 : 1e-6;
  }

  static double mipGap(Context c) {
    JsonNode g = c.s.root.path("solver").get("relativeMipGap");
    return g != null && g.isNumber() ? g.doubleValue() : 1e-4;
  }

  static void check(Context c) {
    String status = c.s.status;
    c.f.require(STATUSES.contains(status), "status", "status", "'" + status + "' is not a status of a solve");
    c.f.require(status.equals("OPTIMAL") || status.equals("FEASIBLE"), "status", "status",
        status + " says there is no plan, yet the file holds one");
    Written w = new Written(c.f, "model size");
    JsonNode model = c.s.root.get("model");
    DualModel m = c.model;
    w.exact("model", model, "variables", m.numColumns());
    w.exact("model", model, "constraints", m.numRows());
    w.exact("model", model, "nonzeros", m.numNonzeros());
    w.exact("model", model, "integerVariables", m.numIntegers());
    mipGapFigures(c, status);
  }

  private static void mipGapFigures(Context c, String status) {
    JsonNode obj = c.s.root.get("objective");
    Written w = new Written(c.f, "status");
    if (c.model.numIntegers() == 0) {
      w.opt("objective", obj, "bestBoundCny", null, "CNY");
      w.opt("objective", obj, "relativeGap", null, "share");
      return;
    }
    Double bound = number(obj.get("bestBoundCny"));
    Double gap = number(obj.get("relativeGap"));
    if (bound == null || gap == null) {
      c.f.require(false, "status", "objective", "a MILP solution must give bestBoundCny and relativeGap");
      return;
    }
    double total = c.s.totalCny;
    double expected = Double.isFinite(bound) ? Math.abs(total - bound) / Math.max(1e6, Math.abs(total)) : Double.NaN;
    if (Double.isNaN(expected) || Double.isNaN(gap)) {
      c.f.same("status", "objective", "relativeGap", gap.isNaN() ? "NaN" : gap, Double.isNaN(expected) ? "NaN"
          : expected);
    } else {
      c.f.eq("status", "objective", "relativeGap as written", gap, "|total - bestBound| / max(1e6, |total|)",
          expected, "share", expected);
      c.f.le("status", "objective", "best bound", bound, "objective (a bound on a minimum)", total, "CNY",
          Math.abs(total));
    }
    if (status.equals("OPTIMAL")) {
      double asked = mipGap(c);
      c.f.require(expected <= asked * GAP_SLACK, "status", "status", String.format(Locale.ROOT,
          "OPTIMAL with a MIP gap of %.3g, outside the asked gap %.3g", expected, asked));
    }
  }

  /**
   * The certificate's figures against the recomputation: with prices, passed is true, the gap is a finite
   * non-negative number within the tolerance, equal (for an LP) to the gap recomputed up to the rounding bound
   * of {@link DualCheck.Gap} (in CNY), and the message says so;
   * an LP whose duals are certified is OPTIMAL.
   */
  static void certificate(Context c, boolean available, DualCheck.Gap gap, double relTol) {
    JsonNode cert = c.s.root.path("prices").get("certificate");
    if (cert == null || cert.isNull() || cert.isEmpty()) {
      c.f.require(!available, "certificate", "prices.certificate", "prices are given without a certificate");
      return;
    }
    Double written = number(cert.get("relativeDualityGap"));
    c.f.require(written != null && (written.isNaN() || written >= 0), "certificate", "prices.certificate",
        "relativeDualityGap must be a non-negative number, got " + cert.get("relativeDualityGap"));
    if (!available || written == null) {
      return;
    }
    c.f.same("certificate", "prices.certificate", "passed", cert.path("passed").isBoolean()
        ? cert.get("passed").booleanValue() : null, true);
    c.f.require(written <= relTol, "certificate", "prices.certificate", String.format(Locale.ROOT,
        "relativeDualityGap %.3g exceeds the certificate's tolerance %.0e, so no price may be reported", written,
        relTol));
    if (c.model.numIntegers() == 0) {
      double apart = Math.abs(written - gap.relative()) * gap.norm();
      c.f.require(gapsAgree(written, gap), "certificate", "prices.certificate", String.format(Locale.ROOT,
          "relativeDualityGap %.6g as written (%s CNY), %.6g recomputed (%s CNY): %s CNY apart, more than the "
          + "rounding of the sums can explain (%s CNY)", written, Findings.fmt(written * gap.norm()), gap.relative(),
          Findings.fmt(gap.relative() * gap.norm()), Findings.fmt(apart), Findings.fmt(gap.roundingCny())));
      // duals certified at 1e-6 prove an LP optimal (PDLP's 1e-4 is left to its own status)
      c.f.require(relTol > 1e-6 || c.s.status.equals("OPTIMAL"), "status", "status", c.s.status
          + " although the certified duals prove the plan optimal");
    }
    c.f.same("certificate", "prices.certificate", "message", cert.path("message").asText(null),
        String.format(Locale.ROOT, DualCheck.MESSAGE, written));
  }

  /**
   * Whether the written relative duality gap is the recomputed one: in CNY (× 10⁶ + |primal|), no further apart than
   * floating-point rounding of the two computations can explain ({@link DualCheck.Gap#roundingCny}).
   */
  static boolean gapsAgree(double written, DualCheck.Gap gap) {
    return Math.abs(written - gap.relative()) * gap.norm() <= gap.roundingCny();
  }

  private static Double number(JsonNode v) {
    return v == null || v.isNull() ? null : Written.number(v);
  }
}
