package org.coalgrid.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.coalgrid.output.Json;

/**
 * The report as one self-contained HTML file: the page template, its style sheet and script, ECharts'
 * minified bundle from the WebJar on the class path, and the report data as JSON in
 * {@code <script type="application/json" id="coalgrid-data">}. Nothing is fetched when the page is opened.
 * Stateless and thread-safe.
 */
public final class ReportPage {
  private static final String RESOURCES = "/org/coalgrid/report/";
  private static final String ECHARTS_VERSION = loadEchartsVersion();

  private ReportPage() {}

  /** The ECharts version inlined (from the build). */
  public static String echartsVersion() {
    return ECHARTS_VERSION;
  }

  /** The HTML page of {@code data} (from {@link Report#single} or {@link Report#compare}). */
  public static String html(ObjectNode data) {
    String json;
    try {
      json = Json.MAPPER.writer().writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("report data cannot be written as JSON", e);
    }
    String title = data.get("cases").size() > 1 ? "coalgrid comparison" : "coalgrid report: "
        + data.get("cases").get(0).path("instance").asText();
    java.util.Map<String, String> parts = new java.util.LinkedHashMap<>();
    parts.put("@TITLE@", escapeHtml(title));
    parts.put("@VERSION@", escapeHtml(data.path("coalgridVersion").asText()));
    parts.put("@ECHARTS@", escapeHtml(ECHARTS_VERSION));
    parts.put("@CSS@", resource("report.css"));
    parts.put("@DATA@", inScript(json));
    parts.put("@ECHARTS_JS@", inScript(echarts()));
    parts.put("@REPORT_JS@", inScript(resource("report.js")));
    return fill(resource("report.html"), parts);
  }

  /** The template with each marker replaced; markers are looked for in the template only, never in what is put in. */
  static String fill(String template, java.util.Map<String, String> parts) {
    StringBuilder sb = new StringBuilder(template.length() + parts.values().stream().mapToInt(String::length).sum());
    int at = 0;
    while (true) {
      int next = template.indexOf('@', at);
      int end = next < 0 ? -1 : template.indexOf('@', next + 1);
      String marker = end < 0 ? null : template.substring(next, end + 1);
      if (marker == null) {
        return sb.append(template, at, template.length()).toString();
      }
      if (parts.containsKey(marker)) {
        sb.append(template, at, next).append(parts.get(marker));
        at = end + 1;
      } else {
        sb.append(template, at, next + 1);
        at = next + 1;
      }
    }
  }

  /** Text safe inside a script element: "</" cannot end it early ("<\/" means the same in JSON and JS strings). */
  static String inScript(String text) {
    return text.replace("</", "<\\/").replace("<!--", "<\\!--");
  }

  private static String escapeHtml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String echarts() {
    String path = "/META-INF/resources/webjars/echarts/" + ECHARTS_VERSION + "/dist/echarts.min.js";
    try (InputStream in = ReportPage.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("ECharts " + ECHARTS_VERSION + " is not on the class path (" + path
            + "); the org.webjars.npm:echarts dependency is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = ReportPage.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCES + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String loadEchartsVersion() {
    try (InputStream in = ReportPage.class.getResourceAsStream("/coalgrid-version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      String v = p.getProperty("echarts", "");
      if (v.isEmpty() || v.startsWith("$")) {
        throw new IllegalStateException("the ECharts version is not recorded in coalgrid-version.properties");
      }
      return v;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
