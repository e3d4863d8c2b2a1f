package inv;

import io.fkguard.annotations.IndexedBy;
import io.fkguard.annotations.NotIndexed;
import io.fkguard.annotations.PartialIndex;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.ManyToOne;

@Entity
@Table(
    indexes = {
        // EXPECT: InvalidIndexDeclaration: The name "product name idx" in @Index on product is not a plain PostgreSQL identifier (a letter or _, then letters, digits, _ or $), so it would have to be quoted in every statement and the DDL fkguard writes would not match it. Write a plain name such as "product_name_idx".
        @Index(name = "product name idx", columnList = "name"),
        // EXPECT: InvalidIndexDeclaration: The name "1st_status_idx" in @Index on product is not a plain PostgreSQL identifier
        @Index(name = "1st_status_idx", columnList = "status")},
    // EXPECT: InvalidIndexDeclaration: The name "product-sku-uk" in @UniqueConstraint on product is not a plain PostgreSQL identifier (a letter or _, then letters, digits, _ or $), so it would have to be quoted in every statement and the DDL fkguard writes would not match it. Write a plain name such as "product_sku_key".
    uniqueConstraints = @UniqueConstraint(name = "product-sku-uk", columnNames = "sku"))
public class Product {
  @Id Long id;
  String name;
  String status;
  String sku;

  // A misspelt placeholder stays as written.
  @ManyToOne(optional = false)
  // EXPECT: InvalidIndexDeclaration: The name "{tabel}_created_by_idx" in @IndexedBy on Product.createdBy is not a plain PostgreSQL identifier (a letter or _, then letters, digits, _ or $), so it would have to be quoted in every statement and the DDL fkguard writes would not match it. Only {table} (the physical table name) and {columns} (the foreign-key columns joined by _) are replaced; any other {…} is left as written. Write a plain name such as "product_created_by_id_idx".
  @IndexedBy("{tabel}_created_by_idx")
  AppUser createdBy;

  // A blank reason.
  @ManyToOne
  // EXPECT: InvalidIndexDeclaration: The reason of @NotIndexed on Product.owner is blank, but a deliberately unindexed foreign key needs one
  @NotIndexed(reason = "  ")
  AppUser owner;

  // Predicates that are not one expression.
  @ManyToOne
  // EXPECT: InvalidIndexDeclaration: The where = "reviewer_id IS NOT NULL; DROP TABLE product" of @PartialIndex on Product.reviewer is not one SQL expression: it contains ';' outside a string literal, which would end the statement.
  @PartialIndex(name = "product_reviewer_idx", where = "reviewer_id IS NOT NULL; DROP TABLE product")
  AppUser reviewer;

  @ManyToOne
  // EXPECT: InvalidIndexDeclaration: is not one SQL expression: a '(' is never closed. fkguard writes it verbatim after WHERE in CREATE INDEX, so write a single boolean expression such as "approver_id IS NOT NULL", or leave where empty for that default.
  @PartialIndex(name = "product_approver_idx", where = "(approver_id IS NOT NULL")
  AppUser approver;

  @ManyToOne
  // EXPECT: InvalidIndexDeclaration: it contains the comment start '--', which would hide the rest of the statement
  @PartialIndex(name = "product_editor_idx", where = "editor_id IS NOT NULL -- sparse")
  AppUser editor;

  @ManyToOne
  // EXPECT: InvalidIndexDeclaration: is not one SQL expression: a string literal is not closed
  @PartialIndex(name = "product_buyer_idx", where = "status <> 'closed")
  AppUser buyer;

  // Good: ';' and '--' inside a string literal are part of the value.
  @ManyToOne
  @PartialIndex(name = "product_seller_idx", where = "seller_id IS NOT NULL AND status <> 'a;b--c'")
  AppUser seller;

  // Good: the placeholders are replaced.
  @ManyToOne(optional = false)
  @IndexedBy("{table}_{columns}_idx")
  AppUser approvedBy;

  // A decision on something that owns no foreign key is checked as well.
  // EXPECT: InvalidIndexDeclaration: The reason of @NotIndexed on Product.label is blank
  @NotIndexed(reason = "")
  String label;

  // Suppressed.
  @SuppressWarnings("fkguard:InvalidIndexDeclaration")
  @ManyToOne
  @NotIndexed(reason = "")
  AppUser archivedBy;
}
