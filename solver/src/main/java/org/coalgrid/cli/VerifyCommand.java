package org.coalgrid.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.coalgrid.io.LoadedInstance;
import org.coalgrid.output.Json;
import org.coalgrid.verify.MalformedSolutionException;
import org.coalgrid.verify.SolutionVerifier;
import org.coalgrid.verify.VerificationReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code coalgrid verify INSTANCE SOLUTION}. */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Check a written solution.json against its instance independently of the solver: every "
        + "balance, cap, policy and cost term is recomputed from the two files. Exit code 0 if it holds, "
        + "8 if some check fails, 2 if a file cannot be read.")
final class VerifyCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "INSTANCE", description = "Instance JSON file.")
  Path instance;

  @Parameters(index = "1", paramLabel = "SOLUTION", description = "solution.json written by 'coalgrid solve --out'.")
  Path solution;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    LoadedInstance li;
    try {
      li = InstanceLoader.load(instance, err);
    } catch (InstanceLoader.Rejected r) {
      return ExitCodes.BAD_INPUT;
    }
    JsonNode tree;
    try {
      if (!Files.isRegularFile(solution)) {
        throw new IOException("no such file");
      }
      tree = Json.MAPPER.readTree(solution.toFile());
    } catch (IOException e) {
      err.println("coalgrid: cannot read solution " + solution + ": " + firstLine(e.getMessage()));
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    VerificationReport report;
    try {
      report = SolutionVerifier.verify(li.instance(), tree);
    } catch (MalformedSolutionException e) {
      err.println("coalgrid: " + solution + " is not a solution of " + instance + " that can be verified: "
          + e.getMessage());
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    if (report.passed()) {
      out.println(report.format());
      out.flush();
      return ExitCodes.OK;
    }
    out.println(report.format());
    out.flush();
    return ExitCodes.VERIFICATION_FAILED;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
