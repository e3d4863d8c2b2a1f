package tu;

import io.fkguard.annotations.IndexedBy;
import io.fkguard.annotations.NotIndexed;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tu.checker.NonNull;
import tu.jspecify.Nullable;

/** Type-use annotations on every kind of attribute fkguard maps. */
@Entity
public class PurchaseOrder extends Audited<Customer> {
  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) @NonNull Long id;

  @NotBlank @Size(max = 80) String name;
  @Min(1) int quantity;
  @Min(1) @Nullable Integer boxedQuantity;
  @Digits(integer = 10, fraction = 2) @Column(precision = 12, scale = 2) @Nullable BigDecimal total;
  @NotNull @Enumerated(EnumType.STRING) @NonNull Status status;
  @Nullable Status ordinalStatus;
  @Temporal(TemporalType.DATE) @Nullable Date placedOn;
  @Nullable Character grade;
  byte @Nullable [] thumbnail;
  @Nullable Character @NonNull [] code;

  @Convert(converter = MoneyConverter.class) @Nullable Money discount;

  @Embedded @Valid @NonNull Address shipTo;

  @NotNull
  @ManyToOne(optional = false)
  @IndexedBy("purchase_order_customer_idx")
  @NonNull Customer customer;

  @OneToOne
  @NotIndexed(reason = "unique")
  @Nullable PurchaseOrder replaces;

  @ManyToMany
  @Valid Set<@NonNull Tag> tags = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "purchase_order_note")
  @OrderColumn
  List<@NotBlank @Size(max = 200) String> notes = new ArrayList<>();

  @ElementCollection
  @NonNull Set<@Valid @NonNull Address> stops = new HashSet<>();

  @ElementCollection
  Set<@Nullable Status> flags = new HashSet<>();

  @OneToMany
  @JoinColumn(name = "purchase_order_id")
  @NonNull List<@Valid @NonNull OrderLine> lines = new ArrayList<>();
}
