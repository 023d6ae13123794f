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

  @Test
  void theExampleOfTheJavaApiPageCompilesAndRuns() throws Exception {
    Path doc = Cli.repo().resolve("docs/java-api.md");
    String page = Files.readString(doc, StandardCharsets.UTF_8);
    Matcher m = BLOCK.matcher(page);
    assertTrue(m.find(), "docs/java-api.md has no '<!-- runnable: Example -->' java block");
    String className = m.group(1);
    Path src = tmp.resolve("src").resolve(className + ".java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, m.group(2), StandardCharsets.UTF_8);

    Path classes = Files.createDirectories(tmp.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "the tests need a JDK (javax.tools compiler)");
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    StringWriter diagnostics = new StringWriter();
    boolean ok = javac.getTask(diagnostics, null, null,
        List.of("-classpath", cp, "-d", classes.toString(), "-Xlint:all", "-Werror"), null,
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(src.toFile())).call();
    assertTrue(ok, "the example does not compile:\n" + diagnostics);

    String out;
    int code;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        getClass().getClassLoader())) {
      Class<?> example = loader.loadClass(className);
      example.getMethod("main", String[].class); // the page shows a complete program
      Method run = example.getDeclaredMethod("run", Path.class);
      run.setAccessible(true);
      PrintStream stdout = System.out;
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      try {
        code = (Integer) run.invoke(null, Path.of(Cli.instance("tutorial.json")));
      } finally {
        System.setOut(stdout);
      }
      out = buf.toString(StandardCharsets.UTF_8);
    }
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

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
