package org.coalgrid.generate.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped-file text: numbers in their shortest round-trip form, layout, escapes. */
class JsonTextTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"0.1, 0.1", "2.0, 2.0", "41400000.0, 41400000.0", "0.0001, 0.0001", "0.00001, 1e-05",
      "1e16, 1e+16", "9999999999999998.0, 9999999999999998.0", "123456789012345680.0, 1.2345678901234568e+17",
      "-0.5, -0.5", "0.3333333333333333, 0.3333333333333333", "4.9e-324, 5e-324",
      "1.7976931348623157e308, 1.7976931348623157e+308", "918.95, 918.95", "0.0, 0.0", "1.5e-7, 1.5e-07"})
  void numbersInTheirShortestRoundTripForm(double x, String expected) {
    assertEquals(expected, JsonText.number(x));
    assertEquals(x, Double.parseDouble(JsonText.number(x)));
  }

  @Test
  void layoutIntegralNumbersAndEscapes() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("a", 3000).put("b", 3000.0).put("name", "毕节 \"x\"\n").putArray("empty");
    o.putObject("map").put("k", 1);
    o.putObject("none");
    assertEquals("{\n \"a\": 3000,\n \"b\": 3000.0,\n \"name\": \"毕节 \\\"x\\\"\\n\",\n \"empty\": [],\n"
        + " \"map\": {\n  \"k\": 1\n },\n \"none\": {}\n}\n", JsonText.write(o, 1));
  }
}
