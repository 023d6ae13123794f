package org.coalgrid;

/**
 * Where long work says how far it is: the phase under way ("building the model", "solving with glop") and, for a
 * series of solves (check-targets, sweep, the target check of a report), how many are done of how many planned.
 * The command line draws it on stderr when stderr is a terminal ({@code org.coalgrid.output.ConsoleProgress});
 * the Java API passes {@link #NONE} unless given another. Calls come from the thread doing the work;
 * implementations must return quickly.
 */
public interface Progress {
  /** Says nothing. */
  Progress NONE = new Progress() {
    @Override
    public void phase(String what) {}

    @Override
    public void step(int done, int total, String next) {}
  };

  /** A phase of work starts: {@code what} in a few words ("solving with glop: 177 rows, 179 columns"). */
  void phase(String what);

  /**
   * {@code done} of {@code total} steps of a series are finished ({@code total} may grow as the work finds more to
   * do); {@code next} says what runs now, or is empty when the series is over.
   */
  void step(int done, int total, String next);
}
