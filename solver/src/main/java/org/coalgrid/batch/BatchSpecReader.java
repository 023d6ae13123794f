package org.coalgrid.batch;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.coalgrid.api.CoalGrid;
import org.coalgrid.api.InvalidInstanceException;
import org.coalgrid.api.WhatIf;
import org.coalgrid.io.InstanceException;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.io.ScenarioOverride;
import org.coalgrid.io.schema.Json;
import org.coalgrid.diagnostics.Problem;

/**
 * Reads a batch spec (JSON, or YAML when the file ends in .yaml or .yml), checks it and expands its cases. Every
 * problem is reported with its JSON path, and nothing is solved before the whole spec is sound: every instance is
 * read and validated with the spec's {@code set}, and each grid level and each scenario is validated on each
 * instance on its own (a {@code --set} path that names no field, or a value out of range, is a spec error).
 */
public final class BatchSpecReader {
  /** Spec files over this size are refused. */
  static final long MAX_SPEC_BYTES = 8L << 20;

  private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
  private static final ObjectMapper YAML = YAMLMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

  /** Columns of the result table that an axis may not be called. */
  static final List<String> RESERVED = List.of("index", "id", "instance", "status", "message", "solution");

  private BatchSpecReader() {}

  /** A named list of overrides (a scenario or a grid level). */
  record Named(String name, List<String> set) {}

  /** The case sources: the built-in grid and scenarios, then any found by {@link ServiceLoader}. */
  static List<CaseSource> sources() {
    List<CaseSource> list = new ArrayList<>(List.of(new GridSource(), new ScenarioSource()));
    ServiceLoader.load(CaseSource.class).forEach(list::add);
    return list;
  }

  /**
   * Reads, checks and expands the spec in {@code file}.
   *
   * @throws BatchSpecException with every problem found (the file is never modified)
   */
  public static BatchSpec read(Path file) throws BatchSpecException {
    String origin = file.toString();
    List<Problem> problems = new ArrayList<>();
    JsonNode root = parse(file, problems);
    if (root == null) {
      throw new BatchSpecException(origin, problems);
    }
    if (!root.isObject()) {
      throw new BatchSpecException(origin, List.of(Problem.error("$", "must be an object with at least "
          + "\"instances\"")));
    }
    List<CaseSource> sources = sources();
    List<String> known = new ArrayList<>(BatchSchema.names("spec"));
    Iterator<String> names = root.fieldNames();
    while (names.hasNext()) {
      String n = names.next();
      if (!known.contains(n)) {
        problems.add(Problem.error("$." + n, "unknown field" + suggest(n, known) + " (known: "
            + String.join(", ", known) + ")"));
      }
    }
    String fileName = file.getFileName() == null ? "batch" : file.getFileName().toString();
    String name = fileName.replaceFirst("\\.(json|ya?ml)$", "");
    if (root.has("name")) {
      if (!root.get("name").isTextual() || root.get("name").asText().isBlank()) {
        problems.add(Problem.error("$.name", "must be a non-empty string"));
      } else {
        name = root.get("name").asText();
      }
    }
    Path base = file.toAbsolutePath().getParent();
    List<BatchSpec.InstanceInput> instances = instances(root.get("instances"), base, problems);
    BatchSpec.SpecSettings settings = settings(root.get("settings"), problems);
    List<String> fixed = root.has("set") ? setList(root.get("set"), "$.set", problems) : List.of();
    boolean solutions = false;
    if (root.has("output")) {
      JsonNode o = root.get("output");
      if (!o.isObject()) {
        problems.add(Problem.error("$.output", "must be an object"));
      } else {
        unknownFields(o, "$.output", "output", problems);
        if (o.has("solutions")) {
          if (!o.get("solutions").isBoolean()) {
            problems.add(Problem.error("$.output.solutions", "must be true or false"));
          }
          solutions = o.get("solutions").asBoolean();
        }
      }
    }
    List<CaseSource.Section> sections = new ArrayList<>();
    List<String> axes = new ArrayList<>();
    List<BatchSpec.GridAxis> gridAxes = new ArrayList<>();
    for (String field : known) {
      if (!root.has(field) || List.of("name", "instances", "settings", "set", "output").contains(field)) {
        continue;
      }
      CaseSource src = sources.stream().filter(s -> s.field().equals(field)).findFirst().orElse(null);
      if (src == null) {
        problems.add(Problem.error("$." + field, "this kind of case is not available yet (Monte Carlo draws come "
            + "with issue 12 as a CaseSource)"));
        continue;
      }
      CaseSource.Section sec = src.parse(root.get(field), "$." + field, problems);
      if (sec != null) {
        for (String a : sec.axes()) {
          if (axes.contains(a) || RESERVED.contains(a)) {
            problems.add(Problem.error("$." + field, "axis '" + a + "' clashes with "
                + (axes.contains(a) ? "another axis" : "a column of the result table") + " (reserved: "
                + String.join(", ", RESERVED) + ")"));
          } else {
            axes.add(a);
          }
        }
        gridAxes.addAll(sec.gridAxes());
        sections.add(sec);
      }
    }
    if (!problems.isEmpty()) {
      throw new BatchSpecException(origin, problems);
    }
    check(instances, fixed, sections, settings, problems);
    if (!problems.isEmpty()) {
      throw new BatchSpecException(origin, problems);
    }
    List<BatchCase> cases = new ArrayList<>();
    for (BatchSpec.InstanceInput in : instances) {
      List<BatchSpec.Variant> variants = new ArrayList<>();
      sections.forEach(s -> variants.addAll(s.variants(in)));
      if (sections.isEmpty()) {
        variants.add(new BatchSpec.Variant(Map.of(), List.of()));
      }
      for (BatchSpec.Variant v : variants) {
        List<String> set = new ArrayList<>(fixed);
        set.addAll(v.set());
        cases.add(new BatchCase(cases.size(), BatchCase.idOf(in.sha256(), set, settings), in.label(), in.sha256(),
            v.axisValues(), set));
      }
    }
    return new BatchSpec(name, file, instances, settings, fixed, axes, gridAxes, cases, solutions);
  }

