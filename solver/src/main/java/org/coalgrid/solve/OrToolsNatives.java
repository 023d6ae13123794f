package org.coalgrid.solve;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * OR-Tools' native libraries, unpacked once into a cache directory keyed by the OR-Tools version and platform,
 * instead of into a new temporary directory on every run as OR-Tools' {@code Loader.loadNativeLibraries()} does (about
 * 70 MB written per JVM, and left behind by a JVM that is killed).
 *
 * <p>The cache is {@code $COALGRID_CACHE_DIR}, else {@code $XDG_CACHE_HOME/coalgrid}, else
 * {@code ~/.cache/coalgrid}; the natives go to {@code ortools-<version>-<platform>/} there. A new copy is
 * unpacked into a private temporary directory beside it and moved into place in one atomic rename, so a
 * concurrent run sees either no directory or a complete one. If anything fails (no writable cache, a damaged
 * file that will not load), {@link OrToolsAdapter} uses OR-Tools' own loader, as before. This class uses no
 * OR-Tools class (only the adapter does).
 */
final class OrToolsNatives {
  /** Where the OR-Tools natives live inside the jar, e.g. {@code ortools-linux-x86-64/}. */
  private static final String PLATFORM = platform();
  private static final String NATIVE_POM =
      "/META-INF/maven/com.google.ortools/ortools-" + PLATFORM + "/pom.properties";
  private static final String JAVA_POM = "/META-INF/maven/com.google.ortools/ortools-java/pom.properties";
  private static final String COMPLETE = ".complete";

  /** The cache directory once unpacked (or found), until it is found damaged. */
  private static Path unpacked;
  private static boolean cacheUnusable;

  private OrToolsNatives() {}

  /** The OR-Tools version from the jar's Maven metadata, without loading any native code; null if absent. */
  static String version() {
    String v = pomVersion(JAVA_POM);
    return v != null ? v : pomVersion(NATIVE_POM);
  }

  /**
   * The directory of unpacked natives (unpacking them the first time), without loading any; null if the cache
   * cannot be used (then {@link #load()} falls back to OR-Tools' loader).
   */
  static synchronized Path unpacked() {
    if (unpacked == null && !cacheUnusable) {
      try {
        unpacked = cached();
      } catch (IOException | RuntimeException e) {
        debug("native cache not used (" + e + ")");
        cacheUnusable = true;
      }
    }
    return unpacked;
  }

  /** A library in {@code dir} failed to load: drop the copy (the next run unpacks afresh), use no cache now. */
  static synchronized void discard(Path dir) {
    debug("native cache " + dir + " does not load; removed");
    // renamed away first, so no other run finds a half-deleted copy under the cache's name
    Path away = dir.resolveSibling(dir.getFileName() + ".discarded-" + ProcessHandle.current().pid());
    try {
      Files.move(dir, away, StandardCopyOption.ATOMIC_MOVE);
      deleteTree(away);
    } catch (IOException e) {
      deleteTree(dir);
    }
    unpacked = null;
    cacheUnusable = true;
  }

  /**
   * Loads OR-Tools' JNI library from the cache; false if the cache cannot be used or its copy does not load (the
   * copy is then dropped, and the caller uses OR-Tools' own loader).
   */
  static synchronized boolean loadJni() {
    Path dir = unpacked();
    if (dir == null) {
      return false;
    }
    try {
      System.load(dir.resolve(System.mapLibraryName("jniortools")).toString());
      return true;
    } catch (UnsatisfiedLinkError damaged) {
      // a file in the cache was changed after it was unpacked
      discard(dir);
      return false;
    }
  }

