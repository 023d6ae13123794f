package org.coalgrid.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a set of output files so that none is ever seen half-written: each file goes to a temporary file
 * in the target directory first; {@link #commit()} renames them all into place (atomic rename on the same
 * file system). If anything fails before the commit, {@link #close()} deletes the temporaries and the
 * directory holds no new file.
 */
public final class AtomicOutput implements AutoCloseable {
  /** Writes the content of one file. */
  @FunctionalInterface
  public interface Content {
    void write(Writer w) throws IOException;
  }

  private final Path dir;
  private final List<Path[]> pending = new ArrayList<>();
  private boolean committed;

  public AtomicOutput(Path dir) throws IOException {
    this.dir = dir;
    Files.createDirectories(dir);
  }

  /** Writes {@code name} (a file name inside the directory) to a temporary file. */
  public void file(String name, Content content) throws IOException {
    Path tmp = Files.createTempFile(dir, "." + name + ".", ".tmp");
    pending.add(new Path[] {tmp, dir.resolve(name)});
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      content.write(w);
    }
  }

  /** Moves every temporary file into place. */
  public void commit() throws IOException {
    for (Path[] p : pending) {
      try {
        Files.move(p[0], p[1], StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(p[0], p[1], StandardCopyOption.REPLACE_EXISTING);
      }
    }
    committed = true;
  }

  @Override
  public void close() {
    if (!committed) {
      for (Path[] p : pending) {
        try {
          Files.deleteIfExists(p[0]);
        } catch (IOException ignored) {
          // best effort: a stray temporary file is named .<name>.<random>.tmp
        }
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
