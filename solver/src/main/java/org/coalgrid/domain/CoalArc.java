package org.coalgrid.domain;

import java.util.List;

/**
 * A directed coal transport link. {@code capacityT} (t/yr, null = unlimited) caps the sum of all grades;
 * {@code lossShare} of what leaves is lost on the way. {@code grades} empty means all grades may use it.
 */
public record CoalArc(String id, String from, String to, TransportMode mode, Double capacityT,
    double costCnyPerT, double lossShare, List<String> grades) {

  public CoalArc {
    grades = grades == null ? List.of() : List.copyOf(grades);
  }

  public boolean carries(String grade) {
    return grades.isEmpty() || grades.contains(grade);
  }
}