  /**
   * Points JNA at a copy of its own native library ({@code libjnidispatch}) kept in the cache, so that JNA does
   * not unpack it into {@code ~/.cache/JNA/temp} afresh on every run. The copy is named by the library's CRC-32
   * in the jar, so another JNA version never loads it; it is written beside its final name and renamed into
   * place, so a concurrent run sees no half-written file. Must run before JNA's {@code Native} class is first
   * used. Leaves JNA alone when the user has set {@code jna.boot.library.path} or {@code jna.tmpdir}, or when
   * the cache cannot be written (JNA then unpacks its library as it always did).
   */
  static synchronized void jnaFromCache() {
    if (System.getProperty("jna.boot.library.path") != null || System.getProperty("jna.boot.library.name") != null
        || System.getProperty("jna.tmpdir") != null) {
      return;
    }
    URL url = OrToolsNatives.class.getClassLoader()
        .getResource("com/sun/jna/" + PLATFORM + "/" + System.mapLibraryName("jnidispatch"));
    if (url == null) {
      return;
    }
    try {
      byte[] bytes;
      try (InputStream in = url.openStream()) {
        bytes = in.readAllBytes();
      }
      CRC32 crc = new CRC32();
      crc.update(bytes);
      String name = String.format(Locale.ROOT, "jnidispatch-%08x", crc.getValue());
      Path dir = cacheRoot().resolve("jna-" + PLATFORM);
      Path file = dir.resolve(System.mapLibraryName(name));
      if (!Files.isRegularFile(file) || Files.size(file) != bytes.length) {
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, name, ".unpacking");
        try {
          Files.write(tmp, bytes);
          Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
          Files.deleteIfExists(tmp);
        }
      }
      System.setProperty("jna.boot.library.path", dir.toString());
      System.setProperty("jna.boot.library.name", name);
      // JNA's own temporary directory (it looks there for leftovers of earlier runs to remove)
      System.setProperty("jna.tmpdir", dir.toString());
    } catch (IOException | RuntimeException e) {
      debug("JNA's library not cached (" + e + ")");
    }
  }

  private static void debug(String message) {
    if (System.getenv("COALGRID_DEBUG") != null) {
      System.err.println("coalgrid: " + message);
    }
  }

  /** The cache directory for this OR-Tools version, unpacked from the jar if it is not there yet. */
  private static Path cached() throws IOException {
    if (!PLATFORM.startsWith("linux-")) {
      throw new IOException("the native cache is for Linux only (OR-Tools loads its Windows natives one by one)");
    }
    String version = pomVersion(NATIVE_POM);
    if (version == null) {
      throw new IOException("no " + NATIVE_POM + " on the class path");
    }
    Path root = cacheRoot();
    Path dir = root.resolve("ortools-" + version + "-" + PLATFORM);
    if (Files.isRegularFile(dir.resolve(COMPLETE))) {
      return dir;
    }
    Files.createDirectories(root);
    if (Files.exists(dir)) {
      if (Files.isRegularFile(dir.resolve(COMPLETE))) {
        return dir; // another run has just moved its copy into place
      }
      // a directory without the marker is not one this class made (it renames only complete copies into
      // place), e.g. one half-removed by hand: clear it so the rename below can succeed
      deleteTree(dir);
    }
    Path tmp = Files.createTempDirectory(root, "ortools-" + version + ".unpacking-");
    try {
      unpack(tmp);
      Files.createFile(tmp.resolve(COMPLETE));
      try {
        Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("cannot move " + tmp + " into place atomically", e);
      } catch (FileSystemException raced) {
        // rename(2) refuses (EEXIST or ENOTEMPTY) when another run moved its complete copy into place first:
        // use that copy (checked below)
        debug("another run unpacked " + dir + " first (" + raced.getClass().getSimpleName() + ")");
      }
    } finally {
      deleteTree(tmp);
    }
    if (!Files.isRegularFile(dir.resolve(COMPLETE))) {
      throw new IOException(dir + " is incomplete");
    }
    return dir;
  }

  /** The cache directory: $COALGRID_CACHE_DIR, $XDG_CACHE_HOME/coalgrid or ~/.cache/coalgrid. */
  static Path cacheRoot() {
    String explicit = System.getenv("COALGRID_CACHE_DIR");
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "coalgrid");
    }
    return Path.of(System.getProperty("user.home"), ".cache", "coalgrid");
  }

  /** Copies every file under the jar's {@code ortools-<platform>/} into {@code target}. */
  private static void unpack(Path target) throws IOException {
    URL url = OrToolsNatives.class.getClassLoader().getResource("ortools-" + PLATFORM + "/");
    if (url == null) {
      throw new IOException("no ortools-" + PLATFORM + "/ on the class path");
    }
    URI uri;
    try {
      uri = url.toURI();
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    if (uri.getScheme().equals("jar")) {
      FileSystem fs;
      boolean close = false;
      try {
        fs = FileSystems.newFileSystem(uri, Map.of());
        close = true;
      } catch (FileSystemAlreadyExistsException e) {
        fs = FileSystems.getFileSystem(uri);
      }
      try {
        copyFiles(fs.provider().getPath(uri), target);
      } finally {
        if (close) {
          fs.close();
        }
      }
    } else {
      copyFiles(Path.of(uri), target);
    }
  }

  private static void copyFiles(Path source, Path target) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(source)) {
      files = s.filter(Files::isRegularFile).toList();
    }
    for (Path f : files) {
      Files.copy(f, target.resolve(f.getFileName().toString()));
    }
  }

  private static String pomVersion(String resource) {
    try (InputStream in = OrToolsNatives.class.getResourceAsStream(resource)) {
      if (in == null) {
        return null;
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      return null;
    }
  }

  /** OR-Tools' platform name (JNA's resource prefix), e.g. {@code linux-x86-64}. */
  private static String platform() {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
    String a = switch (arch) {
      case "amd64", "x86_64", "x86-64" -> "x86-64";
      case "aarch64", "arm64" -> "aarch64";
      default -> arch;
    };
    if (os.startsWith("linux")) {
      return "linux-" + a;
    }
    if (os.startsWith("mac") || os.startsWith("darwin")) {
      return "darwin-" + a;
    }
    if (os.startsWith("windows")) {
      return "win32-" + a;
    }
    return os + "-" + a;
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a leftover temporary directory is harmless
    }
  }
}
