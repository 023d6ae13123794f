package org.coalgrid.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.coalgrid.api.CoalGrid;
import org.coalgrid.api.CoalGridException;
import org.coalgrid.api.InstanceConversion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code coalgrid convert IN OUT}: an instance between a JSON file and a folder of CSV tables. */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = {"Convert an instance between a JSON file and a folder of CSV tables (one table per entity: "
        + "meta.csv, periods.csv, regions.csv, plants.csv, ...; period series as wide tables such as "
        + "plants-availability.csv; see docs/csv-folder.md). OUT ending in .json is a JSON file; otherwise a new or "
        + "empty folder.", "Every command that reads an instance also reads such a folder."})
final class ConvertCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "IN", description = "Instance JSON file or instance folder.")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT", description = "A .json file, or a new or empty folder.")
  Path out;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws CoalGridException {
    var err = spec.commandLine().getErr();
    InstanceConversion.Converted c;
    try {
      c = InstanceConversion.convert(CoalGrid.create(), in, out);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    } catch (IOException e) {
      return CommandSupport.cannotWrite(err, out, e);
    }
    spec.commandLine().getOut().println("Wrote " + out + (c.folder() ? " (" + c.files().size() + " tables: "
        + String.join(", ", c.files()) + ")" : ""));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
