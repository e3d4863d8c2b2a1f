package corpus.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * An explicit @SequenceGenerator, the audit superclass, an embedded address without overrides,
 * and a @ManyToMany bag (List) whose join table has a named unique constraint and an @Index.
 */
@Entity
@Table(name = "organization",
    uniqueConstraints = @UniqueConstraint(name = "organization_vat_number_key", columnNames = "vat_number"))
public class Organization extends AuditedEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organization_gen")
  @SequenceGenerator(name = "organization_gen", sequenceName = "organization_id_seq", allocationSize = 20)
  Long id;

  @Column(name = "legal_name", nullable = false, length = 300)
  String legalName;

  @Column(name = "vat_number", length = 32)
  String vatNumber;

  @Embedded
  PostalAddress headquarters;

  /** A bag: no primary key, so the unique constraint covers organization_id, the @Index member_id. */
  @ManyToMany
  @JoinTable(name = "organization_member",
      joinColumns = @JoinColumn(name = "organization_id"),
      inverseJoinColumns = @JoinColumn(name = "member_id"),
      uniqueConstraints = @UniqueConstraint(name = "organization_member_key",
          columnNames = {"organization_id", "member_id"}),
      indexes = @Index(name = "organization_member_member_id_idx", columnList = "member_id"))
  List<AppUser> members = new ArrayList<>();

  @OneToMany(mappedBy = "seller")
  List<Product> products = new ArrayList<>();
}
