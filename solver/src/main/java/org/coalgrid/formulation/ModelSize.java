package org.coalgrid.formulation;

import org.coalgrid.domain.CoalArc;
import org.coalgrid.domain.Industry;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Line;
import org.coalgrid.domain.Mine;
import org.coalgrid.domain.Plant;
import org.coalgrid.domain.PlantType;
import org.coalgrid.domain.PolicyType;

/**
 * The size of the model an instance will give, counted from the instance alone (no model is built), and
 * the Java heap it will take, so that a model too large for the memory at hand is refused before building
 * starts. The column count mirrors {@link Variables} (an upper bound: every candidate column counted);
 * rows are about as many as columns in every shipped instance (0.8 to 1.0 of them).
 *
 * <p>Heap per column, measured with {@code Formulation.build} + {@code OrToolsAdapter.toProto} on the
 * shipped instances and on synthetic ones of 0.2 and 0.44 million columns (see docs/reliability.md): the
 * model with its names and row data 430 to 600 bytes, the solver's proto copy another 385 bytes. We count
 * {@value #HEAP_BYTES_PER_COLUMN} bytes per column, plus 4 bytes per cell of the dense index tables
 * (arcs, plants and industries × grades × origin classes).
 */
public record ModelSize(long columns, long indexCells) {

  /** Java heap per column of the model, its row share and its proto copy (bytes; measured, rounded up). */
  public static final long HEAP_BYTES_PER_COLUMN = 1200;

  /** Counts the columns {@code Formulation.build} will create for {@code in} (an upper bound). */
  public static ModelSize estimate(Instance in) {
    long nt = in.periods().size();
    long grades = in.coalGrades().size();
    long classes = in.policies().stream().anyMatch(p -> p.type() == PolicyType.LARGE_MINE_TO_LARGE_PLANT) ? 2 : 1;
    long cols = 0;
    for (Mine m : in.mines()) {
      cols += 1 + (m.washing() != null ? 2 : 0) + (m.build() != null ? 1 : 0)
          + (m.washing() != null && m.washing().hasCapacity() ? 1 + (m.washing().build() != null ? 1 : 0) : 0);
    }
    for (CoalArc a : in.coalArcs()) {
      cols += (a.grades().isEmpty() ? grades : a.grades().size()) * classes;
    }
    for (Plant p : in.plants()) {
      long perPeriod = 1;
      if (p.type().storesEnergy()) {
        perPeriod += 2;
        if (p.storage() != null && p.storage().interDay()) {
          cols += 366 + in.time().days().size(); // soc per day of the year, dsoc per representative day
        }
      }
      if (p.type() == PlantType.HYDRO && p.hydro() != null) {
        perPeriod += 2;
      }
      if (p.commitment()) {
        perPeriod += p.hasCommitmentDynamics() && in.time().hasDays() ? 3 : 1; // o, and su, sd (§4.18)
      }
      cols += perPeriod * nt + (long) p.grades().size() * classes + (p.build() != null ? 1 : 0);
    }
    for (Line l : in.lines()) {
      cols += 2 * nt + (l.build() != null ? 1 : 0);
    }
    for (Industry i : in.industries()) {
      cols += nt + (long) i.coalFeedTPerT().size() * classes + 1
          + (i.potlines() != null && i.potlines().build() != null ? 1 : 0);
    }
    cols += (long) in.coalDemands().size() * classes;
    cols += nt * (in.directSupplies().size() + in.demands().size() + 2L * in.exports().size());
    long cells = (long) (in.coalArcs().size() + in.plants().size() + in.industries().size()) * grades * classes;
    return new ModelSize(cols, cells);
  }

  /** Java heap the model and its solver copy will take (bytes). */
  public long heapBytes() {
    return columns * HEAP_BYTES_PER_COLUMN + 4 * indexCells;
  }
}
