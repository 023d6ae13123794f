package org.coalgrid.formulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coalgrid.domain.MetricName;

/**
 * Generates the parts of docs/formulation.md (and the metric tables of docs/targets.md) that have one source in
 * the code, so the page and the code cannot drift: each family's section from the family's class Javadoc and
 * its {@link ConstraintFamily#title()}, {@link ConstraintFamily#rows()}, {@link ConstraintFamily#dualMeaning()}
 * and {@link ConstraintFamily#role()}; the variable table from {@link ColumnKind}; the metric tables
 * from {@link MetricName.Kind}. A generated part sits between {@code <!-- BEGIN GENERATED key -->} and
 * {@code <!-- END GENERATED key -->}; the text around it is written by hand.
 *
 * <p>The Javadoc is read from the source file and turned into Markdown: {@code <pre>} blocks become indented
 * code, {@code <p>} a new paragraph, {@code <ul>/<li>} a list, {@code <b>} bold, {@code {@code x}} and
 * {@code {@link X}} code spans, {@code &lt; &gt; &amp;} their characters. Any other tag is an error, so a
 * Javadoc that would not render is caught here.
 */
final class FormulationDoc {
  static final String FORMULATION = "docs/formulation.md";
  static final String TARGETS = "docs/targets.md";
  private static final String SOURCES = "solver/src/main/java/org/coalgrid/formulation/";
  private static final Pattern BLOCK = Pattern.compile(
      "<!-- BEGIN GENERATED ([^>]+?) -->\n(.*?)<!-- END GENERATED \\1 -->", Pattern.DOTALL);

  private final Path repo;

  FormulationDoc(Path repo) {
    this.repo = repo;
  }

  /** The generated text of every key, in page order: variables, each family (metrics after the policies). */
  Map<String, String> blocks() {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("variables", variables());
    int section = 1;
    for (ConstraintFamily f : Formulation.FAMILIES) {
      String cls = f.getClass().getSimpleName();
      out.put("family " + cls, f instanceof Objective ? objective(f) : family(f, section++));
      if (f instanceof PolicyConstraints) {
        out.put("metrics", metrics()); // the metrics GENERIC policies use, right after the policies
      }
    }
    return out;
  }