  private static JsonNode parse(Path file, List<Problem> problems) {
    try {
      if (Files.isDirectory(file)) {
        problems.add(Problem.error("$", file + " is a folder; give the spec file"));
        return null;
      }
      if (Files.size(file) > MAX_SPEC_BYTES) {
        problems.add(Problem.error("$", "the spec is over " + (MAX_SPEC_BYTES >> 20) + " MiB"));
        return null;
      }
      byte[] bytes = Files.readAllBytes(file);
      String lower = file.toString().toLowerCase(Locale.ROOT);
      ObjectMapper m = lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : JSON;
      JsonNode tree = m.readTree(bytes);
      if (tree == null || tree.isMissingNode() || tree.isNull()) {
        problems.add(Problem.error("$", "the file is empty"));
        return null;
      }
      return tree;
    } catch (NoSuchFileException e) {
      problems.add(Problem.error("$", "file not found: " + file));
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      problems.add(Problem.error("$", "not valid " + (file.toString().matches("(?i).*\\.ya?ml$") ? "YAML" : "JSON")
          + (l == null ? "" : " at line " + l.getLineNr() + ", column " + l.getColumnNr()) + ": "
          + e.getOriginalMessage().lines().findFirst().orElse("")));
    } catch (IOException e) {
      problems.add(Problem.error("$", "cannot read " + file + ": " + e.getMessage()));
    }
    return null;
  }

