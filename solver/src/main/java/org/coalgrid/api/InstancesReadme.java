package org.coalgrid.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.generate.seed.ShippedInstances;
import org.coalgrid.io.InstanceException;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.io.LoadedInstance;
import org.coalgrid.output.AtomicOutput;
import org.coalgrid.output.ProvenanceText;
import org.coalgrid.output.TargetTable;
import org.coalgrid.solve.Backend;
import org.coalgrid.solve.SolverSettings;
import org.coalgrid.targets.TargetCheck;
import org.coalgrid.targets.TargetReport;

/**
 * The generated sections of {@code instances/README.md}: for every shipped seed instance the Markdown of its
 * check-targets run (default settings: CLP for LPs, SCIP for MILPs, cost mode), between
 * {@code <!-- generated:targets:FILE -->} and {@code <!-- /generated:targets:FILE -->}, and the provenance table
 * ({@code validate --provenance} counts) between {@code <!-- generated:provenance -->} and
 * {@code <!-- /generated:provenance -->}. Everything else in the README is written by hand.
 */
final class InstancesReadme {
  /** The instances whose target checks the README shows, in README order. */
  public static final List<String> TARGET_FILES = List.of("guizhou-2005.json", "guizhou-2010.json",
      "guizhou-2015.json", "guiyang-2010.json", "yangquan-2010.json", "wuhai-2011.json", "tutorial.json",
      "tutorial-build.json");

  private InstancesReadme() {}

  /** The Markdown of one instance's target check, as the README shows it. */
  public static String targets(Path instancesDir, String file) throws IOException {
    LoadedInstance li = read(instancesDir.resolve(file));
    var in = li.instance();
    SolverSettings settings = SolverSettings.defaults(Backend.defaultFor(in.hasIntegerDecisions()));
    TargetReport r = TargetCheck.check(in, li.provenance(), in.meta().name(), ObjectiveMode.COST, settings);
    return TargetTable.markdown(r, file);
  }

  /** The provenance table, one row per shipped file. */
  public static String provenance(Path instancesDir) throws IOException {
    StringBuilder sb = new StringBuilder("| instance | numbers | cite a seed | external reference | assumption | "
        + "nothing |\n|---|---|---|---|---|---|\n");
    for (String f : ShippedInstances.paths()) {
      sb.append(ProvenanceText.markdownRow(f, read(instancesDir.resolve(f)).tree())).append('\n');
    }
    return sb.toString();
  }

  /** Rewrites the generated sections of {@code instancesDir/README.md}; returns the sections written. */
  public static List<String> update(Path instancesDir) throws IOException {
    Path readme = instancesDir.resolve("README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    List<String> done = new ArrayList<>();
    text = replace(text, "provenance", provenance(instancesDir));
    done.add("provenance");
    for (String f : TARGET_FILES) {
      text = replace(text, "targets:" + f, targets(instancesDir, f));
      done.add("targets:" + f);
    }
    String out = text;
    AtomicOutput.writeFile(readme, w -> w.write(out));
    return done;
  }

  /** The text between the markers of section {@code name} (without the markers), or null if absent. */
  public static String section(String readme, String name) {
    String open = "<!-- generated:" + name + " -->\n";
    String close = "<!-- /generated:" + name + " -->";
    int a = readme.indexOf(open);
    int b = readme.indexOf(close);
    return a < 0 || b < a ? null : readme.substring(a + open.length(), b);
  }

  private static String replace(String readme, String name, String body) throws IOException {
    String open = "<!-- generated:" + name + " -->\n";
    String close = "<!-- /generated:" + name + " -->";
    int a = readme.indexOf(open);
    int b = readme.indexOf(close);
    if (a < 0 || b < a) {
      throw new IOException("README.md has no section " + open.strip() + " ... " + close);
    }
    return readme.substring(0, a + open.length()) + body + readme.substring(b);
  }

  private static LoadedInstance read(Path file) throws IOException {
    try {
      return InstanceReader.read(file);
    } catch (InstanceException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
