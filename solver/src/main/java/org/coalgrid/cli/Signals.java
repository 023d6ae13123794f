package org.coalgrid.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.coalgrid.api.CoalGrid;
import org.coalgrid.output.AtomicOutput;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C (SIGINT), SIGTERM and SIGHUP cancel a run: the running solve is interrupted, the run counts as cancelled
 * whatever the backend then returns, and the process exits with 128 + the signal's number (130 for Ctrl-C) through
 * the shutdown hooks, which delete every output not yet committed ({@link org.coalgrid.output.AtomicOutput}).
 *
 * <p>Why more than the JVM's own handling: native solvers install SIGINT handlers of their own while they run.
 * SCIP's (turned off by {@code misc/catchctrlc = FALSE}, see {@code OrToolsAdapter}) ended the solve "at a limit", so
 * coalgrid wrote the whole output set; CLP's, active inside every simplex solve (also CBC's root and node LPs),
 * takes the signal and drops it. So while a command runs, coalgrid's handler is installed again every
 * {@value #REASSERT_MS} ms, which takes SIGINT back from any native handler (they restore the handler they replaced
 * when they finish, which is coalgrid's). A signal the parent process ignores (a background job, {@code nohup}) stays
 * ignored.
 *
 * <p><b>Order of a stop</b> (the commit point): writing is stopped first ({@link AtomicOutput#stopWriting}: from then
 * on no output is committed; a commit under way finishes before it returns), the solves are interrupted after. A
 * cancelled solve returns at once, and its command goes on to write whatever it has (a solution.json of status
 * ERROR); in the other order that write could be committed before the shutdown hooks ran, leaving a set with exit
 * 130. So a stop leaves each output as it was before the run (nothing, or the previous set) unless its commit came
 * first, and then the output is the whole new set. The exit code is 128 + the signal whenever the signal arrives
 * before the process has begun to exit, even if the command has finished meanwhile ({@link #exitCode}): it says
 * the run was stopped, its console output may be cut short; a signal arriving while the process exits changes
 * nothing.
 */
final class Signals {
  /** How often coalgrid's handler is installed again while a command runs (ms). */
  static final long REASSERT_MS = 50;
  private static final List<Signal> HANDLED = new ArrayList<>();
  private static final SignalHandler STOP = Signals::stop;
  /** The number of the first stop signal received, 0 if none. */
  private static volatile int received;
  /** Counted down when the command has returned its exit code ({@link #exitCode}). */
  private static final CountDownLatch RETURNED = new CountDownLatch(1);
  /** How long a stop waits between cancelling the run and exiting for the command to return (ms; 0: no wait). */
  private static volatile long holdExitMs;

  private Signals() {}

  /** Installs the handlers (once per process; the command line's {@code main} only). */
  static void install() {
    install(0);
  }

  /**
   * Test seam, not for production use: {@link #install()} with a stop that waits up to {@code holdExitMs} ms between
   * cancelling the run and exiting, until the command has returned ({@link #exitCode}). That opens the widest
   * window there is for a cancelled command to write and commit after the signal, so that a test can show it
   * commits nothing (LimitsCliTest.aStopBeforeTheCommitRefusesTheCommitOfTheCancelledRun). The command line installs
   * with 0: a stop exits at once.
   */
  static synchronized void install(long holdExitMs) {
    if (!HANDLED.isEmpty()) {
      return;
    }
    Signals.holdExitMs = holdExitMs;
    for (String name : new String[] {"INT", "TERM", "HUP"}) {
      Signal sig;
      SignalHandler previous;
      try {
        sig = new Signal(name);
        previous = Signal.handle(sig, STOP);
      } catch (IllegalArgumentException e) {
        continue; // not available here (e.g. java -Xrs)
      }
      if (previous == SignalHandler.SIG_IGN) {
        Signal.handle(sig, SignalHandler.SIG_IGN); // ignored by the parent: leave it so
        continue;
      }
      HANDLED.add(sig);
    }
    if (HANDLED.isEmpty()) {
      return;
    }
    Thread t = new Thread(Signals::reassert, "coalgrid-signals");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
  }

  private static void reassert() {
    while (true) {
      try {
        Thread.sleep(REASSERT_MS);
      } catch (InterruptedException e) {
        return;
      }
      for (Signal sig : HANDLED) {
        try {
          Signal.handle(sig, STOP);
        } catch (IllegalArgumentException ignored) {
          // cannot happen for a signal installed once; nothing to do if it does
        }
      }
    }
  }

  private static void stop(Signal sig) {
    cancel(sig.getNumber());
    if (holdExitMs > 0) {
      try {
        RETURNED.await(holdExitMs, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    System.exit(128 + sig.getNumber());
  }

  /** Cancels the run: outputs first, solves after (see the class comment: this order is the commit point). */
  private static void cancel(int signal) {
    synchronized (Signals.class) {
      if (received == 0) {
        received = signal;
      }
    }
    AtomicOutput.stopWriting();
    CoalGrid.interruptAllSolves();
  }

  /**
   * The process's exit code once the command has returned {@code commandCode}: 128 + the stop signal if one came
   * (the command's own code otherwise). The main thread may reach {@code System.exit} before the signal's handler.
   */
  static int exitCode(int commandCode) {
    RETURNED.countDown();
    int sig = received;
    return sig != 0 ? 128 + sig : commandCode;
  }
}
