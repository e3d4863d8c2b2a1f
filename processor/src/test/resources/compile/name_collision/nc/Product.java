package nc;

import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

@Entity
@Table(
    // Names compare as PostgreSQL folds them.
    // EXPECT: NameCollision: "Invoice_Number_Idx" (unique constraint of table product) has the same name as "invoice_number_idx" (index of table invoice) in schema (default): tables, indexes and the indexes behind primary keys and unique constraints share one namespace per schema, and PostgreSQL folds unquoted names to lower case, so both are "invoice_number_idx" and the second CREATE fails. Rename "Invoice_Number_Idx" to e.g. "product_number_key"
    uniqueConstraints = @UniqueConstraint(name = "Invoice_Number_Idx", columnNames = "number"),
    indexes = {
        @Index(name = "product_owner_created_idx", columnList = "owner_id, number"),
        // Named like a table.
        // EXPECT: NameCollision: "category" (index of table product) has the same name as "category" (table category) in schema (default)
        // EXPECT: NameCollision: Rename "category" to e.g. "product_label_idx", a name no other table, index or constraint of the schema uses.
        @Index(name = "category", columnList = "label")})
public class Product {
  @Id Long id;
  String number;
  String label;

  // A decision's index named like a declared index of another table.
  @ManyToOne(optional = false)
  // EXPECT: NameCollision: "invoice_customer_idx" (index of the decision on Product.customer of table product) has the same name as "invoice_customer_idx" (index of table invoice)
  @IndexedBy("invoice_customer_idx")
  AppUser customer;

  // Good: naming a declared index of the same table creates nothing.
  @ManyToOne(optional = false)
  @IndexedBy("product_owner_created_idx")
  AppUser owner;
}
