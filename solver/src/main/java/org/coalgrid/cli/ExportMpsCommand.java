package org.coalgrid.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.coalgrid.formulation.Formulation;
import org.coalgrid.formulation.ModelContext;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.lp.MpsWriter;
import org.coalgrid.output.AtomicOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code coalgrid export-mps INSTANCE FILE}. */
@Command(name = "export-mps", mixinStandardHelpOptions = true,
    description = "Write the exact model as free-format MPS, with row and column names built from domain ids "
        + "(objective row COST, in million CNY; coal in kt, power in MW, stored energy in GWh).")
final class ExportMpsCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "INSTANCE", description = "Instance JSON file.")
  Path instance;

  @Parameters(index = "1", paramLabel = "FILE", description = "MPS file to write.")
  Path file;

  @Option(names = "--objective", defaultValue = "cost", paramLabel = "cost|welfare",
      description = "Objective: cost (default) or welfare.")
  String objective;

  @CommandLine.Mixin
  ScenarioOptions scenario = new ScenarioOptions();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ObjectiveMode mode = SolverOptions.parseMode(objective, spec.commandLine());
    try {
      var li = InstanceLoader.loadForModel(instance, scenario.overrides(spec.commandLine()), spec.commandLine().getErr());
      ModelContext ctx = Formulation.build(li.instance(), mode);
      String name = li.instance().meta().name().replaceAll("[^A-Za-z0-9_.-]", "_");
      AtomicOutput.writeFile(file, w -> MpsWriter.write(ctx.lp(), name, w));
      spec.commandLine().getOut().printf("%s: %d columns (%d integer), %d rows, %d nonzeros%n", file,
          ctx.lp().numColumns(), ctx.lp().numIntegers(), ctx.lp().numRows(), ctx.lp().numNonzeros());
      return ExitCodes.OK;
    } catch (InstanceLoader.Rejected r) {
      return ExitCodes.BAD_INPUT;
    }
  }
}
