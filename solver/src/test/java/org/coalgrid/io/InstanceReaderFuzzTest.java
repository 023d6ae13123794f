package org.coalgrid.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.coalgrid.diagnostics.Problem;
import org.coalgrid.formulation.Formulation;
import org.coalgrid.formulation.ModelContext;
import org.coalgrid.formulation.ObjectiveMode;

/**
 * Fuzz tests of the instance reader and validator (Jazzer). Under plain {@code mvn test} each runs once per
 * file of its corpus in {@code src/test/resources/org/coalgrid/io/InstanceReaderFuzzTestInputs/<method>/}
 * (regression mode); with {@code JAZZER_FUZZ=1} Jazzer mutates inputs for {@code maxDuration} and stores
 * new ones (see docs/reliability.md). The contract: every input gives a valid instance or an
 * {@link InstanceException} whose problems each name a JSON path and say what is wrong on one line — never
 * another exception, a hang or an out-of-memory.
 */
class InstanceReaderFuzzTest {

  /** Any bytes at all: the file as read from disk. */
  @FuzzTest(maxDuration = "10m")
  void anyBytesGiveAnInstanceOrOurOwnError(byte[] content) {
    readAndCheck(() -> InstanceReader.read(content, "fuzz.json"));
  }

  /**
   * Structure-aware: the tutorial instance with a few values replaced, list items dropped or duplicated
   * and keys added, which reaches the semantic validator far more often than raw bytes. Whatever the reader
   * accepts must also build into a model without an exception.
   */
  @FuzzTest(maxDuration = "10m")
  void mutatedTutorialGivesAnInstanceOrOurOwnError(FuzzedDataProvider data) {
    JsonNode tree = Tutorial.TREE.deepCopy();
    int edits = data.consumeInt(1, 6);
    for (int e = 0; e < edits && data.remainingBytes() > 0; e++) {
      mutate(tree, data);
    }
    LoadedInstance li = readAndCheck(() -> InstanceReader.read(tree, "mutated tutorial"));
    if (li != null) {
      ModelContext ctx = Formulation.build(li.instance(), ObjectiveMode.COST);
      assertNotNull(ctx.lp());
      ModelContext welfare = Formulation.build(li.instance(), ObjectiveMode.WELFARE);
      assertNotNull(welfare.lp());
    }
  }

  /** A read that may throw only InstanceException. */
  interface Read {
    LoadedInstance run() throws InstanceException;
  }

  /** Runs {@code read} and checks the contract; returns the instance, or null if it was rejected. */
  static LoadedInstance readAndCheck(Read read) {
    try {
      LoadedInstance li = read.run();
      assertNotNull(li.instance());
      assertTrue(li.warnings().stream().noneMatch(Problem::isError));
      return li;
    } catch (InstanceException e) {
      assertFalse(e.problems().isEmpty(), "an InstanceException must list its problems");
      assertTrue(e.problems().stream().anyMatch(Problem::isError), "a rejection needs an error");
      for (Problem p : e.problems()) {
        assertTrue(p.path().startsWith("$"), "problem path must be a JSON path: " + p.path());
        assertFalse(p.message().isBlank(), "problem without message at " + p.path());
        assertFalse(p.format().contains("\n"), "one line per problem: " + p.format());
      }
      return null;
    }
  }

  /** Picks a node of the tree at random and replaces, removes, duplicates or extends it. */
  private static void mutate(JsonNode root, FuzzedDataProvider data) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode parent = containers.get(data.consumeInt(0, containers.size() - 1));
    int op = data.consumeInt(0, 3);
    if (parent instanceof ObjectNode o) {
      List<String> keys = new ArrayList<>();
      o.fieldNames().forEachRemaining(keys::add);
      if (keys.isEmpty() || op == 3) {
        o.set(data.consumeString(12), value(data));
        return;
      }
      String k = keys.get(data.consumeInt(0, keys.size() - 1));
      if (op == 0) {
        o.remove(k);
      } else {
        o.set(k, value(data));
      }
    } else if (parent instanceof ArrayNode a) {
      if (a.isEmpty() || op == 3) {
        a.add(value(data));
        return;
      }
      int i = data.consumeInt(0, a.size() - 1);
      switch (op) {
        case 0 -> a.remove(i);
        case 1 -> a.add(a.get(i).deepCopy());
        default -> a.set(i, value(data));
      }
    }
  }

  private static void collect(JsonNode n, List<JsonNode> out) {
    if (n.isContainerNode()) {
      out.add(n);
      for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
        collect(it.next(), out);
      }
    }
  }

  /** A random JSON value, biased to the kinds of mistake people make. */
  private static JsonNode value(FuzzedDataProvider data) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    return switch (data.consumeInt(0, 9)) {
      case 0 -> f.nullNode();
      case 1 -> f.booleanNode(data.consumeBoolean());
      case 2 -> f.numberNode(data.consumeInt());
      case 3 -> f.numberNode(data.consumeDouble());
      case 4 -> f.numberNode(data.pickValue(new double[] {0, -1, 1, 0.5, 1e15, -1e15, 1e300, 8760, 2.5}));
      case 5 -> f.textNode(data.pickValue(Tutorial.IDS));
      case 6 -> f.arrayNode().add(f.textNode(data.pickValue(Tutorial.IDS)));
      case 7 -> f.objectNode().put("value", data.consumeDouble());
      case 8 -> f.arrayNode();
      default -> f.textNode(data.consumeString(16));
    };
  }

  /** The shipped tutorial instance, parsed once, and every id it uses. */
  static final class Tutorial {
    static final JsonNode TREE = load();
    static final String[] IDS = ids(TREE);

    private static JsonNode load() {
      String repo = System.getProperty("coalgrid.repo", "..");
      try {
        return InstanceReader.parseTree(Files.readAllBytes(Path.of(repo, "instances", "tutorial.json")),
            "tutorial.json");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InstanceException e) {
        throw new IllegalStateException(e);
      }
    }

    private static String[] ids(JsonNode root) {
      List<String> ids = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
        JsonNode list = it.next().getValue();
        if (list.isArray()) {
          list.forEach(item -> {
            if (item.has("id")) {
              ids.add(item.get("id").asText());
            }
          });
        }
      }
      return ids.toArray(String[]::new);
    }
  }
}
