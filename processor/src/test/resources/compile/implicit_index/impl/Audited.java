package impl;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** One unique = true, one unnamed unique key per entity. */
@MappedSuperclass
public abstract class Audited {
  // EXPECT: ImplicitIndex: write @Table(uniqueConstraints = @UniqueConstraint(name = "invoice_public_ref_key", columnNames = {"public_ref"}))
  // EXPECT: ImplicitIndex: write @Table(uniqueConstraints = @UniqueConstraint(name = "receipt_public_ref_key", columnNames = {"public_ref"}))
  @Column(unique = true)
  String publicRef;
}
