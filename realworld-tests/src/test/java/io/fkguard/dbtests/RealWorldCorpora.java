package io.fkguard.dbtests;

import java.util.List;

/**
 * The published modules the real-world test compiles; their versions are pinned in
 * realworld-tests/pom.xml and README.md there says why each was chosen.
 */
final class RealWorldCorpora {
  private RealWorldCorpora() {}

  /** jBPM 7 is a javax.persistence (JPA 2.2) module; Hibernate 7 reads jakarta.persistence only. */
  static final RealWorldCorpus.Rewrite JAKARTA = new RealWorldCorpus.Rewrite(
      "javax.persistence -> jakarta.persistence",
      text -> text.replace("javax.persistence.", "jakarta.persistence."));

  /**
   * DSpace 8.1 is built on Hibernate 6.4, whose {@code @Cache} had {@code include = "non-lazy"};
   * Hibernate 7 removed the attribute (its default, lazy properties included, is what
   * {@code "all"} was) and it never touches the schema.
   */
  static final RealWorldCorpus.Rewrite CACHE_INCLUDE = new RealWorldCorpus.Rewrite(
      "@Cache(include = \"non-lazy\") -> @Cache (attribute removed in Hibernate 7, no schema effect)",
      text -> text.replaceAll(",\\s*include\\s*=\\s*\"[a-z-]+\"", ""));

  /**
   * CAS maps its attributes with hypersistence-utils' {@code JsonType}; no build of it that loads on
   * Hibernate 7.4 resolves here, so the column gets Hibernate's own JSON type instead. The column
   * keeps its {@code columnDefinition = "json"}, which alone decides its DDL either way.
   */
  static final RealWorldCorpus.Rewrite JSON_TYPE = new RealWorldCorpus.Rewrite(
      "@Type(JsonType.class) -> @JdbcTypeCode(SqlTypes.JSON) (no hypersistence-utils for Hibernate 7.4"
          + " resolves; the column's columnDefinition decides its DDL)",
      text -> text.replace("@Type(JsonType.class)",
          "@org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)"));

  static List<RealWorldCorpus> all() {
    return List.of(
        new RealWorldCorpus("keycloak", "org.keycloak:keycloak-model-jpa:26.4.7",
            "@IdClass composite keys, many-to-one webs, element collections, @Nationalized,"
                + " @BatchSize/@Fetch, converters",
            Naming.JPA, path -> true, List.of(), false, 2),
        new RealWorldCorpus("dspace", "org.dspace:dspace-api:8.1",
            "JOINED inheritance (DSpaceObject), many-to-many join tables, sequences,"
                + " @Cache, @CollectionId, @JdbcTypeCode",
            Naming.JPA, path -> true, List.of(CACHE_INCLUDE), false, 0),
        // CAS maps one table per database vendor with five entities on the same table and picks
        // one at run time: on PostgreSQL that is PostgresJpaTicketEntity.
        new RealWorldCorpus("cas", "org.apereo.cas:cas-server-support-jpa-ticket-registry:7.0.0",
            "Lombok (@SuperBuilder, @Getter/@Setter, @Accessors), @MappedSuperclass with"
                + " @AttributeOverride, @Type(JsonType.class), columnDefinition",
            Naming.SPRING,
            path -> path.endsWith("/generic/BaseTicketEntity.java")
                || path.endsWith("/postgres/PostgresJpaTicketEntity.java"),
            List.of(JSON_TYPE), true, 0),
        // The javax.persistence copies under legacyjpa map the same tables: only the jakarta ones.
        new RealWorldCorpus("axon", "org.axonframework:axon-messaging:4.13.0",
            "@IdClass composite key (TokenEntry), @Embedded with @MappedSuperclass chains, @Lob,"
                + " @Basic(optional = false)",
            Naming.SPRING, path -> !path.contains("/legacyjpa/"), List.of(), false, 0),
        new RealWorldCorpus("modulith", "org.springframework.modulith:spring-modulith-events-jpa:1.4.4",
            "UUID ids, an abstract @MappedSuperclass with two entities, Instant columns",
            Naming.SPRING, path -> true, List.of(), false, 0),
        new RealWorldCorpus("jbpm", "org.jbpm:jbpm-human-task-jpa:7.74.1.Final",
            "javax.persistence, SINGLE_TABLE inheritance (users and groups), @Embedded with"
                + " many-to-many join tables, @OneToMany @JoinColumn lists, @Lob, sequences",
            Naming.JPA, path -> true, List.of(JAKARTA), false, 1));
  }
}
