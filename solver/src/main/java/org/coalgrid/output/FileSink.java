package org.coalgrid.output;

import java.io.IOException;

/** Where a set of named text files goes: a directory ({@link AtomicOutput}) or memory (a workbook's tables). */
@FunctionalInterface
public interface FileSink {
  /** Writes the file {@code name} with {@code content}. */
  void file(String name, AtomicOutput.Content content) throws IOException;
}
