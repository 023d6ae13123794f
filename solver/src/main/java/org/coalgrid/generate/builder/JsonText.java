package org.coalgrid.generate.builder;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.Map;

/**
 * The text of a shipped instance file: {@code indent} spaces per level, {@code "key": value}, one item per
 * line, empty objects and lists as {@code {}} and {@code []}, non-ASCII characters as they are (Chinese names
 * stay readable), LF line ends and a final newline. Integral numbers are written as integers; other numbers
 * in the shortest form that reads back to the same double, in plain notation from 1e-4 up to 1e16 and in
 * exponent form ({@code 1e-05}, {@code 1.5e+16}) outside it. The same tree always gives the same bytes.
 */
public final class JsonText {
  private JsonText() {}

  /** The file text of {@code node}. */
  public static String write(JsonNode node, int indent) {
    StringBuilder sb = new StringBuilder();
    value(sb, node, indent, 0);
    return sb.append('\n').toString();
  }

  private static void value(StringBuilder sb, JsonNode v, int indent, int level) {
    if (v.isObject()) {
      if (v.isEmpty()) {
        sb.append("{}");
        return;
      }
      sb.append('{');
      Iterator<Map.Entry<String, JsonNode>> it = v.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        newline(sb, indent, level + 1);
        string(sb, e.getKey());
        sb.append(": ");
        value(sb, e.getValue(), indent, level + 1);
        if (it.hasNext()) {
          sb.append(',');
        }
      }
      newline(sb, indent, level);
      sb.append('}');
    } else if (v.isArray()) {
      if (v.isEmpty()) {
        sb.append("[]");
        return;
      }
      sb.append('[');
      for (int k = 0; k < v.size(); k++) {
        newline(sb, indent, level + 1);
        value(sb, v.get(k), indent, level + 1);
        if (k + 1 < v.size()) {
          sb.append(',');
        }
      }
      newline(sb, indent, level);
      sb.append(']');
    } else if (v.isTextual()) {
      string(sb, v.textValue());
    } else if (v.isIntegralNumber()) {
      sb.append(v.bigIntegerValue());
    } else if (v.isNumber()) {
      sb.append(number(v.doubleValue()));
    } else if (v.isBoolean()) {
      sb.append(v.booleanValue());
    } else if (v.isNull()) {
      sb.append("null");
    } else {
      throw new IllegalArgumentException("cannot write " + v.getNodeType());
    }
  }

  private static void newline(StringBuilder sb, int indent, int level) {
    sb.append('\n').append(" ".repeat(indent * level));
  }

  private static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  /**
   * A non-integral JSON number: the fewest significant digits that read back to {@code x}, then plain notation
   * when the decimal exponent lies in [-4, 16) and exponent notation otherwise; an integral double keeps a
   * {@code .0}.
   */
  static String number(double x) {
    if (!Double.isFinite(x)) {
      throw new IllegalArgumentException("not a JSON number: " + x);
    }
    if (x == 0) {
      return Double.doubleToRawLongBits(x) == 0 ? "0.0" : "-0.0";
    }
    BigDecimal shortest = null;
    for (int p = 1; p <= 17; p++) {
      BigDecimal d = new BigDecimal(x).round(new MathContext(p, RoundingMode.HALF_EVEN));
      if (d.doubleValue() == x) {
        shortest = d;
        break;
      }
    }
    BigDecimal d = shortest.stripTrailingZeros();
    String digits = d.unscaledValue().abs().toString();
    int exp10 = digits.length() - d.scale(); // x = 0.digits * 10^exp10
    String sign = x < 0 ? "-" : "";
    if (exp10 > -4 && exp10 <= 16) {
      String plain = d.abs().toPlainString();
      return sign + (plain.contains(".") ? plain : plain + ".0");
    }
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    int e = exp10 - 1;
    return sign + mantissa + "e" + (e < 0 ? "-" : "+") + (Math.abs(e) < 10 ? "0" : "") + Math.abs(e);
  }
}
