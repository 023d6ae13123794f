package org.coalgrid.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes an output so that it is seen whole or not at all: a set of files in a directory ({@code solve --out DIR},
 * {@code sensitivity --out DIR}) or one file ({@code export-mps FILE}, {@code --out FILE.csv}).
 *
 * <p><b>Opening</b> ({@link #directory}, {@link #singleFile}), before any work: an output that is an input, lies inside
 * one or holds one is refused; so is a directory that holds files coalgrid did not write, or the output set of
 * another command. Then a lock is taken, {@code .NAME.coalgrid-lock} beside the output ({@link FileChannel#tryLock},
 * released by the system if the process dies): a second run writing the same output is refused, naming the process
 * that holds it. Holding the lock, temporaries left by runs that were killed ({@code .NAME.coalgrid-PID-N.tmp},
 * {@code .old}) are deleted; so are those of any dead process in the same directory.
 *
 * <p><b>Writing</b>: every file goes into a fresh staging directory (or staging file) beside the output, created with
 * the user's umask. <b>Committing</b> renames the staging directory to DIR in one step; an existing DIR (a previous
 * set of the same command) is first renamed aside and deleted after, so files of an earlier run never survive next
 * to a new solution.json. A reader sees the old set, no DIR for an instant, or the new set; never a mix. A kill
 * -9 at any point leaves at most the staging directory and the lock file, which the next run into DIR removes.
 * Where DIR cannot be renamed (its parent is not writable, it is a mount point, or it holds the working directory)
 * the files are moved in one by one instead, after the previous set's files; only then can a kill during the
 * commit leave a partial set, which the next run replaces.
 *
 * <p><b>Stopping</b>: a stop signal first calls {@link #stopWriting} (no commit from then on; a commit under way
 * finishes first), then cancels the work; a shutdown hook deletes the staging areas and locks of every output not
 * committed. A set lists its files in {@value #MANIFEST}.
 */
public final class AtomicOutput implements AutoCloseable, FileSink {
  /** Writes the content of one file. */
  @FunctionalInterface
  public interface Content {
    void write(Writer w) throws IOException;
  }

  /** Writes the content of one binary file (a workbook). */
  @FunctionalInterface
  public interface Bytes {
    void write(OutputStream out) throws IOException;
  }

  /** Lists the files of a set and the command that wrote it (no time, no run id: the same run gives the same bytes). */
  public static final String MANIFEST = ".coalgrid-output.json";
  static final String LOCK = "coalgrid-lock";
  private static final AtomicLong COUNTER = new AtomicLong();
  static final long PID = ProcessHandle.current().pid();

  /** Outputs not yet committed or closed, for the shutdown hook; guarded by itself. */
  private static final Set<AtomicOutput> OPEN = new LinkedHashSet<>();
  private static boolean hookInstalled;
  private static boolean stopping;

  private final Path target;
  /** The output as named by the caller, for messages. */
  private final Path shown;
  private final String kind;
  private final boolean set;
  private final boolean inPlace;
  private final Path staging;
  private final OutputLock lock;
  private final Set<String> written = new TreeSet<>();
  /** Whether CSV, Markdown and text files are written with control characters escaped (not for instance tables). */
  private final boolean escaped;
  private boolean committed;
  private boolean closed;

  /** As {@link #directory(Path, String, Collection)} for the output set of {@code solve} with no inputs named. */
  public AtomicOutput(Path dir) throws IOException {
    this(dir, "solve", true, "output");
  }

  private AtomicOutput(Path output, String kind, boolean set, String label) throws IOException {
    this.kind = kind;
    this.escaped = !kind.equals("convert");
    this.set = set;
    this.shown = output;
    this.target = OutputPaths.resolved(output);
    Path parent = target.getParent();
    if (parent == null) {
      throw OutputException.refused(label + " " + output + " is the root directory; choose a directory below it");
    }
    boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
    if (set) {
      if (exists && !Files.isDirectory(target)) {
        throw OutputException.refused(label + " " + output + " is a file, not a directory (the output is a set of "
            + "files)");
      }
      if (exists) {
        OutputDirectory.checkOnlyOwnFiles(label + " " + output, target, kind);
      }
    } else if (exists && Files.isDirectory(target)) {
      throw OutputException.refused(label + " " + output + " is a directory; name the file to write");
    }
    if (!exists) {
      createParents(output, parent);
    }
    this.inPlace = set && exists && !renamable(parent);
    Path home = inPlace ? target : parent; // where the lock and the temporaries go
    String prefix = inPlace ? "." : "." + target.getFileName() + ".";
    this.lock = OutputLock.acquire(output, home.resolve(prefix + LOCK));
    Path stage = null;
    try {
      OutputDirectory.cleanStale(home, prefix + "coalgrid-");
      stage = home.resolve(prefix + "coalgrid-" + PID + "-" + COUNTER.incrementAndGet() + ".tmp");
      if (set) {
        Files.createDirectory(stage); // the umask applies
      }
    } catch (IOException e) {
      lock.release();
      throw OutputException.cannotWrite(output, e);
    }
    this.staging = stage;
    register();
  }

  /**
   * Opens the output set {@code dir} of command {@code kind} ("solve", "sensitivity", ...), refusing it before any
   * work if it is, holds or lies inside one of {@code inputs}, holds files coalgrid did not write or another command's
   * set, or is being written by another run. {@code label} names it in messages ("--out out/a").
   *
   * @throws OutputException with its exit code (2 refused, 1 not writable); nothing is left behind
   */
  public static AtomicOutput directory(Path dir, String kind, Collection<Path> inputs, String label)
      throws OutputException {
    OutputPaths.checkAgainstInputs(label, dir, inputs);
    try {
      return new AtomicOutput(dir, kind, true, label);
    } catch (IOException e) {
      throw OutputException.cannotWrite(dir, e);
    }
  }

  /** As {@link #directory} for one file; {@link #write(Content)} writes it. */
  public static AtomicOutput singleFile(Path file, Collection<Path> inputs, String label) throws OutputException {
    OutputPaths.checkAgainstInputs(label, file, inputs);
    try {
      return new AtomicOutput(file, "file", false, label);
    } catch (IOException e) {
      throw OutputException.cannotWrite(file, e);
    }
  }

  /** Writes one file atomically (staging file, then rename), refusing it if it is one of {@code inputs}. */
  public static void writeFile(Path file, Collection<Path> inputs, Content content) throws IOException {
    try (AtomicOutput out = singleFile(file, inputs, "output")) {
      out.write(content);
      out.commit();
    }
  }

  /** Writes one file atomically (staging file, then rename). */
  public static void writeFile(Path file, Content content) throws IOException {
    writeFile(file, List.of(), content);
  }

  /** Writes one binary file atomically (staging file, then rename). */
  public static void writeBinaryFile(Path file, Bytes content) throws IOException {
    try (AtomicOutput out = singleFile(file, List.of(), "output")) {
      out.writeBytes(content);
      out.commit();
    }
  }

  /**
   * Whether {@code name} is a file the set of command {@code kind} writes itself (solution.json, a CSV table,
   * explain.md, ...): another file of that name cannot join the set.
   */
  public static boolean ownFileName(String kind, String name) {
    return name.equals(MANIFEST) || OutputDirectory.LEGACY.getOrDefault(kind, Set.of()).contains(name);
  }

  /** The output as the file system sees it (links resolved). */
  public Path target() {
    return target;
  }

  // ------------------------------------------------------------------ writing

  /** Writes {@code name} (a file name, or a relative path inside the set) into the staging directory. */
  @Override
  public void file(String name, Content content) throws IOException {
    binaryFile(name, text(name, content));
  }

  /** Writes {@code name}, a binary file, into the staging directory (no text escaping: the bytes as given). */
  public void binaryFile(String name, Bytes content) throws IOException {
    if (!set || !validName(name)) {
      throw new IllegalArgumentException("not a file name of a set: " + name);
    }
    Path p = staging.resolve(name);
    beforeWrite(name);
    try {
      Files.createDirectories(p.getParent());
      writeBytesTo(p, content);
    } catch (IOException e) {
      throw OutputException.cannotWrite(shown, e);
    }
  }

  /** Writes the content of a single-file output into its staging file. */
  public void write(Content content) throws IOException {
    if (set) {
      throw new IllegalStateException("write(Content) is for a single-file output; use file(name, content)");
    }
    writeBytes(text(target.getFileName().toString(), content));
  }

  /** Writes the content of a single-file binary output into its staging file. */
  public void writeBytes(Bytes content) throws IOException {
    if (set) {
      throw new IllegalStateException("writeBytes(Bytes) is for a single-file output; use binaryFile(name, content)");
    }
    beforeWrite(target.getFileName().toString());
    try {
      writeBytesTo(staging, content);
    } catch (IOException e) {
      throw OutputException.cannotWrite(shown, e);
    }
  }

  private static void writeBytesTo(Path p, Bytes content) throws IOException {
    // the stream is its own resource: when a full disk makes a wrapper's close fail, the JDK 17 encoder does not
    // close what it wraps, and the open file would keep the space (and a mount) busy
    try (OutputStream os = Files.newOutputStream(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        OutputStream b = new java.io.BufferedOutputStream(os)) {
      content.write(b);
      b.flush();
    }
  }

  /**
   * The bytes of a text file: UTF-8, and names in CSV, Markdown and text files (which may carry control characters)
   * written escaped (JSON escapes them itself). The writer is flushed, not closed: {@link #writeBytesTo} closes the file.
   */
  private Bytes text(String name, Content content) {
    boolean escape = escaped && (name.endsWith(".csv") || name.endsWith(".md") || name.endsWith(".txt"));
    return out -> {
      Writer raw = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      Writer w = escape ? SafeText.filter(raw) : raw;
      content.write(w);
      w.flush();
      raw.flush();
    };
  }

  private void beforeWrite(String name) throws IOException {
    synchronized (OPEN) {
      if (stopping || closed || committed) {
        throw OutputException.refused("coalgrid is stopping; " + name + " not written");
      }
      written.add(name.contains("/") ? name.substring(0, name.indexOf('/')) : name);
    }
  }

  static boolean validName(String name) {
    if (name.isEmpty() || name.startsWith("/") || name.startsWith(".")) {
      return false;
    }
    for (String part : name.split("/")) {
      if (part.isEmpty() || part.equals(".") || part.equals("..")) {
        return false;
      }
    }
    return true;
  }

  // ------------------------------------------------------------------ committing

  /**
   * Puts the output in place in one step (see the class comment) and releases the lock. Holds off the shutdown hook
   * while it runs, so a stop either comes before (nothing written) or after (all written).
   *
   * @throws OutputException if the file system refuses; the previous output is then left as it was
   */
  public void commit() throws IOException {
    synchronized (OPEN) {
      if (stopping) {
        throw OutputException.refused("coalgrid is stopping; " + shown + " not written");
      }
      if (committed || closed) {
        throw new IllegalStateException("already committed or closed");
      }
      try {
        if (set) {
          writeManifest();
          if (inPlace) {
            commitInPlace();
          } else {
            swapIn();
          }
        } else {
          copyPermissions(target, staging);
          move(staging, target);
        }
      } catch (IOException e) {
        throw OutputException.cannotWrite(shown, e);
      }
      committed = true;
      OPEN.remove(this);
      lock.release(); // inside: a stop right after the commit finds no lock file to leave behind
    }
  }

  private void writeManifest() throws IOException {
    StringBuilder sb = new StringBuilder("{\n  \"coalgridOutput\" : \"").append(kind).append("\",\n  \"files\" : [");
    int k = 0;
    for (String f : written) {
      sb.append(k++ == 0 ? " " : ", ").append('"').append(f.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
    sb.append(" ]\n}\n");
    Files.writeString(staging.resolve(MANIFEST), sb.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
  }

  /** The staging directory becomes DIR; an existing DIR is renamed aside first and deleted after. */
  private void swapIn() throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      move(staging, target);
      return;
    }
    Path aside = target.resolveSibling("." + target.getFileName() + ".coalgrid-" + PID + "-"
        + COUNTER.incrementAndGet() + ".old");
    copyPermissions(target, staging);
    move(target, aside);
    try {
      move(staging, target);
    } catch (IOException e) {
      move(aside, target); // put the previous set back
      throw e;
    }
    OutputDirectory.deleteTree(aside);
  }

  /** Files moved into DIR one by one, after the previous set's files that the new set does not have. */
  private void commitInPlace() throws IOException {
    Set<String> previous = OutputDirectory.previousSet(target);
    for (String f : previous) {
      if (!written.contains(f) && !f.equals(MANIFEST)) {
        OutputDirectory.deleteTree(target.resolve(f));
      }
    }
    Files.deleteIfExists(target.resolve(MANIFEST)); // a partial set is never taken for a whole one
    for (String f : written) {
      Path dest = target.resolve(f);
      if (Files.isDirectory(dest, LinkOption.NOFOLLOW_LINKS)) {
        OutputDirectory.deleteTree(dest);
      }
      move(staging.resolve(f), dest);
    }
    move(staging.resolve(MANIFEST), target.resolve(MANIFEST));
    OutputDirectory.deleteTree(staging);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** Keeps the permission bits the user gave the output before (a new one has those of the umask). */
  private static void copyPermissions(Path from, Path to) {
    try {
      if (Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(from, LinkOption.NOFOLLOW_LINKS);
        Files.setPosixFilePermissions(to, perms);
      }
    } catch (IOException | UnsupportedOperationException e) {
      // best effort: the umask's permissions stay
    }
  }

  @Override
  public void close() {
    synchronized (OPEN) {
      if (!committed && !closed) {
        discard();
      }
      closed = true;
      OPEN.remove(this);
      lock.release();
    }
  }

  private void discard() {
    try {
      OutputDirectory.deleteTree(staging);
    } catch (IOException ignored) {
      // best effort: the next run into this output deletes it
    }
  }

  // ------------------------------------------------------------------ stopping

  private void register() throws OutputException {
    synchronized (OPEN) {
      if (!hookInstalled) {
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicOutput::discardAllOpen, "coalgrid-output-cleanup"));
        hookInstalled = true;
      }
      if (stopping) {
        discard();
        lock.release();
        throw OutputException.refused("coalgrid is stopping; " + shown + " not written");
      }
      OPEN.add(this);
    }
  }

  /** Shutdown hook: deletes the staging areas and locks of every output not committed. */
  private static void discardAllOpen() {
    List<AtomicOutput> open;
    synchronized (OPEN) {
      stopping = true;
      open = new ArrayList<>(OPEN);
      OPEN.clear();
    }
    for (AtomicOutput o : open) {
      o.discard();
      o.lock.release();
    }
  }

  /**
   * Stops all writing for good (a stop signal; called before the solves are interrupted): once this returns, no
   * output of this process is committed any more, and a commit that was under way has finished (it holds the same
   * lock). The shutdown hook then deletes what was not committed.
   */
  public static void stopWriting() {
    synchronized (OPEN) {
      stopping = true;
    }
  }

  // ------------------------------------------------------------------ checks and clean-up

  private static void createParents(Path output, Path parent) throws OutputException {
    try {
      Files.createDirectories(parent);
    } catch (FileAlreadyExistsException e) {
      throw OutputException.refused("cannot write " + output + ": " + e.getFile() + " is a file, not a directory");
    } catch (IOException e) {
      throw OutputException.cannotWrite(output, e);
    }
  }

  /** Whether DIR can be renamed in its parent: the parent is writable and DIR holds neither a mount nor the cwd. */
  private boolean renamable(Path parent) {
    Path cwd = OutputPaths.resolved(Path.of(""));
    if (cwd.startsWith(target) || !Files.isWritable(parent)) {
      return false;
    }
    try {
      return Files.getFileStore(target).equals(Files.getFileStore(parent));
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return Objects.toString(target);
  }
}
