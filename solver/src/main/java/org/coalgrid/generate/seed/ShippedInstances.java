package org.coalgrid.generate.seed;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.coalgrid.generate.builder.EntityBuilder.Style;
import org.coalgrid.generate.builder.InstanceBuilder;
import org.coalgrid.generate.builder.JsonText;
import org.coalgrid.output.AtomicOutput;

/**
 * The shipped seed instances, built from the case classes of this package and the sources of
 * {@code instances/sources/seed-facts.json}: nothing outside the repository. {@link #write} regenerates the files,
 * {@link #differences} compares them with the files in a directory (a test fails on any byte difference).
 */
public final class ShippedInstances {

  /** One shipped file: its path under the instances directory, its indent and how it is built. */
  private record Shipped(String path, int indent, Function<SourceTable, ObjectNode> build) {
    /** A file built from a case's instance builder. */
    static Shipped of(String path, int indent, Function<SourceTable, InstanceBuilder> build) {
      return new Shipped(path, indent, s -> build.apply(s).toTree(Style.EXPLICIT));
    }
  }

  private static final List<Shipped> FILES = List.of(
      Shipped.of("tutorial.json", 1, s -> new TutorialCase(s, false).build()),
      Shipped.of("tutorial-build.json", 1, s -> new TutorialCase(s, true).build()),
      Shipped.of("guizhou-2005.json", 1, s -> new Guizhou2005(s).build()),
      Shipped.of("guizhou-2010.json", 1, s -> new Guizhou2010(s).build()),
      Shipped.of("guizhou-2010-hydro.json", 1, s -> new Guizhou2010Hydro(s).build()),
      Shipped.of("guizhou-2015.json", 1, s -> new Guizhou2015(s).build()),
      Shipped.of("guiyang-2010.json", 1, s -> new GuiyangCase(s).build()),
      Shipped.of("yangquan-2010.json", 1, s -> new YangquanCase(s).build()),
      Shipped.of("wuhai-2011.json", 1, s -> new WuhaiCase(s).build()),
      Shipped.of("tutorial-days.json", 1, s -> DaysVariant.apply(new TutorialCase(s, false).build(), "tutorial-days",
          m -> m >= 4 && m <= 9 ? "wet" : "dry", DaysVariant.TUTORIAL)),
      Shipped.of("guizhou-2015-days.json", 1, Guizhou2015Days::build),
      Shipped.of("examples/infeasible-export.json", 2, ExampleCases::infeasibleExport),
      new Shipped("guizhou-2006-2010.json", 1, s -> new Guizhou2006To2010(s).tree()),
      new Shipped("guizhou-2011-2015.json", 1, s -> new Guizhou2011To2015(s).tree()));

  private ShippedInstances() {}

  /** The file paths, relative to the instances directory. */
  public static List<String> paths() {
    return FILES.stream().map(Shipped::path).toList();
  }

  /** Every shipped file's text, built with the sources of {@code instancesDir}. */
  public static Map<String, String> texts(Path instancesDir) throws IOException {
    SourceTable sources = SourceTable.read(instancesDir);
    Map<String, String> out = new LinkedHashMap<>();
    for (Shipped f : FILES) {
      out.put(f.path(), JsonText.write(f.build().apply(sources), f.indent()));
    }
    return out;
  }

  /** Writes every shipped file into {@code instancesDir} (each atomically); returns the paths written. */
  public static List<String> write(Path instancesDir) throws IOException {
    Map<String, String> texts = texts(instancesDir);
    for (Map.Entry<String, String> e : texts.entrySet()) {
      Path file = instancesDir.resolve(e.getKey());
      Files.createDirectories(file.toAbsolutePath().getParent());
      AtomicOutput.writeFile(file, w -> w.write(e.getValue()));
    }
    return List.copyOf(texts.keySet());
  }

  /** The shipped files whose bytes in {@code instancesDir} differ from what the cases build (or are missing). */
  public static List<String> differences(Path instancesDir) throws IOException {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, String> e : texts(instancesDir).entrySet()) {
      Path file = instancesDir.resolve(e.getKey());
      byte[] built = e.getValue().getBytes(StandardCharsets.UTF_8);
      if (!Files.exists(file) || !java.util.Arrays.equals(Files.readAllBytes(file), built)) {
        out.add(e.getKey());
      }
    }
    return out;
  }
}
