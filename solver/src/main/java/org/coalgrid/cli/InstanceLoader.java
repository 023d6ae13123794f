package org.coalgrid.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.coalgrid.io.InstanceException;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.io.LoadedInstance;
import org.coalgrid.validate.Problem;

/** Reads an instance for a command: prints warnings, and on errors prints them all and signals exit code 2. */
final class InstanceLoader {
  private InstanceLoader() {}

  /** Thrown after the problems have been printed. */
  static final class Rejected extends Exception {
    Rejected() {
      super(null, null, false, false);
    }
  }

  static LoadedInstance load(Path file, PrintWriter err) throws Rejected {
    try {
      LoadedInstance li = InstanceReader.read(file);
      for (Problem w : li.warnings()) {
        err.println(file + ": " + w.format());
      }
      err.flush();
      return li;
    } catch (InstanceException e) {
      err.println("coalgrid: " + file + " is not a valid instance (" + e.problems().size() + " problem"
          + (e.problems().size() == 1 ? "" : "s") + "):");
      for (Problem p : e.problems()) {
        err.println("  " + p.format());
      }
      err.flush();
      throw new Rejected();
    }
  }
}
