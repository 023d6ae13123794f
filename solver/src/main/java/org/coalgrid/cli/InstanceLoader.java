package org.coalgrid.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import com.fasterxml.jackson.databind.JsonNode;
import org.coalgrid.domain.Instance;
import org.coalgrid.io.InstanceException;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.io.LoadedInstance;
import org.coalgrid.io.Scenario;
import org.coalgrid.io.ScenarioOverride;
import org.coalgrid.validate.Problem;

/**
 * Reads an instance for a command, with any {@code --set} overrides applied to the file's tree before it is
 * checked: prints warnings, and on errors prints them all and signals exit code 2.
 */
final class InstanceLoader {
  private InstanceLoader() {}

  /** Thrown after the problems have been printed. */
  static final class Rejected extends Exception {
    Rejected() {
      super(null, null, false, false);
    }
  }

  /** An instance read with overrides: the instance, the overrides as applied, and the tree before them. */
  record Loaded(LoadedInstance loaded, List<Scenario.Applied> scenario, JsonNode baseTree) {
    Instance instance() {
      return loaded.instance();
    }
  }

  static LoadedInstance load(Path file, PrintWriter err) throws Rejected {
    return load(file, List.of(), err).loaded();
  }

  /**
   * As {@link #load(Path, List, PrintWriter)} for a command that builds the model: also refuses (exit 2) an
   * instance whose model would not fit in this JVM's heap ({@link MemoryCheck}), before anything is built.
   */
  static Loaded loadForModel(Path file, List<ScenarioOverride> overrides, PrintWriter err) throws Rejected {
    Loaded li = load(file, overrides, err);
    if (!MemoryCheck.fits(li.instance(), err)) {
      throw new Rejected();
    }
    return li;
  }

  static Loaded load(Path file, List<ScenarioOverride> overrides, PrintWriter err) throws Rejected {
    String origin = file.toString();
    try {
      var base = InstanceReader.parseTree(file);
      Scenario.Result edited = Scenario.apply(base, overrides);
      if (!overrides.isEmpty()) {
        origin = file + " with " + edited.applied().stream().map(a -> "--set " + a.text())
            .collect(Collectors.joining(" "));
      }
      LoadedInstance li = InstanceReader.read(edited.tree(), file.toString());
      for (Problem w : li.warnings()) {
        err.println(file + ": " + w.format());
      }
      err.flush();
      return new Loaded(li, edited.applied(), base);
    } catch (InstanceException e) {
      report(origin, e, err, "");
      throw new Rejected();
    }
  }

  /** Prints every problem of {@code e}, one line each; {@code setAs} renames "--set" in them (e.g. "--param"). */
  static void report(String origin, InstanceException e, PrintWriter err, String setAs) {
    err.println("coalgrid: " + origin + " is not a valid instance (" + e.problems().size() + " problem"
        + (e.problems().size() == 1 ? "" : "s") + "):");
    for (Problem p : e.problems()) {
      String line = p.format();
      err.println("  " + (setAs.isEmpty() ? line : line.replace("--set ", setAs + " ")));
    }
    err.flush();
  }
}
