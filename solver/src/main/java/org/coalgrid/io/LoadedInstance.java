package org.coalgrid.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.coalgrid.diagnostics.Problem;
import org.coalgrid.domain.Instance;

/**
 * A read and validated instance: the records, where their figures come from, the warnings found, and the
 * tree as written in the file (before sourced numbers were unwrapped and defaults filled in), so that
 * overrides can be applied to it and the result read again with {@link InstanceReader#read(JsonNode, String)}.
 */
public record LoadedInstance(Instance instance, Provenance provenance, List<Problem> warnings, JsonNode tree) {

  public LoadedInstance {
    warnings = List.copyOf(warnings);
  }
}
