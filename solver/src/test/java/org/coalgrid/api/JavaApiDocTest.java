package org.coalgrid.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.coalgrid.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example of docs/java-api.md compiles and runs as printed there: the code block after
 * {@code <!-- runnable: Example -->} is taken from the page, compiled with the system Java compiler against the test
 * class path, and run on the shipped tutorial; its output must match the figures the page quotes.
 */
class JavaApiDocTest {
  private static final Pattern BLOCK = Pattern.compile("<!-- runnable: (\\w+) -->\\s*```java\\n(.*?)```",
      Pattern.DOTALL);

  @TempDir
  Path tmp;

  /** Compiles the runnable block {@code name} of the page into {@code tmp/classes}; returns the page. */
  private String compile(String name) throws IOException {
    Path doc = Cli.repo().resolve("docs/java-api.md");
    String page = Files.readString(doc, StandardCharsets.UTF_8);
    Matcher m = BLOCK.matcher(page);
    String code = null;
    while (m.find()) {
      if (m.group(1).equals(name)) {
        code = m.group(2);
      }
    }
    assertNotNull(code, "docs/java-api.md has no '<!-- runnable: " + name + " -->' java block");
    Path src = tmp.resolve("src").resolve(name + ".java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, code, StandardCharsets.UTF_8);
    Path classes = Files.createDirectories(tmp.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "the tests need a JDK (javax.tools compiler)");
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    StringWriter diagnostics = new StringWriter();
    boolean ok = javac.getTask(diagnostics, null, null,
        List.of("-classpath", cp, "-d", classes.toString(), "-Xlint:all", "-Werror"), null,
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(src.toFile())).call();
    assertTrue(ok, "the example does not compile:\n" + diagnostics);
    return page;
  }

  /** What a compiled example's {@code run} returned and printed. */
  private record Ran(Object value, String printed) {}

  /** Runs {@code run(arg)} of the compiled class {@code className} (which must have a main too), capturing stdout. */
  private Ran run(String className, Path arg) throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {tmp.resolve("classes").toUri().toURL()},
        getClass().getClassLoader())) {
      Class<?> example = loader.loadClass(className);
      example.getMethod("main", String[].class); // the page shows a complete program
      Method run = example.getDeclaredMethod("run", Path.class);
      run.setAccessible(true);
      PrintStream stdout = System.out;
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      try {
        Object value = run.invoke(null, arg);
        return new Ran(value, buf.toString(StandardCharsets.UTF_8));
      } finally {
        System.setOut(stdout);
      }
    }
  }

  @Test
  void theExampleOfTheJavaApiPageCompilesAndRuns() throws Exception {
    String className = "Example";
    String page = compile(className);
    Matcher m = BLOCK.matcher(page);
    assertTrue(m.find() && m.group(1).equals(className), "the first runnable block is the Example");
    Ran ran = run(className, Path.of(Cli.instance("tutorial.json")));
    int code = (Integer) ran.value();
    String out = ran.printed();
    assertEquals(ExitCodes.OK, code, out);
    String[] lines = out.split("\n");
    String tutorial = Cli.instance("tutorial.json");
    assertEquals(tutorial + ": OPTIMAL, objective -1,433.0 million CNY (-14.33 亿元) per year", lines[0], out);
    assertEquals(tutorial + ": OPTIMAL, objective -1,334.2 million CNY (-13.34 亿元) per year", lines[1], out);
    assertEquals("1 Mt less CO2 costs 98.8 million CNY per year", lines[2], out);
    assertTrue(lines[3].startsWith("  Policy CO2 cap 二氧化碳排放控制 binds: shadow price -98.83 CNY/t CO2"), out);
    assertTrue(out.contains("plan targets checked: 4, solves: 4"), out);
    // every line the page quotes (shortened ones up to their "[...]") is in the real output
    String quoted = page.substring(page.indexOf("```\n", m.end()) + 4);
    quoted = quoted.substring(0, quoted.indexOf("```"));
    for (String q : quoted.split("\n")) {
      String expect = q.replace("instances/tutorial.json", tutorial);
      int cut = expect.indexOf("[...]");
      expect = cut >= 0 ? expect.substring(0, cut).trim() : expect;
      if (expect.startsWith("wrote ")) {
        expect = "wrote ";
      }
      assertTrue(out.contains(expect), "docs/java-api.md quotes a line the example does not print: " + q
          + "\noutput:\n" + out);
    }
    Matcher wrote = Pattern.compile("wrote (.*)solution\\.json").matcher(out);
    assertTrue(wrote.find(), out);
    Path dir = Path.of(wrote.group(1));
    for (String f : List.of("solution.json", "explain.md", "explain.json", "plants.csv")) {
      assertTrue(Files.isRegularFile(dir.resolve(f)), f + " not written in " + dir);
    }
    deleteTree(dir);
  }

  /**
   * The time-structure example of the page (two representative days with an evening peak, pumped storage and a
   * reserve margin) compiles and runs: optimal with certified prices, the storage generates and earns, and the
   * per-step tables and the day section of explain are written.
   */
  @Test
  void theTimeExampleCompilesAndRuns() throws Exception {
    compile("TimeExample");
    Path out = tmp.resolve("out");
    Ran ran = run("TimeExample", out);
    String printed = ran.printed();
    Object solution = ran.value();
    Solution s = (Solution) solution;
    assertEquals("OPTIMAL", s.status(), printed);
    assertTrue(s.pricesCertified(), printed);
    var ps = s.result().plants().get(2);
    assertTrue(ps.generationMwh() > 0 && ps.arbitrageCny() > 0, "pumped storage runs and earns:\n" + printed);
    assertTrue(printed.contains("pumped storage generates "), printed);
    List<String[]> prices = Cli.csv(out.resolve("steps_prices.csv"));
    assertEquals(1 + 48, prices.size(), "one price per step of the one region");
    String explain = Files.readString(out.resolve("explain.md"), StandardCharsets.UTF_8);
    assertTrue(explain.contains("the evening peak 晚高峰"), explain);
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
