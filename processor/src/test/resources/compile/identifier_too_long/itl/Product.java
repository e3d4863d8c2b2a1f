package itl;

import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(indexes = {
    // 63 characters but 69 bytes: é takes two.
    // EXPECT: IdentifierTooLong: Index name on product "produit_catégorie_sous_catégorie_fournisseur_préféré_région_idx" is 69 bytes long in UTF-8; PostgreSQL keeps only 63 bytes and silently truncates it to "produit_catégorie_sous_catégorie_fournisseur_préféré_régi", so the name in the database differs from the one in the code. Choose a name of at most 63 bytes in @Index(name = ...)
    @Index(name = "produit_catégorie_sous_catégorie_fournisseur_préféré_région_idx", columnList = "region"),
    // Good: 62 bytes.
    @Index(name = "product_warehouse_location_replenishment_schedule_reference_ix", columnList = "warehouse_location")})
public class Product {
  @Id Long id;
  String region;
  String warehouseLocation;

  // EXPECT: IdentifierTooLong: Column name in table product "preferred_supplier_contact_person_for_quarterly_replenishment_id" is 64 bytes long in UTF-8
  @Column(name = "preferred_supplier_contact_person_for_quarterly_replenishment_id")
  String contact;

  @ManyToOne(optional = false)
  @JoinColumn(name = "category_id",
      foreignKey = @ForeignKey(name = "fk_product_category_with_a_very_long_constraint_name_nobody_can_read"))
  @IndexedBy("product_category_idx")
  // EXPECT: IdentifierTooLong: Foreign key name on product "fk_product_category_with_a_very_long_constraint_name_nobody_can_read" is 68 bytes long
  Category category;

  // Suppressed.
  @SuppressWarnings("fkguard:IdentifierTooLong")
  @Column(name = "secondary_supplier_contact_person_for_quarterly_replenishment_id")
  String secondaryContact;
}
