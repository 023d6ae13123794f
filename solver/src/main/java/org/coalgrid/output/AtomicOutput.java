package org.coalgrid.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a set of output files so that none is ever seen half-written: each file goes to a temporary file
 * in the target directory first; {@link #commit()} renames them all into place (atomic rename on the same
 * file system). If anything fails before the commit, {@link #close()} deletes the temporaries and the
 * directory holds no new file. If the process is stopped (Ctrl-C, SIGTERM) a shutdown hook deletes the
 * temporaries of every output not yet committed; a commit under way finishes first (renames only), so
 * the directory ends with all the files of a set or none of them.
 */
public final class AtomicOutput implements AutoCloseable, FileSink {
  /** Writes the content of one file. */
  @FunctionalInterface
  public interface Content {
    void write(Writer w) throws IOException;
  }

  /** Outputs not yet committed or closed, for the shutdown hook; guarded by itself. */
  private static final Set<AtomicOutput> OPEN = new LinkedHashSet<>();
  private static boolean hookInstalled;
  private static boolean stopping;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path dir;
  private final boolean createdDir;
  private final List<Path[]> pending = new ArrayList<>();
  private boolean committed;

  public AtomicOutput(Path dir) throws IOException {
    this.dir = dir;
    this.createdDir = !Files.isDirectory(dir);
    Files.createDirectories(dir);
    synchronized (OPEN) {
      if (!hookInstalled) {
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicOutput::deleteAllPending, "coalgrid-output-cleanup"));
        hookInstalled = true;
      }
      OPEN.add(this);
    }
  }

  /** Shutdown hook: deletes the temporaries of every output not committed. */
  private static void deleteAllPending() {
    synchronized (OPEN) {
      stopping = true;
      for (AtomicOutput o : OPEN) {
        o.deleteTemporaries();
      }
      OPEN.clear();
    }
  }

  /** Writes {@code name} (a file name inside the directory) to a temporary file. */
  @Override
  public void file(String name, Content content) throws IOException {
    Path tmp;
    synchronized (OPEN) {
      if (stopping) {
        throw new IOException("coalgrid is stopping; " + name + " not written");
      }
      tmp = newTemporary(dir, name);
      pending.add(new Path[] {tmp, dir.resolve(name)});
    }
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      content.write(w);
    }
  }

  /**
   * Creates an empty temporary file {@code .NAME.RANDOM.tmp} in {@code dir} with the permissions of a file the
   * user creates (0666 less the umask; {@code Files.createTempFile} would make it owner-only, -rw-------), so the
   * renamed output has them too.
   */
  public static Path newTemporary(Path dir, String name) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path tmp = dir.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
      try {
        return Files.createFile(tmp);
      } catch (FileAlreadyExistsException e) {
        if (attempt >= 100) {
          throw e;
        }
      }
    }
  }

  /** Moves every temporary file into place (holding off the shutdown hook until all are moved). */
  public void commit() throws IOException {
    synchronized (OPEN) {
      for (Path[] p : pending) {
        try {
          Files.move(p[0], p[1], StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(p[0], p[1], StandardCopyOption.REPLACE_EXISTING);
        }
      }
      committed = true;
      OPEN.remove(this);
    }
  }

  @Override
  public void close() {
    synchronized (OPEN) {
      if (!committed) {
        deleteTemporaries();
      }
      OPEN.remove(this);
    }
  }

  /** Deletes the temporaries, and the directory if this output created it and it is left empty. */
  private void deleteTemporaries() {
    for (Path[] p : pending) {
      try {
        Files.deleteIfExists(p[0]);
      } catch (IOException ignored) {
        // best effort: a stray temporary file is named .<name>.<random>.tmp
      }
    }
    if (createdDir) {
      try {
        Files.deleteIfExists(dir);
      } catch (IOException notEmpty) {
        // other files arrived meanwhile: keep the directory
      }
    }
  }

  /** Writes one file atomically (temporary file, then rename). */
  public static void writeFile(Path file, Content content) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    try (AtomicOutput out = new AtomicOutput(parent)) {
      out.file(file.getFileName().toString(), content);
      out.commit();
    }
  }
}