  private static List<BatchSpec.InstanceInput> instances(JsonNode node, Path base, List<Problem> problems) {
    List<BatchSpec.InstanceInput> out = new ArrayList<>();
    if (node == null) {
      problems.add(Problem.error("$.instances", "missing: list the instance files or folders to solve"));
      return out;
    }
    List<JsonNode> entries = new ArrayList<>();
    boolean single = node.isTextual();
    if (single) {
      entries.add(node);
    } else if (node.isArray() && !node.isEmpty()) {
      node.forEach(entries::add);
    } else {
      problems.add(Problem.error("$.instances", "must be a file or folder name, or a non-empty list of them"));
      return out;
    }
    for (int i = 0; i < entries.size(); i++) {
      String p = single ? "$.instances" : "$.instances[" + i + "]";
      JsonNode e = entries.get(i);
      if (!e.isTextual() || e.asText().isBlank()) {
        problems.add(Problem.error(p, "must be a file or folder name"));
        continue;
      }
      String label = e.asText();
      Path path = base.resolve(label).normalize();
      if (!Files.exists(path)) {
        problems.add(Problem.error(p, "no such file or folder: " + path));
      } else if (Files.isDirectory(path) && !Files.isRegularFile(path.resolve("meta.csv"))) {
        List<Path> files;
        try (Stream<Path> s = Files.list(path)) {
          files = s.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
              && !f.getFileName().toString().endsWith(".schema.json") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException ex) {
          problems.add(Problem.error(p, "cannot list " + path + ": " + ex.getMessage()));
          continue;
        }
        if (files.isEmpty()) {
          problems.add(Problem.error(p, "the folder " + path + " holds no *.json instance and is no instance folder "
              + "(no meta.csv)"));
        }
        String prefix = label.endsWith("/") ? label : label + "/";
        for (Path f : files) {
          add(out, prefix + f.getFileName(), f, p, problems);
        }
      } else {
        add(out, label, path, p, problems);
      }
    }
    return out;
  }

  private static void add(List<BatchSpec.InstanceInput> out, String label, Path path, String p,
      List<Problem> problems) {
    try {
      String text;
      byte[] hashed;
      if (Files.isDirectory(path)) { // an instance folder of CSV tables: its tree as JSON text
        text = Json.pretty(InstanceReader.parseTree(path));
        hashed = text.getBytes(StandardCharsets.UTF_8);
      } else {
        hashed = Files.readAllBytes(path);
        text = new String(hashed, StandardCharsets.UTF_8);
      }
      if (out.stream().anyMatch(x -> x.label().equals(label))) {
        problems.add(Problem.error(p, label + " is listed twice"));
        return;
      }
      out.add(new BatchSpec.InstanceInput(label, text, BatchCase.sha256(hashed)));
    } catch (InstanceException e) {
      e.problems().forEach(q -> problems.add(Problem.error(p, label + ": " + q.format())));
    } catch (IOException e) {
      problems.add(Problem.error(p, "cannot read " + path + ": " + e.getMessage()));
    }
  }

  private static BatchSpec.SpecSettings settings(JsonNode node, List<Problem> problems) {
    BatchSpec.SpecSettings d = BatchSpec.SpecSettings.defaults();
    if (node == null) {
      return d;
    }
    if (!node.isObject()) {
      problems.add(Problem.error("$.settings", "must be an object"));
      return d;
    }
    unknownFields(node, "$.settings", "settings", problems);
    String solver = text(node, "solver", d.solver(), problems);
    String objective = text(node, "objective", d.objective(), problems);
    String price = text(node, "priceSolver", d.priceSolver(), problems);
    double limit = number(node, "timeLimitSeconds", d.timeLimitSeconds(), problems);
    double gap = number(node, "gap", d.gap(), problems);
    int threads = d.threads();
    if (node.has("threads")) {
      if (!node.get("threads").canConvertToInt() || !node.get("threads").isIntegralNumber()) {
        problems.add(Problem.error("$.settings.threads", "must be a whole number >= 1"));
      } else {
        threads = node.get("threads").asInt();
      }
    }
    boolean repair = d.repair();
    if (node.has("repair")) {
      if (!node.get("repair").isBoolean()) {
        problems.add(Problem.error("$.settings.repair", "must be true or false"));
      }
      repair = node.get("repair").asBoolean();
    }
    org.coalgrid.api.Settings s = org.coalgrid.api.Settings.defaults();
    String[][] checks = {{"solver", solver}, {"objective", objective}, {"priceSolver", price}};
    for (String[] c : checks) {
      try {
        switch (c[0]) {
          case "solver" -> s.withSolver(c[1]);
          case "objective" -> s.withObjective(c[1]);
          default -> s.withPriceSolver(c[1]);
        }
      } catch (IllegalArgumentException e) {
        problems.add(Problem.error("$.settings." + c[0], e.getMessage()));
      }
    }
    if (!(limit >= 0) || Double.isInfinite(limit)) {
      problems.add(Problem.error("$.settings.timeLimitSeconds", "must be a number >= 0 (0 = none), got " + limit));
    }
    if (threads < 1) {
      problems.add(Problem.error("$.settings.threads", "must be >= 1, got " + threads));
    }
    if (!(gap >= 0 && gap < 1)) {
      problems.add(Problem.error("$.settings.gap", "must be in [0, 1), got " + gap));
    }
    return new BatchSpec.SpecSettings(solver, objective, limit, threads, gap, price, repair);
  }