  /** {@code page} with every generated block replaced by its generated text; throws if a key is unknown. */
  static String fill(String page, Map<String, String> blocks) {
    Matcher m = BLOCK.matcher(page);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String key = m.group(1);
      String text = blocks.get(key);
      if (text == null) {
        throw new IllegalArgumentException("unknown generated block '" + key + "' (known: " + blocks.keySet() + ")");
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(
          "<!-- BEGIN GENERATED " + key + " -->\n" + text + "<!-- END GENERATED " + key + " -->"));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** The keys of the generated blocks of {@code page}, in order. */
  static List<String> keys(String page) {
    List<String> keys = new ArrayList<>();
    Matcher m = BLOCK.matcher(page);
    while (m.find()) {
      keys.add(m.group(1));
    }
    return keys;
  }

  private String family(ConstraintFamily f, int section) {
    List<String> rows = f.rows().stream().map(k -> "`" + k.pattern() + "`").toList();
    String heading = "### 4." + section + " " + f.title() + " (`" + f.getClass().getSimpleName() + "`, "
        + (rows.size() == 1 ? "row " : "rows ") + String.join(", ", rows) + ")";
    return heading + "\n\n" + markdown(javadoc(f.getClass().getSimpleName())) + "\n"
        + "Dual: " + f.dualMeaning() + ". " + roleWords(f.role()) + "\n";
  }

  private String objective(ConstraintFamily f) {
    return "## 5. " + f.title() + " (`" + f.getClass().getSimpleName() + "`)\n\n"
        + markdown(javadoc(f.getClass().getSimpleName()));
  }

  private static String roleWords(ConstraintFamily.Role role) {
    return switch (role) {
      case CAP -> "The rows are caps: a binding one is listed in the solution, ranked by `explain` and ranged by "
          + "`sensitivity`.";
      case OBLIGATION -> "The rows are obligations: a binding one is listed and ranged like a cap, but not counted "
          + "among the caps the summary lists.";
      case BALANCE -> "The rows are balances: their duals are the prices of the price tables.";
      case DEFINITION -> "The rows define quantities: their duals are not reported.";
    };
  }

  private static String variables() {
    StringBuilder sb = new StringBuilder("| name in model | meaning | unit | bounds |\n|---|---|---|---|\n");
    for (ColumnKind k : ColumnKind.values()) {
      if (k.measure() == Measure.MODEL_UNIT) {
        continue; // slacks of the repair model, not of this model
      }
      sb.append("| `").append(k.pattern()).append("` | ").append(k.meaning()).append(" | ").append(k.modelUnit())
          .append(" | ").append(k.bounds()).append(" |\n");
    }
    return sb.toString();
  }

  static String metrics() {
    StringBuilder sb = new StringBuilder("Linear metrics (targets and GENERIC policy terms):\n\n");
    table(sb, false);
    sb.append("\nRatio metrics (targets only; a GENERIC policy term must be linear, e.g. "
        + "`coal.washed − 0.4·coal.produced ≥ 0`):\n\n");
    table(sb, true);
    return sb.toString();
  }

  private static void table(StringBuilder sb, boolean ratio) {
    sb.append("| metric | unit | meaning |\n|---|---|---|\n");
    for (MetricName.Kind k : MetricName.Kind.values()) {
      if (k.isRatio() == ratio) {
        sb.append("| `").append(k.pattern()).append("` | ").append(k.unit()).append(" | ").append(k.meaning())
            .append(" |\n");
      }
    }
  }

  /** The lines of the class Javadoc of formulation class {@code cls}, without the comment markers. */
  List<String> javadoc(String cls) {
    String src;
    try {
      src = Files.readString(repo.resolve(SOURCES + cls + ".java"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Matcher decl = Pattern.compile("\n(public )?final class " + cls + "\\b").matcher(src);
    if (!decl.find()) {
      throw new IllegalStateException(cls + ".java: no class declaration");
    }
    int end = src.lastIndexOf("*/", decl.start());
    int start = src.lastIndexOf("/**", end);
    if (start < 0 || !src.substring(end + 2, decl.start()).isBlank()) {
      throw new IllegalStateException(cls + ".java: the class has no Javadoc right before it");
    }
    List<String> lines = new ArrayList<>();
    for (String line : src.substring(start + 3, end).split("\n", -1)) {
      String l = line.stripLeading();
      l = l.startsWith("* ") ? l.substring(2) : l.startsWith("*") ? l.substring(1) : l;
      lines.add(l.stripTrailing());
    }
    while (!lines.isEmpty() && lines.get(0).isBlank()) {
      lines.remove(0);
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  private static final Pattern CODE = Pattern.compile("\\{@code ([^}]*)}");
  private static final Pattern LINK = Pattern.compile("\\{@link ([^}\\s]+)(?: ([^}]*))?}");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  /** The Javadoc lines as Markdown (see the class comment for what is understood). */
  static String markdown(List<String> lines) {
    List<String> out = new ArrayList<>();
    boolean pre = false;
    boolean list = false;
    for (String raw : lines) {
      String t = raw.strip();
      if (t.equals("<pre>")) {
        pre = true;
        out.add("");
        continue;
      }
      if (t.equals("</pre>")) {
        pre = false;
        out.add("");
        continue;
      }
      if (pre) {
        out.add((list ? "      " : "    ") + entities(raw).stripTrailing());
        continue;
      }
      if (t.equals("<ul>") || t.equals("</ul>")) {
        list = t.equals("<ul>");
        out.add("");
        continue;
      }
      String line = t;
      if (line.startsWith("<p>")) {
        out.add("");
        line = line.substring(3);
      }
      if (list && line.startsWith("<li>")) {
        if (!out.isEmpty() && !out.get(out.size() - 1).isEmpty()) {
          out.add("");
        }
        line = "- " + inline(line.substring(4));
      } else {
        line = (list ? "  " : "") + inline(line);
      }
      out.add(line);
    }
    StringBuilder sb = new StringBuilder();
    boolean blank = true;
    for (String l : out) {
      if (l.isBlank()) {
        if (!blank) {
          sb.append('\n');
        }
        blank = true;
      } else {
        sb.append(l).append('\n');
        blank = false;
      }
    }
    return sb.toString().strip() + "\n";
  }

  private static String inline(String s) {
    s = CODE.matcher(s).replaceAll(m -> Matcher.quoteReplacement("`" + m.group(1) + "`"));
    s = LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
        m.group(2) != null ? m.group(2) : "`" + m.group(1).replaceFirst("#.*", "") + "`"));
    s = s.replace("<b>", "**").replace("</b>", "**");
    Matcher tag = TAG.matcher(s);
    if (tag.find()) {
      throw new IllegalArgumentException("unsupported tag " + tag.group() + " in Javadoc line: " + s);
    }
    return entities(s);
  }

  private static String entities(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
