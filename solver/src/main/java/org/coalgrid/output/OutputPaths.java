package org.coalgrid.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;

/**
 * Where an output may go, checked before any work: never onto an input, never inside an input, and never a
 * directory that holds an input (writing a directory replaces it whole). Paths are compared as the file system
 * sees them: symbolic links resolved, {@code ..} removed, hard links recognised.
 */
public final class OutputPaths {
  private OutputPaths() {}

  /**
   * {@code p} as the file system sees it: the real path of its longest existing prefix (links resolved), with the
   * rest appended. Never fails: a path that cannot be resolved is taken as given, absolute and normalised.
   */
  public static Path resolved(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path existing = abs;
    Path rest = null;
    while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      Path name = existing.getFileName();
      rest = rest == null ? name : name.resolve(rest);
      existing = existing.getParent();
    }
    if (existing == null) {
      return abs;
    }
    try {
      Path real = existing.toRealPath();
      return rest == null ? real : real.resolve(rest).normalize();
    } catch (IOException e) {
      return abs;
    }
  }

  /**
   * Refuses {@code output} (a file or a directory the command writes) when it is one of {@code inputs} (also through
   * a link), lies inside an input directory, or is a directory that holds an input. {@code option} names the output
   * in the message ("--out", "FILE").
   *
   * @throws OutputException (exit 2) saying which input is in the way
   */
  public static void checkAgainstInputs(String option, Path output, Collection<Path> inputs) throws OutputException {
    Path out = resolved(output);
    for (Path input : inputs) {
      if (input == null) {
        continue;
      }
      Path in = resolved(input);
      String what = option + " " + output;
      if (in.equals(out) || sameFile(input, output)) {
        throw OutputException.refused(what + " is the input " + input + "; writing it would destroy the input "
            + "(choose another output)");
      }
      if (in.startsWith(out)) {
        throw OutputException.refused(what + " contains the input " + input + "; the output is written as a whole and "
            + "would replace it (choose another output)");
      }
      if (out.startsWith(in)) {
        throw OutputException.refused(what + " lies inside the input " + input + " (choose an output outside it)");
      }
    }
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }
}
