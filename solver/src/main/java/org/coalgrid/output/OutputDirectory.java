package org.coalgrid.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What an output directory holds, for {@link AtomicOutput}: which command's set it is (its manifest, or the file names
 * of sets written before manifests), which files belong to that set, and the temporaries of runs that were killed.
 */
final class OutputDirectory {
  /** Temporaries: {@code .NAME.coalgrid-PID-N.tmp} (staging) and {@code .NAME.coalgrid-PID-N.old} (set renamed aside). */
  static final Pattern TEMPORARY = Pattern.compile("\\.(?:.*\\.)?coalgrid-(\\d+)-\\d+\\.(tmp|old)");
  /** Files of the sets written before sets had a manifest, by command. */
  static final Map<String, Set<String>> LEGACY = Map.of(
      "solve", Set.of("solution.json", "explain.json", "explain.md", "repair.json", "objective.csv", "mines.csv",
          "arcs.csv", "plants.csv", "plant_periods.csv", "coal_use.csv", "line_periods.csv", "industries.csv",
          "exports.csv", "prices_electricity.csv", "prices_coal.csv", "binding.csv"),
      "sensitivity", Set.of("sensitivity_caps.csv", "sensitivity_costs.csv", "sensitivity_bounds.csv"));

  private OutputDirectory() {
  }

  /**
   * Refuses a directory that holds anything but a previous output set of {@code kind} (and temporaries of this
   * output): writing replaces the directory whole, which must never take a file coalgrid did not write with it.
   */
  static void checkOnlyOwnFiles(String output, Path dir, String kind) throws OutputException {
    List<String> entries = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.forEach(p -> entries.add(p.getFileName().toString()));
    } catch (IOException e) {
      throw OutputException.cannotWrite(dir, e);
    }
    entries.removeIf(n -> n.equals("." + AtomicOutput.LOCK) || TEMPORARY.matcher(n).matches());
    if (entries.isEmpty()) {
      return;
    }
    String owner = ownerKind(dir);
    if (owner != null && !owner.equals(kind)) {
      throw OutputException.refused(output + " holds the output of 'coalgrid " + owner + "', which the set of 'coalgrid "
          + kind + "' would replace: choose another directory");
    }
    Set<String> own = previousSet(dir);
    List<String> foreign = entries.stream().filter(n -> !own.contains(n) && !n.equals(AtomicOutput.MANIFEST)).sorted().toList();
    if (!foreign.isEmpty()) {
      throw OutputException.refused(output + " holds files coalgrid did not write (" + listed(foreign) + "); the "
          + "output set replaces the directory whole: choose a new or empty directory");
    }
  }

  private static String listed(List<String> names) {
    List<String> shown = names.stream().limit(5).map(SafeText::escape).toList();
    return String.join(", ", shown) + (names.size() > 5 ? ", ... " + (names.size() - 5) + " more" : "");
  }

  /** The command that wrote the set in {@code dir}: from its manifest, or for older sets from their file names. */
  private static String ownerKind(Path dir) {
    Path m = dir.resolve(AtomicOutput.MANIFEST);
    if (Files.isRegularFile(m, LinkOption.NOFOLLOW_LINKS)) {
      Matcher k = Pattern.compile("\"coalgridOutput\"\\s*:\\s*\"([^\"]*)\"").matcher(readSmall(m));
      return k.find() ? k.group(1) : null;
    }
    try (Stream<Path> s = Files.list(dir)) {
      Set<String> names = new TreeSet<>();
      s.forEach(p -> names.add(p.getFileName().toString()));
      for (Map.Entry<String, Set<String>> e : LEGACY.entrySet()) {
        if (!names.isEmpty() && e.getValue().containsAll(names)) {
          return e.getKey();
        }
      }
    } catch (IOException e) {
      return null;
    }
    return null;
  }

  /** The files of the previous set in {@code dir}: its manifest's list, or for older sets the names they had. */
  static Set<String> previousSet(Path dir) {
    Path m = dir.resolve(AtomicOutput.MANIFEST);
    Set<String> out = new TreeSet<>();
    if (Files.isRegularFile(m, LinkOption.NOFOLLOW_LINKS)) {
      String text = readSmall(m);
      int files = text.indexOf("\"files\"");
      if (files >= 0) {
        Matcher f = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(text.substring(files + 7));
        while (f.find()) {
          String n = f.group(1).replace("\\\"", "\"").replace("\\\\", "\\");
          if (AtomicOutput.validName(n)) {
            out.add(n);
          }
        }
      }
      return out;
    }
    String owner = ownerKind(dir);
    return owner == null ? out : LEGACY.get(owner);
  }

  private static String readSmall(Path p) {
    try {
      return Files.size(p) > 1 << 20 ? "" : Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /**
   * Deletes temporaries in {@code dir}: those of this output (named {@code ownPrefix}...; the caller holds its lock,
   * so they are stale) and those of any other output whose process is gone.
   */
  static void cleanStale(Path dir, String ownPrefix) {
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, ".*coalgrid-*")) {
      for (Path p : ds) {
        Matcher m = TEMPORARY.matcher(p.getFileName().toString());
        if (!m.matches()) {
          continue;
        }
        boolean ours = p.getFileName().toString().startsWith(ownPrefix);
        long pid = Long.parseLong(m.group(1));
        if (ours || (pid != AtomicOutput.PID && ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true))) {
          try {
            deleteTree(p);
          } catch (IOException ignored) {
            // best effort: left for a later run
          }
        }
      }
    } catch (IOException | NumberFormatException ignored) {
      // nothing to clean, or not allowed to look: the staging area is created next and says so if it fails
    }
  }

  /** Deletes a file or a directory tree without following links. */
  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
      try (Stream<Path> s = Files.walk(p)) {
        for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(q);
        }
      } catch (NoSuchFileException gone) {
        // deleted meanwhile (the shutdown hook and the main thread)
      }
    } else {
      Files.deleteIfExists(p);
    }
  }
}
