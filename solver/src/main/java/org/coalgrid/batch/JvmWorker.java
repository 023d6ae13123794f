package org.coalgrid.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The parent's handle on one worker JVM ({@link BatchWorker}): sends cases, reads answers, notices a death. */
final class JvmWorker implements AutoCloseable {
  private static final String EOF = "\u0000eof";

  private final String name;
  private final Process process;
  private final Writer in;
  private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final Set<String> instancesSent = new HashSet<>();
  private int solved;

  private JvmWorker(String name, Process process) {
    this.name = name;
    this.process = process;
    this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
          StandardCharsets.UTF_8))) {
        String l;
        while ((l = r.readLine()) != null) {
          if (l.startsWith(BatchWorker.MARK)) {
            lines.add(l.substring(BatchWorker.MARK.length()));
          }
        }
      } catch (IOException e) {
        // the process is gone
      } finally {
        lines.add(EOF);
      }
    }, "coalgrid-" + name + "-out");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts a worker JVM with the same Java and class path as this one; its standard error goes to {@code log}. */
  static JvmWorker start(String name, String heap, Path log) throws IOException {
    String java = ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + heap, "-XX:+UseSerialGC", "-Xss8m",
        "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), BatchWorker.class.getName(), name));
    Files.createDirectories(log.toAbsolutePath().getParent());
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
    return new JvmWorker(name, pb.start());
  }

  String name() {
    return name;
  }

  /** Cases this worker has answered. */
  int solved() {
    return solved;
  }

  long pid() {
    return process.pid();
  }

  /**
   * Solves one case and returns its result; if the worker dies first the result is CRASHED, if it gives no answer
   * within {@code timeoutSeconds} (0 = no limit) it is stopped and the result is TIMEOUT. After either, this
   * worker is dead and must be replaced.
   */
  CaseResult solve(BatchCase c, String instanceText, BatchSpec.SpecSettings settings, Path dir, boolean solutions,
      double timeoutSeconds) {
    long t0 = System.nanoTime();
    ObjectNode req = BatchDir.JSON.createObjectNode();
    req.set("case", BatchDir.JSON.valueToTree(c));
    req.set("settings", BatchDir.JSON.valueToTree(settings));
    req.put("dir", dir.toAbsolutePath().toString());
    req.put("solutions", solutions);
    if (instancesSent.add(c.instanceSha256())) {
      req.put("instance", instanceText);
    }
    try {
      in.write(BatchDir.JSON.writeValueAsString(req));
      in.write("\n");
      in.flush();
      String answer = timeoutSeconds > 0 ? lines.poll((long) (timeoutSeconds * 1000), TimeUnit.MILLISECONDS)
          : lines.take();
      if (answer == null) {
        process.destroyForcibly();
        return CaseResult.failed(c.id(), CaseResult.TIMEOUT, "no answer within " + timeoutSeconds
            + " s (the case time limit); the worker was stopped", seconds(t0), name);
      }
      if (answer.equals(EOF)) {
        return crashed(c, t0, "");
      }
      solved++;
      return BatchDir.JSON.readValue(answer, CaseResult.class);
    } catch (IOException e) {
      return crashed(c, t0, "; " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      return CaseResult.failed(c.id(), CaseResult.CRASHED, "interrupted", seconds(t0), name);
    }
  }

  private CaseResult crashed(BatchCase c, long t0, String why) {
    String code;
    try {
      code = process.waitFor(10, TimeUnit.SECONDS) ? "exit code " + process.exitValue() : "still running";
      process.destroyForcibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      code = "unknown exit";
    }
    return CaseResult.failed(c.id(), CaseResult.CRASHED, "the worker JVM died while solving the case (" + code
        + why + "; killed, out of memory or a native crash); it is solved again on the next run", seconds(t0), name);
  }

  boolean alive() {
    return process.isAlive();
  }

  /** Closes its input (it then ends) and stops it if it has not ended within a few seconds. */
  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      // already gone
    }
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  void kill() {
    process.destroyForcibly();
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
