package corpus.catalog;

import io.fkguard.annotations.PartialIndex;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * An address with a foreign key inside an embeddable. Embedded twice in PurchaseOrder with
 * @AttributeOverrides/@AssociationOverrides; {table} and {columns} give one index per use.
 */
@Embeddable
public class PostalAddress {
  @Column(name = "street", length = 200)
  String street;

  @Column(name = "city", length = 100)
  String city;

  @Column(name = "postal_code", length = 16)
  String postalCode;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "country_code")
  @PartialIndex(name = "{table}_{columns}_idx", reason = "addresses are optional: mostly NULL")
  Country country;
}
