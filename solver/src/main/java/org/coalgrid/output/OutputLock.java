package org.coalgrid.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The lock of one output: {@code .NAME.coalgrid-lock} beside it, locked with {@link FileChannel#tryLock()} (the
 * system releases it if the process dies, even by kill -9) and holding the locker's process id for the message of a
 * second run. Deleted when released.
 */
final class OutputLock {
  private final Path file;
  private FileChannel channel;
  private FileLock lock;

  private OutputLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  static OutputLock acquire(Path output, Path file) throws OutputException {
    for (int attempt = 0; attempt < 5; attempt++) {
      Object before = fileKey(file);
      FileChannel ch;
      try {
        ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
      } catch (IOException e) {
        throw OutputException.cannotWrite(output, e);
      }
      FileLock l;
      try {
        l = ch.tryLock();
      } catch (OverlappingFileLockException e) {
        l = null; // this process writes it already
      } catch (IOException e) {
        closeQuietly(ch);
        throw OutputException.cannotWrite(output, e);
      }
      if (l == null) {
        String holder = holder(ch);
        closeQuietly(ch);
        throw OutputException.refused("another coalgrid run" + holder + " is writing " + output
            + "; wait for it to finish, or choose another output");
      }
      // the file may have been deleted by the previous holder between our open and our lock: then retry
      if (before != null && before.equals(fileKey(file))) {
        try {
          ch.truncate(0);
          ch.write(ByteBuffer.wrap((AtomicOutput.PID + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        } catch (IOException ignored) {
          // the process id is only for the message of a second run
        }
        return new OutputLock(file, ch, l);
      }
      try {
        l.release();
      } catch (IOException ignored) {
        // closing releases it too
      }
      closeQuietly(ch);
    }
    throw OutputException.refused("cannot lock " + output + ": another coalgrid run keeps starting and stopping on it");
  }

  private static String holder(FileChannel ch) {
    try {
      ByteBuffer b = ByteBuffer.allocate(32);
      ch.read(b, 0);
      String pid = new String(b.array(), 0, b.position(), StandardCharsets.US_ASCII).trim();
      return pid.matches("\\d+") ? " (process " + pid + ")" : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static Object fileKey(Path p) {
    try {
      return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
    } catch (IOException e) {
      return null;
    }
  }

  /** Deletes the lock file (still holding the lock, so no other run can take the deleted file for its own). */
  synchronized void release() {
    if (channel == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // a lock file left behind is reused by the next run
    }
    try {
      if (lock != null) {
        lock.release();
      }
    } catch (IOException ignored) {
      // closing the channel releases it
    }
    closeQuietly(channel);
    channel = null;
    lock = null;
  }

  private static void closeQuietly(FileChannel ch) {
    try {
      ch.close();
    } catch (IOException ignored) {
      // nothing more to do
    }
  }
}
