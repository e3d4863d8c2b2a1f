package shop;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.UUID;

/**
 * Column details where Hibernate 7.4's export differs from the obvious reading (issue 10 §4),
 * each checked against that export.
 */
@Entity(name = "Book_Keeping")
@Table(name = "ledger")
public class Ledger {
  /** The implicit sequence is named after the table, not the entity: ledger_seq. */
  @Id @GeneratedValue Long id;

  /** Without @Column a primitive is NOT NULL; with one it follows @Column(nullable). */
  int entries;
  @Column(name = "closed_entries") int closedEntries;
  @Column(nullable = false) int openEntries;
  @Basic(optional = false) @Column(name = "pinned_entries") int pinnedEntries;

  /** A version is NOT NULL, boxed or not. */
  @Version Long revision;

  /** Hibernate's own default lengths: varchar(3) and varchar(6), also for an explicit 255. */
  Currency currency;
  @Column(length = 255) Currency reportingCurrency;
  @Column(length = 12) Currency legacyCurrency;
  ZoneOffset utcOffset;

  /** A length on a type without one is ignored. */
  @Column(length = 0) Integer sequenceNo;
  @Column(length = 0) LocalDate openedOn;
  @Column(length = 0) BigDecimal balance;
  @Column(length = 0) Boolean archived;
  @Column(length = 0) UUID externalId;
  @Column(length = 0) byte[] signature;

  /** Primitives of an embeddable are nullable unless said otherwise. */
  @Embedded Dimensions dimensions;
}
