package org.coalgrid.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The main class of a worker JVM of {@link EmbeddedBatch}: reads one request per line on standard input (JSON:
 * {@code case}, {@code settings}, {@code dir}, {@code solutions}, and {@code instance} the first time this worker
 * meets an instance hash), solves it with {@link CaseRunner} and answers with one line {@value #MARK} + the
 * {@link CaseResult} as JSON. Anything else on standard output (a native library's log) is ignored by the parent.
 * Ends at the end of its input, and on its own when the parent process is gone.
 */
public final class BatchWorker {
  /** Starts every answer line. */
  static final String MARK = "@@coalgrid-batch-result ";

  private BatchWorker() {}

  public static void main(String[] args) throws IOException {
    String name = args.length > 0 ? args[0] : "worker";
    PrintStream answers = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    System.setOut(System.err); // Java code that prints goes to the log, not into the answers
    ProcessHandle.current().parent().ifPresent(parent -> {
      Thread t = new Thread(() -> {
        while (parent.isAlive()) {
          try {
            Thread.sleep(1000);
          } catch (InterruptedException e) {
            return;
          }
        }
        Runtime.getRuntime().halt(3); // the batch is gone: nobody would read the answer
      }, "coalgrid-parent-watch");
      t.setDaemon(true);
      t.start();
    });
    Map<String, String> instances = new HashMap<>();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode req = BatchDir.JSON.readTree(line);
      BatchCase c = BatchDir.JSON.treeToValue(req.get("case"), BatchCase.class);
      BatchSpec.SpecSettings s = BatchDir.JSON.treeToValue(req.get("settings"), BatchSpec.SpecSettings.class);
      if (req.hasNonNull("instance")) {
        instances.put(c.instanceSha256(), req.get("instance").asText());
      }
      String text = instances.get(c.instanceSha256());
      CaseResult r = text == null
          ? CaseResult.failed(c.id(), "ERROR", "worker was not sent the instance " + c.instance(), 0, name)
          : CaseRunner.run(c, text, s, Path.of(req.get("dir").asText()), req.get("solutions").asBoolean());
      answers.println(MARK + BatchDir.JSON.writeValueAsString(r.withWorker(name, residentMb())));
    }
  }

  /** This process's resident memory in MB (Java heap and native), from /proc; null where there is none. */
  public static Double residentMb() {
    try {
      for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (l.startsWith("VmRSS:")) {
          return Math.round(Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0 * 10) / 10.0;
        }
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
    return null;
  }
}
