package org.coalgrid.verify;

import org.junit.jupiter.api.Test;

/**
 * One checker per model family, same order, same names, same caps ({@link FamilyMirror}); the row-by-row mirror
 * runs on every solution a test verifies through {@code testing.Verified}.
 */
class FamilyMirrorTest {
  @Test
  void oneCheckerPerModelFamily() {
    FamilyMirror.assertSameFamilies();
  }
}
