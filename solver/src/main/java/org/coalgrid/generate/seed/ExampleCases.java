package org.coalgrid.generate.seed;

import java.util.List;
import org.coalgrid.domain.PolicyType;
import org.coalgrid.domain.Sense;
import org.coalgrid.generate.builder.Figure;
import org.coalgrid.generate.builder.InstanceBuilder;
import org.coalgrid.generate.builder.PolicyBuilder;

/** The instances of {@code instances/examples/}: small variations of the tutorial that show one feature. */
final class ExampleCases {
  private ExampleCases() {}

  /**
   * {@code examples/infeasible-export.json}: the tutorial with a 西电东送 export quota of 36 TWh/yr that the two
   * corridors cannot carry (about 33 TWh arrives), to show the infeasibility repair.
   */
  static InstanceBuilder infeasibleExport(SourceTable sources) {
    InstanceBuilder in = new TutorialCase(sources, false).build();
    in.meta().name("tutorial-infeasible-export")
        .description("The tutorial case with a West-East export quota (西电东送 delivered energy >= 36 TWh/yr) that the "
            + "two corridors to Guangdong (3,000 MW HVDC + 1,000 MW AC, 5-6 % losses) cannot carry: at most about 33 "
            + "TWh arrives. Shipped to show the infeasibility repair (coalgrid solve / explain).")
        .notes(List.of("Generated from instances/tutorial.json by adding policy export-quota; all other data "
            + "unchanged."));
    in.add(new PolicyBuilder("export-quota").name("West-East export quota").nameZh("西电东送送电量")
        .type(PolicyType.GENERIC)
        .limit(Figure.noted(36000000, "assumption: an illustrative quota above what the corridors can carry")).sense(Sense.GE).term("export.delivered", Figure.noted(1, "delivered energy counts one for one"))
        .notes("illustrative quota above the corridors' reach (3,770 MW delivered x 8,760 h = 33.0 TWh)"));
    return in;
  }
}
