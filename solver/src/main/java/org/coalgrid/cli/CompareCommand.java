package org.coalgrid.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.coalgrid.io.InstanceException;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.io.ScenarioOverride;
import org.coalgrid.output.AtomicOutput;
import org.coalgrid.output.CsvTables;
import org.coalgrid.output.Fmt;
import org.coalgrid.output.Json;
import org.coalgrid.result.ResultBuilder;
import org.coalgrid.solve.AllocationSolver;
import org.coalgrid.whatif.Comparison;
import org.coalgrid.whatif.Comparison.Change;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code coalgrid compare A B}: two instances (solved with the same settings) or two solutions, side by side. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Compare two scenarios: A and B are instance files (both solved with the same settings) or "
        + "solution.json files (or directories holding one). Prints the input differences (instances only, as --set "
        + "paths), then objective terms, KPIs, entity flows and prices that changed beyond the tolerances, "
        + "largest relative change first.")
final class CompareCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "A", description = "Instance file, solution.json, or a directory with one.")
  Path a;

  @Parameters(index = "1", paramLabel = "B", description = "Instance file, solution.json, or a directory with one.")
  Path b;

  @Option(names = "--abs-tol", defaultValue = "1e-3", paramLabel = "X",
      description = "Ignore changes with |B - A| <= X in the field's own unit (default ${DEFAULT-VALUE}).")
  double absTol;

  @Option(names = "--rel-tol", defaultValue = "1e-6", paramLabel = "R",
      description = "Ignore changes with |B - A| <= R * max(|A|, |B|) (default ${DEFAULT-VALUE}).")
  double relTol;

  @Option(names = "--top", defaultValue = "10", paramLabel = "N",
      description = "Rows per section on the console (default ${DEFAULT-VALUE}; 0 = all); files get all.")
  int top;

  @Option(names = "--out", paramLabel = "FILE", description = "Write every change as CSV (.csv) or JSON (.json).")
  Path out;

  @Option(names = "--set-a", paramLabel = "PATH=VALUE", description = "Override applied to instance A (repeatable).")
  List<String> setA = new ArrayList<>();

  @Option(names = "--set-b", paramLabel = "PATH=VALUE", description = "Override applied to instance B (repeatable).")
  List<String> setB = new ArrayList<>();

  @CommandLine.Mixin
  SolverOptions solverOptions = new SolverOptions();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** One side: its solution tree, and its input tree when it was an instance file (null for a solution). */
  private record Side(String label, JsonNode solution, JsonNode input) {}

  @Override
  public Integer call() throws IOException {
    CommandLine cmd = spec.commandLine();
    PrintWriter o = cmd.getOut();
    PrintWriter err = cmd.getErr();
    solverOptions.check(cmd);
    if (absTol < 0 || relTol < 0 || top < 0) {
      throw new CommandLine.ParameterException(cmd, "need --abs-tol >= 0, --rel-tol >= 0 and --top >= 0");
    }
    String ext = out == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
    if (out != null && !ext.endsWith(".csv") && !ext.endsWith(".json")) {
      throw new CommandLine.ParameterException(cmd, "--out must end in .csv or .json, got " + out);
    }
    Side sa;
    Side sb;
    try {
      sa = side(a, overrides(setA, "--set-a", cmd), "--set-a", err);
      sb = side(b, overrides(setB, "--set-b", cmd), "--set-b", err);
    } catch (InstanceLoader.Rejected r) {
      return ExitCodes.BAD_INPUT;
    }
    List<Change> changes = new ArrayList<>();
    if (sa.input() != null && sb.input() != null) {
      changes.addAll(Comparison.instances(sa.input(), sb.input(), absTol, relTol));
    }
    changes.addAll(Comparison.solutions(sa.solution(), sb.solution(), absTol, relTol));
    print(o, sa, sb, changes);
    if (out != null) {
      try {
        AtomicOutput.writeFile(out, w -> {
          if (ext.endsWith(".json")) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("a", sa.label());
            doc.put("b", sb.label());
            doc.put("absTol", absTol);
            doc.put("relTol", relTol);
            doc.put("changes", changes);
            Json.writer().writeValue(w, doc);
          } else {
            CsvTables.header(w, "section", "key", "unit", "a", "b", "delta", "relative_change");
            for (Change c : changes) {
              CsvTables.row(w, c.section(), c.key(), c.unit(), c.a() != null ? (Object) c.a() : c.aText(),
                  c.b() != null ? (Object) c.b() : c.bText(), c.delta(), c.relative());
            }
          }
        });
      } catch (IOException e) {
        err.println("coalgrid: cannot write " + out + ": " + e.getMessage());
        return ExitCodes.INTERNAL;
      }
      o.println("Wrote " + out + " (" + changes.size() + " changes)");
    }
    o.flush();
    return ExitCodes.OK;
  }

  private static List<ScenarioOverride> overrides(List<String> sets, String option, CommandLine cmd) {
    List<ScenarioOverride> list = new ArrayList<>();
    for (String s : sets) {
      try {
        list.add(ScenarioOverride.parse(s));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(cmd, option + ": " + e.getMessage());
      }
    }
    return list;
  }

  private Side side(Path p, List<ScenarioOverride> sets, String option, PrintWriter err)
      throws InstanceLoader.Rejected {
    Path file = Files.isDirectory(p) ? p.resolve("solution.json") : p;
    JsonNode tree;
    try {
      tree = InstanceReader.parseTree(file);
    } catch (InstanceException e) {
      err.println("coalgrid: " + file + ": " + e.problems().get(0).message());
      err.flush();
      throw new InstanceLoader.Rejected();
    }
    if (tree.has("coalgridVersion") && tree.has("status")) {
      if (!sets.isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(), option + " applies to an instance file; " + file
            + " is a solution");
      }
      return new Side(file + " (solution " + tree.path("status").asText() + ")", tree, null);
    }
    var li = InstanceLoader.loadForModel(file, sets, err);
    var settings = solverOptions.settings(li.instance(), spec.commandLine());
    var outcome = AllocationSolver.solve(li.instance(), solverOptions.mode(spec.commandLine()), settings);
    var result = ResultBuilder.build(outcome, li.instance().meta().name(), li.scenario());
    String label = file + (sets.isEmpty() ? "" : " " + sets.stream().map(s -> "--set " + s).toList())
        + " (solved by " + settings.backend().cliName() + ": " + result.status() + ")";
    return new Side(label, Json.MAPPER.valueToTree(result), li.loaded().tree());
  }

  private void print(PrintWriter o, Side sa, Side sb, List<Change> changes) {
    o.println("A: " + sa.label());
    o.println("B: " + sb.label());
    o.println("Shown: changes with |B - A| > " + CsvTables.number(absTol) + " (in the field's unit) and > "
        + CsvTables.number(relTol) + " x max(|A|, |B|); largest relative change first.");
    if (!sa.solution().path("status").equals(sb.solution().path("status"))) {
      o.println("Status: " + sa.solution().path("status").asText() + " -> " + sb.solution().path("status").asText());
    }
    if (changes.isEmpty()) {
      o.println("No differences beyond the tolerances.");
      return;
    }
    String section = null;
    int shown = 0;
    int hidden = 0;
    for (Change c : changes) {
      if (!c.section().equals(section)) {
        if (hidden > 0) {
          o.println("  ... " + hidden + " more (see --out or raise --top)");
        }
        section = c.section();
        shown = 0;
        hidden = 0;
        long n = changes.stream().filter(x -> x.section().equals(c.section())).count();
        o.println();
        o.println(title(section) + " — " + n + " changed");
        o.printf("  %-58s %16s %16s %16s %9s  %s%n", "field", "A", "B", "B - A", "change", "unit");
      }
      if (top > 0 && shown >= top) {
        hidden++;
        continue;
      }
      shown++;
      o.printf("  %-58s %16s %16s %16s %9s  %s%n", c.key(), c.a() != null ? num(c.a()) : c.aText(),
          c.b() != null ? num(c.b()) : c.bText(), c.delta() != null ? num(c.delta()) : "",
          c.a() != null && c.b() != null && c.a() != 0 ? Fmt.num(100 * c.delta() / Math.abs(c.a()), 1) + "%" : "",
          c.unit());
    }
    if (hidden > 0) {
      o.println("  ... " + hidden + " more (see --out or raise --top)");
    }
  }

  private static String title(String section) {
    return switch (section) {
      case "input" -> "Input differences (as --set paths)";
      case "objective" -> "Objective 目标 (CNY/yr)";
      case "kpis" -> "KPIs 指标";
      case "prices" -> "Prices 影子价格";
      default -> section;
    };
  }

  private static String num(double v) {
    return Math.abs(v) >= 1000 ? Fmt.num(v, 0) : Fmt.num(v, 3);
  }
}
