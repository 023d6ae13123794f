package org.coalgrid.timeseries;

import java.util.Arrays;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * k-medoids clustering of points (days) by Euclidean distance, seeded and deterministic: each cluster is
 * represented by one of its own points (a real day), not by a mean. Start: k-means++ seeding (the first medoid
 * uniform, each next one drawn with probability proportional to the squared distance to the nearest medoid so
 * far; Arthur and Vassilvitskii 2007) from Commons Math's {@link Well19937c} generator seeded with {@code seed};
 * then alternate (Voronoi iteration, Park and Jun 2009): assign every point to its nearest medoid, move each
 * medoid to the member with the least total distance to its cluster, until no medoid moves. {@code restarts}
 * such runs from the same random stream; the one of least total distance wins.
 *
 * <p>Ties are broken by the lowest index (a medoid keeps itself), so the same points, k, seed and restarts give
 * the same clusters on any machine. Clusters are returned in the order of their medoids' indices.
 */
public final class KMedoids {
  /** Most assignment/update rounds of one run (they stop much earlier in practice). */
  static final int MAX_ROUNDS = 200;

  /**
   * The clusters: {@code medoids[c]} the index of cluster c's representative point (ascending),
   * {@code assignment[i]} the cluster of point i, {@code cost} the sum of distances of the points to their
   * medoids.
   */
  public record Clusters(int[] medoids, int[] assignment, double cost) {

    /** Points in cluster c. */
    public int size(int c) {
      return (int) Arrays.stream(assignment).filter(a -> a == c).count();
    }
  }

  private final double[][] dist;
  private final int n;

  private KMedoids(double[][] points) {
    n = points.length;
    dist = new double[n][n];
    EuclideanDistance euclid = new EuclideanDistance();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double d = euclid.compute(points[i], points[j]);
        dist[i][j] = d;
        dist[j][i] = d;
      }
    }
  }

  /**
   * Clusters {@code points} (rows of equal length) into {@code k} clusters.
   *
   * @throws IllegalArgumentException if k is not in [1, number of points]
   */
  public static Clusters cluster(double[][] points, int k, long seed, int restarts) {
    if (k < 1 || k > points.length) {
      throw new IllegalArgumentException("k must be in [1, " + points.length + "], got " + k);
    }
    KMedoids km = new KMedoids(points);
    RandomGenerator rng = new Well19937c(seed);
    Clusters best = null;
    for (int r = 0; r < Math.max(1, restarts); r++) {
      Clusters c = km.run(km.seeds(k, rng));
      if (best == null || c.cost() < best.cost() - 1e-12 * Math.max(1, best.cost())) {
        best = c;
      }
    }
    return best;
  }

  /** k-means++ seeding on the distance matrix. */
  private int[] seeds(int k, RandomGenerator rng) {
    int[] medoids = new int[k];
    boolean[] chosen = new boolean[n];
    double[] d2 = new double[n];
    Arrays.fill(d2, Double.POSITIVE_INFINITY);
    medoids[0] = rng.nextInt(n);
    chosen[medoids[0]] = true;
    for (int c = 1; c < k; c++) {
      double total = 0;
      for (int i = 0; i < n; i++) {
        double d = dist[i][medoids[c - 1]];
        d2[i] = Math.min(d2[i], d * d);
        total += chosen[i] ? 0 : d2[i];
      }
      int pick = -1;
      if (total > 0) {
        double u = rng.nextDouble() * total;
        for (int i = 0; i < n && pick < 0; i++) {
          if (!chosen[i]) {
            u -= d2[i];
            if (u < 0) {
              pick = i;
            }
          }
        }
      }
      if (pick < 0) { // all remaining points coincide with a medoid (or rounding): the first free point
        for (int i = 0; i < n && pick < 0; i++) {
          pick = chosen[i] ? -1 : i;
        }
      }
      medoids[c] = pick;
      chosen[pick] = true;
    }
    return medoids;
  }

  /** Voronoi iteration from the given medoids; the clusters sorted by medoid index. */
  private Clusters run(int[] start) {
    int k = start.length;
    int[] medoids = start.clone();
    Arrays.sort(medoids);
    int[] assignment = new int[n];
    for (int round = 0; round < MAX_ROUNDS; round++) {
      assign(medoids, assignment);
      boolean moved = false;
      for (int c = 0; c < k; c++) {
        int best = medoids[c];
        double bestSum = sumTo(best, c, assignment);
        for (int i = 0; i < n; i++) {
          if (assignment[i] == c && i != medoids[c]) {
            double s = sumTo(i, c, assignment);
            if (s < bestSum - 1e-12 * Math.max(1, bestSum)) { // ties: the medoid stays
              best = i;
              bestSum = s;
            }
          }
        }
        if (best != medoids[c]) {
          medoids[c] = best;
          moved = true;
        }
      }
      if (!moved) {
        break;
      }
      // keep clusters in medoid order: re-sort and re-assign on the next round
      Arrays.sort(medoids);
    }
    Arrays.sort(medoids);
    assign(medoids, assignment);
    double cost = 0;
    for (int i = 0; i < n; i++) {
      cost += dist[i][medoids[assignment[i]]];
    }
    return new Clusters(medoids, assignment, cost);
  }

  /** Each point to its nearest medoid (a medoid to itself; ties to the lowest cluster). */
  private void assign(int[] medoids, int[] assignment) {
    for (int i = 0; i < n; i++) {
      int best = -1;
      double bd = Double.POSITIVE_INFINITY;
      for (int c = 0; c < medoids.length; c++) {
        if (medoids[c] == i) {
          best = c;
          break;
        }
        if (dist[i][medoids[c]] < bd) {
          bd = dist[i][medoids[c]];
          best = c;
        }
      }
      assignment[i] = best;
    }
  }

  private double sumTo(int candidate, int c, int[] assignment) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      if (assignment[i] == c) {
        s += dist[i][candidate];
      }
    }
    return s;
  }
}
