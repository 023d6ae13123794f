package org.coalgrid.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * An output that was refused or could not be written, with a one-line message in plain words (no exception class,
 * no temporary file name) and the exit code the command line gives it: 2 when the request itself is wrong (an
 * output that is, or is inside, an input; a directory that holds other files; another run writing the same
 * output), 1 when the file system refuses (read-only, full, permission denied). Nothing of the output was written.
 */
public final class OutputException extends IOException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  private OutputException(String message, int exitCode, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** A request that cannot be honoured (exit 2). */
  public static OutputException refused(String message) {
    return new OutputException(message, 2, null);
  }

  /** {@code target} could not be written because of {@code cause} (exit 1); the message says why in words. */
  public static OutputException cannotWrite(java.nio.file.Path target, IOException cause) {
    if (cause instanceof OutputException oe) {
      return oe;
    }
    return new OutputException("cannot write " + target + ": " + reason(cause) + "; nothing was written", 1, cause);
  }

  /** The exit code: 2 for a refused request, 1 for a file system that refused. */
  public int exitCode() {
    return exitCode;
  }

  /** Why an I/O operation failed, in lower-case words without the paths of temporary files. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof NotDirectoryException) {
      return "a path component is not a directory";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "it already exists";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "a directory is not empty";
    }
    if (e instanceof FileSystemException fe && fe.getReason() != null) {
      return lower(fe.getReason());
    }
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return "input/output error";
    }
    // "No space left on device" and the like; drop any path a message starts with
    m = m.replaceFirst("^/\\S*: ", "");
    int nl = m.indexOf('\n');
    return lower(nl < 0 ? m : m.substring(0, nl));
  }

  private static String lower(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }
}
