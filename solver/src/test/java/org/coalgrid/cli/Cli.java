package org.coalgrid.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the real command line in-process and captures what it prints. */
public record Cli(int exitCode, String out, String err) {

  public static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Cli(code, out.toString(), err.toString());
  }

  /** The repository root (tests run from solver/). */
  public static Path repo() {
    String p = System.getProperty("coalgrid.repo");
    return Path.of(p != null ? p : "..").toAbsolutePath().normalize();
  }

  public static String instance(String name) {
    return repo().resolve("instances").resolve(name).toString();
  }
}
