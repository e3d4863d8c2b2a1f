package dup;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** Suppressed on the class. */
@Entity
@SuppressWarnings("fkguard:DuplicateIndex")
@Table(indexes = {
    @Index(name = "invoice_number_idx", columnList = "number"),
    @Index(name = "invoice_number_lookup_idx", columnList = "number")})
public class Invoice {
  @Id Long id;
  String number;
}
