package io.fkguard.processor.scan;

/**
 * Annotation names as strings: the processor reads JPA through mirrors so it needs no JPA jar of
 * its own and works on class-file-only types (as Hibernate's processor does).
 */
final class Jpa {
  private Jpa() {}

  private static final String P = "jakarta.persistence.";
  static final String ENTITY = P + "Entity";
  static final String MAPPED_SUPERCLASS = P + "MappedSuperclass";
  static final String EMBEDDABLE = P + "Embeddable";
  static final String TABLE = P + "Table";
  static final String COLUMN = P + "Column";
  static final String ID = P + "Id";
  static final String EMBEDDED_ID = P + "EmbeddedId";
  static final String ID_CLASS = P + "IdClass";
  static final String MAPS_ID = P + "MapsId";
  static final String GENERATED_VALUE = P + "GeneratedValue";
  static final String VERSION = P + "Version";
  static final String ENUMERATED = P + "Enumerated";
  static final String LOB = P + "Lob";
  static final String TEMPORAL = P + "Temporal";
  static final String SEQUENCE_GENERATOR = P + "SequenceGenerator";
  static final String BASIC = P + "Basic";
  static final String TRANSIENT = P + "Transient";
  static final String EMBEDDED = P + "Embedded";
  static final String MANY_TO_ONE = P + "ManyToOne";
  static final String ONE_TO_ONE = P + "OneToOne";
  static final String ONE_TO_MANY = P + "OneToMany";
  static final String MANY_TO_MANY = P + "ManyToMany";
  static final String ELEMENT_COLLECTION = P + "ElementCollection";
  static final String JOIN_COLUMN = P + "JoinColumn";
  static final String JOIN_COLUMNS = P + "JoinColumns";
  static final String JOIN_TABLE = P + "JoinTable";
  static final String COLLECTION_TABLE = P + "CollectionTable";
  static final String ORDER_COLUMN = P + "OrderColumn";
  static final String ATTRIBUTE_OVERRIDE = P + "AttributeOverride";
  static final String ATTRIBUTE_OVERRIDES = P + "AttributeOverrides";
  static final String ASSOCIATION_OVERRIDE = P + "AssociationOverride";
  static final String ASSOCIATION_OVERRIDES = P + "AssociationOverrides";
  static final String INHERITANCE = P + "Inheritance";
  static final String PRIMARY_KEY_JOIN_COLUMN = P + "PrimaryKeyJoinColumn";
  static final String DISCRIMINATOR_COLUMN = P + "DiscriminatorColumn";
  static final String DISCRIMINATOR_VALUE = P + "DiscriminatorValue";
  static final String ACCESS = P + "Access";
  static final String NATURAL_ID = "org.hibernate.annotations.NaturalId";

  private static final String F = "io.fkguard.annotations.";
  static final String INDEXED_BY = F + "IndexedBy";
  static final String COVERED_BY_UNIQUE = F + "CoveredByUnique";
  static final String PARTIAL_INDEX = F + "PartialIndex";
  static final String NOT_INDEXED = F + "NotIndexed";
}
