package org.coalgrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@link Main#commandLine(String...)} registers only the subcommand a run names (a fifth of a small solve's CPU was
 * picocli building every subcommand's model), yet every way of asking for help still sees all of them.
 */
class MainCommandLineTest {

  @Test
  void aRunOfOneSubcommandBuildsOnlyThatOne() {
    for (Class<?> c : Main.SUBCOMMANDS) {
      String name = c.getAnnotation(CommandLine.Command.class).name();
      CommandLine cl = Main.commandLine(name, "--help");
      if (c == CommandLine.HelpCommand.class) {
        assertEquals(Main.SUBCOMMANDS.size(), cl.getSubcommands().size(), "help sees every subcommand");
      } else {
        assertEquals(List.of(name), List.copyOf(cl.getSubcommands().keySet()), name);
      }
    }
  }

  @Test
  void helpAndUnknownNamesSeeEverySubcommand() {
    for (String[] args : new String[][] {{}, {"--help"}, {"-V"}, {"help", "solve"}, {"slove"}}) {
      assertEquals(Main.SUBCOMMANDS.size(), Main.commandLine(args).getSubcommands().size(), String.join(" ", args));
    }
    Cli top = Cli.run("--help");
    assertEquals(0, top.exitCode());
    for (Class<?> c : Main.SUBCOMMANDS) {
      CommandLine.Command command = c.getAnnotation(CommandLine.Command.class);
      assertEquals(!command.hidden(), top.out().contains("\n  " + command.name() + " "),
          "coalgrid --help lists " + command.name() + " unless it is hidden");
    }
    Cli help = Cli.run("help", "solve");
    assertEquals(0, help.exitCode());
    assertTrue(help.out().startsWith("Usage: coalgrid solve "), help.out());
  }

  /** picocli warns on System.err (not through the command line's streams) about a description it cannot format. */
  @Test
  void everyHelpTextFormatsWithoutAPicocliWarning() {
    PrintStream saved = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, Cli.run("--help").exitCode());
      for (Class<?> c : Main.SUBCOMMANDS) {
        assertEquals(0, Cli.run(c.getAnnotation(CommandLine.Command.class).name(), "--help").exitCode(), c.getName());
      }
    } finally {
      System.setErr(saved);
    }
    String warnings = captured.toString(StandardCharsets.UTF_8);
    assertFalse(warnings.contains("picocli WARN"), warnings);
  }
}
