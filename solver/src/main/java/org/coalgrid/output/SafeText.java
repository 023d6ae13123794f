package org.coalgrid.output;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Text as it may reach a terminal or a CSV/Markdown file: control characters that a name in an instance can carry
 * (NUL, ESC, BEL, DEL, the C1 range, line and paragraph separators, bidirectional overrides) are written as visible
 * escapes ({@code \u001b}), so that a name can neither hide text, move the cursor, recolour the terminal nor break a
 * table. Line feed, carriage return (progress lines) and tab pass unchanged. Characters that are not characters (a
 * lone UTF-16 surrogate) are escaped too: they cannot be encoded. JSON needs none of this: Jackson escapes control
 * characters itself, and instances with lone surrogates are refused when read.
 */
public final class SafeText {
  private SafeText() {}

  /** Whether {@code c} at index {@code i} of {@code s} must be escaped. */
  static boolean unsafe(CharSequence s, int i) {
    char c = s.charAt(i);
    if (c == '\n' || c == '\r' || c == '\t') {
      return false;
    }
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c) {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return false;
  }

  /** True if {@code s[off, off + len)} needs no escape and does not end inside a surrogate pair. */
  static boolean clean(CharSequence s, int off, int len) {
    int end = off + len;
    for (int i = off; i < end; i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c >= 0x7f) { // only then look closer
        if (Character.isSurrogate(c) || unsafe(s, i)) {
          return false;
        }
      }
    }
    return true;
  }

  /** {@code s} with every unsafe character written as {@code \\uXXXX}; {@code s} itself if none. */
  public static String escape(String s) {
    if (s == null) {
      return null;
    }
    int first = -1;
    for (int i = 0; i < s.length(); i++) {
      if (unsafe(s, i)) {
        first = i;
        break;
      }
    }
    if (first < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, first);
    for (int i = first; i < s.length(); i++) {
      if (unsafe(s, i)) {
        sb.append(String.format("\\u%04x", (int) s.charAt(i)));
      } else {
        sb.append(s.charAt(i));
      }
    }
    return sb.toString();
  }

  /**
   * A writer that escapes unsafe characters on the way through. A surrogate pair split across two writes is kept
   * whole: a high surrogate at the end of a write waits for the next one.
   */
  public static Writer filter(Writer out) {
    return new FilterWriter(out) {
      private char pendingHigh;

      @Override
      public void write(int c) throws IOException {
        write(new char[] {(char) c}, 0, 1);
      }

      @Override
      public void write(String s, int off, int len) throws IOException {
        if (pendingHigh == 0 && len > 0 && clean(s, off, len)) {
          out.write(s, off, len); // the common case: nothing to escape, no copy
          return;
        }
        write(s.toCharArray(), off, len);
      }

      @Override
      public void write(char[] buf, int off, int len) throws IOException {
        if (pendingHigh == 0 && len > 0 && clean(java.nio.CharBuffer.wrap(buf), off, len)) {
          out.write(buf, off, len);
          return;
        }
        StringBuilder sb = new StringBuilder(len + 1);
        if (pendingHigh != 0) {
          sb.append(pendingHigh);
          pendingHigh = 0;
        }
        sb.append(buf, off, len);
        if (sb.length() > 0 && Character.isHighSurrogate(sb.charAt(sb.length() - 1))) {
          pendingHigh = sb.charAt(sb.length() - 1);
          sb.setLength(sb.length() - 1);
        }
        out.write(escape(sb.toString()));
      }

      @Override
      public void flush() throws IOException {
        out.flush();
      }

      @Override
      public void close() throws IOException {
        if (pendingHigh != 0) {
          out.write(escape(String.valueOf(pendingHigh)));
          pendingHigh = 0;
        }
        out.close();
      }
    };
  }
}
