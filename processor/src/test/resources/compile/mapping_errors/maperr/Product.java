package maperr;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKey;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.List;
import java.util.Map;

@Entity
@Table(uniqueConstraints = {
    @UniqueConstraint(name = "product_sku_uk", columnNames = "sku"),
    // EXPECT: MappingError: the unique constraint product_code_uk names column code, which table product does not have; columns are id, sku, thumbnail, label, rank, since
    @UniqueConstraint(name = "product_code_uk", columnNames = "code")})
public class Product {
  @Id Long id;
  String sku;

  // A type Hibernate has no column type for.
  // EXPECT: MappingError: fkguard does not know how Hibernate stores java.lang.Thread (the type of worker)
  Thread worker;

  // EXPECT: MappingError: fkguard does not map the array type int[] of scores yet
  int[] scores;

  byte[] thumbnail;

  // A length on a type that has one must be positive; on other types Hibernate ignores it.
  // EXPECT: MappingError: @Column(length = 0) is not a length: write a positive number of characters, or @Column(columnDefinition = "text")
  @jakarta.persistence.Column(length = 0)
  String label;
  @jakarta.persistence.Column(length = 0)
  Integer rank;
  @jakarta.persistence.Column(length = -1)
  java.time.LocalDate since;

  // EXPECT: MappingError: fkguard does not know the column type Hibernate gives @JdbcTypeCode(2009) on java.lang.String payload on PostgreSQL; add @Column(columnDefinition
  @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.SQLXML) String payload;

  // An entity without a relationship annotation.
  // EXPECT: MappingError: owner refers to the entity maperr.AppUser without a relationship: add @ManyToOne or @OneToOne (and an index decision)
  AppUser owner;

  // A Map of entities keyed by an attribute of theirs (an @ElementCollection Map keyed by a basic
  // type or an enum is supported).
  @OneToMany
  @MapKey(name = "id")
  // EXPECT: MappingError: variantsById is a Map of entities or keyed by an entity or by an attribute of its values (@MapKey, @MapKeyJoinColumn, @MapKeyClass); fkguard maps only @ElementCollection Maps keyed by a basic type or an enum yet
  Map<Long, Variant> variantsById;

  // A unidirectional @OneToMany List without @JoinColumn: its join table's unique key is not mapped yet.
  @OneToMany
  // EXPECT: MappingError: a unidirectional @OneToMany List or Collection without @JoinColumn uses a join table whose unique key on the child column fkguard does not map yet; declare it a Set
  List<Variant> variants;

  // A collection without any collection annotation.
  // EXPECT: MappingError: tags is a collection without @OneToMany, @ManyToMany or @ElementCollection
  List<String> tags;

  // A wildcard without an upper bound names no element type.
  @ManyToMany
  // EXPECT: MappingError: the element type of anything is unknown: declare it as a type argument (Set<Tag> or Set<? extends Tag>
  java.util.Set<?> anything;

  // A @ManyToOne whose type is not an entity.
  @ManyToOne
  // EXPECT: MappingError: supplier is a @ManyToOne but its type java.lang.String is not an @Entity
  String supplier;
}
