package found;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/**
 * With IdentifierTooLong downgraded to a warning, the table and its sequence (&lt;table&gt;_seq) are
 * cut to the same 63 bytes: NameCollision used to ignore sequences, and the DDL failed.
 */
@Entity
// EXPECT: IdentifierTooLong: Table name
public class VendorWithANameLongEnoughThatPostgresCutsItsTableAndItsSequenceToTheSameSixtyThreeBytesXx {
  @Id
  @GeneratedValue
  // EXPECT: NameCollision: (sequence vendor_withaname_long_enough
  Long id;
}
