package io.fkguard.check.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** The text comparison that spares the round trip to PostgreSQL when two texts are plainly equal. */
class ExpressionsTest {
  @Test
  void foldsCaseBlanksAndOuterParenthesesButNotLiteralsOrQuotedNames() {
    assertEquals("last_edited_by_id is not null", Expressions.folded("(Last_Edited_By_Id  IS NOT\n NULL)"));
    assertEquals("(a) and (b)", Expressions.folded("(a) AND (b)"));
    assertEquals("status = 'Open'", Expressions.folded("STATUS = 'Open'"));
    assertNotEquals(Expressions.folded("\"A\" IS NOT NULL"), Expressions.folded("\"a\" IS NOT NULL"));
  }
}