  private static String text(JsonNode node, String field, String dflt, List<Problem> problems) {
    if (!node.has(field)) {
      return dflt;
    }
    if (!node.get(field).isTextual()) {
      problems.add(Problem.error("$.settings." + field, "must be a string"));
      return dflt;
    }
    return node.get(field).asText();
  }

  private static double number(JsonNode node, String field, double dflt, List<Problem> problems) {
    if (!node.has(field)) {
      return dflt;
    }
    JsonNode v = node.get(field);
    if (v.isNumber()) {
      return v.asDouble();
    }
    if (v.isTextual()) { // YAML 1.1 reads 1e-4 as text
      try {
        return Double.parseDouble(v.asText().trim());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    problems.add(Problem.error("$.settings." + field, "must be a number"));
    return dflt;
  }

  /** Validates every instance with the spec's overrides, then with each level and scenario on its own. */
  private static void check(List<BatchSpec.InstanceInput> instances, List<String> fixed,
      List<CaseSource.Section> sections, BatchSpec.SpecSettings settings, List<Problem> problems) {
    CoalGrid grid = CoalGrid.create(settings.toSettings());
    for (int i = 0; i < instances.size(); i++) {
      BatchSpec.InstanceInput in = instances.get(i);
      if (!validate(grid, in, fixed, fixed.isEmpty() ? "$.instances" : "$.set", problems)) {
        continue;
      }
      for (CaseSource.Section s : sections) {
        for (Map.Entry<String, List<String>> c : s.checks().entrySet()) {
          List<String> set = new ArrayList<>(fixed);
          set.addAll(c.getValue());
          validate(grid, in, set, c.getKey(), problems);
        }
      }
    }
  }

  private static boolean validate(CoalGrid grid, BatchSpec.InstanceInput in, List<String> set, String path,
      List<Problem> problems) {
    try {
      grid.parse(in.text(), in.label(), WhatIf.of(set));
      return true;
    } catch (InvalidInstanceException e) {
      String what = set.isEmpty() ? in.label() : in.label() + " with " + String.join(" ", set.stream()
          .map(x -> "--set " + x).toList());
      for (String line : e.lines()) {
        problems.add(Problem.error(path, what + ": " + line));
      }
      return false;
    }
  }

  // ---------------------------------------------------------------- helpers for the case sources

  /** Reports fields of {@code node} that the format's {@code object} does not have. */
  static void unknownFields(JsonNode node, String path, String object, List<Problem> problems) {
    List<String> known = BatchSchema.names(object);
    node.fieldNames().forEachRemaining(n -> {
      if (!known.contains(n)) {
        problems.add(Problem.error(path + "." + n, "unknown field" + suggest(n, known) + " (known: "
            + String.join(", ", known) + ")"));
      }
    });
  }

  /** A column name: a non-empty string of letters, digits, '_', '-' or '.'. */
  static String columnName(JsonNode node, String path, List<Problem> problems) {
    if (node == null || !node.isTextual() || !node.asText().matches("[\\p{L}\\p{N}_.\\-]+")) {
      problems.add(Problem.error(path, "must be a name of letters, digits, '_', '-' or '.'"));
      return null;
    }
    return node.asText();
  }

  /** A {@code {"name": ..., "set": [...]}} object. */
  static Named named(JsonNode node, String path, List<Problem> problems) {
    if (node == null || !node.isObject()) {
      problems.add(Problem.error(path, "must be an object {\"name\": ..., \"set\": [\"PATH=VALUE\", ...]}"));
      return null;
    }
    int before = problems.size();
    unknownFields(node, path, "scenario", problems);
    String name = columnNameOrText(node.get("name"), path + ".name", problems);
    List<String> set = node.has("set") ? setList(node.get("set"), path + ".set", problems) : List.of();
    return problems.size() > before ? null : new Named(name, set);
  }

  /**
   * Reads a non-empty list of named sets ({@code [{"name": ..., "set": [...]}, ...]}) at {@code path}: each item as
   * {@link #named} reads it; a name given twice is an error ({@code KIND 'NAME' is named twice}). The items read, keyed
   * by their JSON paths in list order; empty (and a problem added) when the node is not a non-empty list.
   */
  static Map<String, Named> namedList(JsonNode node, String path, String kind, List<Problem> problems) {
    Map<String, Named> out = new LinkedHashMap<>();
    if (node == null || !node.isArray() || node.isEmpty()) {
      problems.add(Problem.error(path, "must be a non-empty list of {\"name\": ..., \"set\": [...]}"));
      return out;
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < node.size(); i++) {
      String ip = path + "[" + i + "]";
      Named n = named(node.get(i), ip, problems);
      if (n == null) {
        continue;
      }
      if (!names.add(n.name())) {
        problems.add(Problem.error(ip + ".name", kind + " '" + n.name() + "' is named twice"));
        continue;
      }
      out.put(ip, n);
    }
    return out;
  }

  private static String columnNameOrText(JsonNode node, String path, List<Problem> problems) {
    if (node == null || !(node.isTextual() || node.isNumber()) || node.asText().isBlank()
        || node.asText().contains(",") || node.asText().contains("\n")) {
      problems.add(Problem.error(path, "must be a non-empty name without commas or line breaks"));
      return null;
    }
    return node.asText();
  }

  /** A list of {@code PATH=VALUE} strings, each {@link #canonicalSet canonical}. */
  static List<String> setList(JsonNode node, String path, List<Problem> problems) {
    List<String> out = new ArrayList<>();
    if (!node.isArray()) {
      problems.add(Problem.error(path, "must be a list of \"PATH=VALUE\" strings (as --set)"));
      return out;
    }
    for (int k = 0; k < node.size(); k++) {
      JsonNode s = node.get(k);
      if (!s.isTextual()) {
        problems.add(Problem.error(path + "[" + k + "]", "must be a \"PATH=VALUE\" string (as --set)"));
        continue;
      }
      String c = canonicalSet(s.asText(), path + "[" + k + "]", problems);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * {@code PATH=VALUE} with its VALUE in one spelling, so that {@code 2.2e7}, {@code 2.2E7} and {@code 22000000}
   * give the same case id: a number is written as a whole number when it is one (below 1e15), else as Java's
   * shortest decimal; any other JSON value compactly; text that is not JSON as it is.
   */
  static String canonicalSet(String text, String path, List<Problem> problems) {
    try {
      ScenarioOverride.parse(text);
    } catch (IllegalArgumentException e) {
      problems.add(Problem.error(path, e.getMessage()));
      return null;
    }
    int eq = text.indexOf('=');
    String p = text.substring(0, eq).trim();
    String v = text.substring(eq + 1).trim();
    try {
      JsonNode n = JSON.readTree(v);
      if (n != null && !n.isMissingNode()) {
        return p + "=" + (n.isNumber() ? canonicalNumber(n.asDouble()) : n.toString());
      }
    } catch (JsonProcessingException e) {
      // not JSON: a plain string, as --set takes it
    }
    return p + "=" + v;
  }

  /** The JSON text of a spec value as {@code --set} would take it. */
  static String valueText(JsonNode v) {
    return v.isTextual() ? v.asText() : v.toString();
  }

  static String canonicalNumber(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return Double.toString(d);
  }

  static String suggest(String name, List<String> known) {
    String best = null;
    int bestD = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(name.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
      if (d < bestD) {
        bestD = d;
        best = k;
      }
    }
    return best != null && bestD <= Math.max(2, name.length() / 3) ? " (did you mean " + best + "?)" : "";
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1)
            ? 0 : 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
