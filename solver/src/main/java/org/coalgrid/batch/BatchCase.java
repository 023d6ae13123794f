package org.coalgrid.batch;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One case of a batch: an instance with overrides, solved with the batch's settings.
 *
 * @param index      position in the spec's order (0-based; the order of the result table)
 * @param id         the stable id: {@link #idOf}
 * @param instance   the instance as the spec names it
 * @param instanceSha256 SHA-256 of the instance's content (hex)
 * @param axisValues the case's level on each axis it has ({@code axis -> level})
 * @param set        the overrides {@code PATH=VALUE}, in order (the spec's {@code set}, then the variant's)
 */
public record BatchCase(int index, String id, String instance, String instanceSha256, Map<String, String> axisValues,
    List<String> set) implements Serializable {
  private static final long serialVersionUID = 1L;

  public BatchCase {
    axisValues = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(axisValues));
    set = List.copyOf(set);
  }

  /**
   * The stable id of a case: the first 16 hex digits of the SHA-256 of the instance's content hash, each override
   * in order and the canonical settings ({@link BatchSpec.SpecSettings#canonical()}). The same content, overrides
   * and settings give the same id whatever the file, axis or scenario is called, so a renamed axis resumes.
   */
  public static String idOf(String instanceSha256, List<String> set, BatchSpec.SpecSettings settings) {
    StringBuilder sb = new StringBuilder("coalgrid-batch-case/1\n").append(instanceSha256).append('\n');
    for (String s : set) {
      sb.append("set ").append(s).append('\n');
    }
    sb.append(settings.canonical()).append('\n');
    return sha256(sb.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
  }

  /** The SHA-256 of {@code bytes} in lower-case hex. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }

  /** How the case reads in messages: {@code #3 tutorial.json co2=2.2e7 hvdc=3000}. */
  public String label() {
    StringBuilder sb = new StringBuilder("#").append(index + 1).append(' ').append(instance);
    axisValues.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
    return sb.toString();
  }
}
