package org.coalgrid;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Versions recorded with every result: coalgrid's (from the build) and OR-Tools'. */
public final class Version {
  private static final String COALGRID = load();

  private Version() {}

  public static String coalgrid() {
    return COALGRID;
  }

  /** OR-Tools version, from the jar's metadata (no native code is loaded, so {@code --version} stays fast). */
  public static String orTools() {
    return org.coalgrid.solve.OrToolsAdapter.orToolsVersion();
  }

  private static String load() {
    try (InputStream in = Version.class.getResourceAsStream("/coalgrid-version.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }
}
