package shop;

import io.fkguard.annotations.NotIndexed;
import jakarta.persistence.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Property access, an embedded address with overrides, element collections. */
@Entity
@Access(AccessType.PROPERTY)
@Table(name = "customer", uniqueConstraints = @UniqueConstraint(name = "customer_email_key", columnNames = "email"))
public class Customer {
  private Long id;
  private String email;
  private Address billing;
  private Address shipping;
  private Set<String> nicknames;
  private List<Note> notes = new ArrayList<>();
  private Country country;

  @Id @GeneratedValue
  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }

  @Column(nullable = false, length = 320)
  public String getEmail() { return email; }
  public void setEmail(String email) { this.email = email; }

  @Embedded
  public Address getBilling() { return billing; }
  public void setBilling(Address billing) { this.billing = billing; }

  @Embedded
  @AttributeOverride(name = "street", column = @Column(name = "ship_street"))
  @AttributeOverride(name = "city", column = @Column(name = "ship_city"))
  @AssociationOverride(name = "region", joinColumns = @JoinColumn(name = "ship_region_id"))
  public Address getShipping() { return shipping; }
  public void setShipping(Address shipping) { this.shipping = shipping; }

  @ElementCollection
  public Set<String> getNicknames() { return nicknames; }
  public void setNicknames(Set<String> nicknames) { this.nicknames = nicknames; }

  @ElementCollection
  @CollectionTable(name = "customer_note", joinColumns = @JoinColumn(name = "customer_id"),
      indexes = @Index(name = "customer_note_customer_id_idx", columnList = "customer_id"))
  public List<Note> getNotes() { return notes; }
  public void setNotes(List<Note> notes) { this.notes = notes; }

  @ManyToOne
  @NotIndexed(reason = "two hundred countries, never deleted")
  public Country getCountry() { return country; }
  public void setCountry(Country country) { this.country = country; }

  @Transient
  public String getDisplayName() { return email; }
}
