package io.fkguard.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdentifiersTest {
  /** Seen on a real entity: an 87-byte suggestion that then failed IdentifierTooLong. */
  @Test
  void aSuggestedNameIsShortenedAsPostgreSqlShortensTheNamesItMakesUp() {
    String table = "customer_subscription_billing_schedule_adjustment";
    List<String> columns = List.of("previous_billing_schedule_adjustment_id");
    String name = Identifiers.suggestedIndexName(table, columns);
    assertTrue(Identifiers.utf8Length(name) <= Identifiers.MAX_BYTES, name);
    assertTrue(name.endsWith("_idx"), name);
    // makeObjectName cuts the longer part first, one character at a time.
    assertEquals(ConstraintNames.objectName(table, columns.get(0), "idx"), name);
    assertEquals("customer_subscription_billing_previous_billing_schedule_adj_idx", name);
    assertEquals(63, Identifiers.utf8Length(name));
  }

  @Test
  void aShortSuggestionIsTableColumnsLabel() {
    assertEquals("product_category_id_idx", Identifiers.suggestedIndexName("product", List.of("category_id")));
    assertEquals("order_line_order_id_line_no_key",
        Identifiers.suggestedName("order_line", List.of("order_id", "line_no"), "key"));
  }
}
