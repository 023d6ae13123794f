package org.coalgrid.verify;

import java.util.Arrays;
import org.coalgrid.domain.Instance;

/**
 * Indices in {@link DualModel} of the rows whose duals solution.json prints as prices and shadow prices, by
 * entity (and period, grade, class); -1 where the model has no such row. The families fill them in.
 */
final class Rows {
  final int[] mine;
  /** [mine] the washery capacity row wash_cap (a mine with a washery capacity or build). */
  final int[] washCap;
  final int[] arc;
  final int[][] pcap;
  final int[][] power;
  final int[][] line;
  final int[][] export;
  final int[] indOutput;
  final int[][] heat;
  /** [region][grade][class]. */
  final int[][][] coal;
  final int[] policy;

  Rows(Instance in, int nt, int classes) {
    mine = filled(in.mines().size());
    washCap = filled(in.mines().size());
    arc = filled(in.coalArcs().size());
    pcap = filled(in.plants().size(), nt);
    power = filled(in.regions().size(), nt);
    line = filled(in.lines().size(), nt);
    export = filled(in.exports().size(), nt);
    indOutput = filled(in.industries().size());
    heat = filled(in.regions().size(), nt);
    coal = new int[in.regions().size()][][];
    for (int r = 0; r < coal.length; r++) {
      coal[r] = filled(in.coalGrades().size(), classes);
    }
    policy = filled(in.policies().size());
  }

  private static int[] filled(int n) {
    int[] a = new int[n];
    Arrays.fill(a, -1);
    return a;
  }

  private static int[][] filled(int n, int m) {
    int[][] a = new int[n][];
    for (int i = 0; i < n; i++) {
      a[i] = filled(m);
    }
    return a;
  }
}
