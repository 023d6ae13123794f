package org.coalgrid.diagnostics;

/**
 * One finding about an instance: {@code path} is a JSON path into the file ({@code $.plants[2].region}),
 * {@code message} says what is wrong in domain words.
 */
public record Problem(Severity severity, String path, String message) {

  public static Problem error(String path, String message) {
    return new Problem(Severity.ERROR, path, message);
  }

  public static Problem warning(String path, String message) {
    return new Problem(Severity.WARNING, path, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * One line: {@code $.plants[2].region: unknown region "bijei" (known: bijie, liupanshui)}; warnings read
   * {@code $.path: warning: ...}.
   */
  public String format() {
    String text = (severity == Severity.WARNING ? "warning: " : "") + message;
    return path + ": " + text.replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }
}
