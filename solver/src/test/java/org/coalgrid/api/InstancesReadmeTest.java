package org.coalgrid.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coalgrid.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated sections of instances/README.md are what check-targets and validate --provenance print now. The
 * target checks of guizhou-2010 and guizhou-2015 (about 70 and 30 solves) are left to
 * {@code coalgrid build-instances --readme}; every other instance's check is re-run here.
 */
class InstancesReadmeTest {
  private static final Path DIR = Cli.repo().resolve("instances");

  static List<String> quick() {
    return InstancesReadme.TARGET_FILES.stream().filter(f -> !f.startsWith("guizhou-201")).toList();
  }

  private static String readme() throws Exception {
    return Files.readString(DIR.resolve("README.md"), StandardCharsets.UTF_8);
  }

  @Test
  void provenanceTableIsCurrent() throws Exception {
    String section = InstancesReadme.section(readme(), "provenance");
    assertNotNull(section, "README.md lacks the provenance section markers");
    assertEquals(InstancesReadme.provenance(DIR), section,
        "regenerate with './coalgrid build-instances --readme instances'");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("quick")
  void targetSectionIsTheCheckTargetsOutput(String file) throws Exception {
    String section = InstancesReadme.section(readme(), "targets:" + file);
    assertNotNull(section, "README.md lacks the section markers of " + file);
    assertEquals(InstancesReadme.targets(DIR, file), section,
        "regenerate with './coalgrid build-instances --readme instances'");
  }

  @Test
  void everyCheckedInstanceHasItsSection() throws Exception {
    String text = readme();
    for (String f : InstancesReadme.TARGET_FILES) {
      assertNotNull(InstancesReadme.section(text, "targets:" + f), f);
    }
  }
}
