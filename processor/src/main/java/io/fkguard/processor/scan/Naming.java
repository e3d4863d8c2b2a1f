package io.fkguard.processor.scan;

import io.fkguard.processor.model.Identifiers;
import java.util.Locale;

/**
 * Physical naming, as Hibernate applies it on PostgreSQL. Both strategies share JPA's implicit
 * names ({@code ImplicitNamingStrategyJpaCompliantImpl}); Spring Boot differs in two places: its
 * physical strategy turns camelCase into snake_case for every table and column name (explicit ones
 * too), and its implicit join-table name uses the attribute instead of the target table.
 * Unquoted names are then folded by PostgreSQL, which {@link #table} and {@link #column} apply.
 */
enum Naming {
  /** Spring Boot's default: {@code CamelCaseToUnderscoresNamingStrategy} + {@code SpringImplicitNamingStrategy}. */
  SPRING,
  /** Hibernate's defaults: names as written, folded to lower case by PostgreSQL. */
  JPA;

  static Naming fromOption(String option) {
    if (option == null || option.isBlank()) {
      return SPRING;
    }
    return switch (option.trim().toLowerCase(Locale.ROOT)) {
      case "spring" -> SPRING;
      case "jpa" -> JPA;
      default -> throw new IllegalArgumentException(
          "-Afkguard.naming must be 'spring' or 'jpa', not '" + option + "'");
    };
  }

  /** Physical table name from a logical (explicit or implicit) one. */
  String table(String logical) {
    return physical(logical);
  }

  /** Physical column name from a logical (explicit or implicit) one. */
  String column(String logical) {
    return physical(logical);
  }

  /**
   * Implicit join-table name of a {@code @ManyToMany} or {@code @OneToMany} without
   * {@code @JoinTable(name)}: JPA says owner table + "_" + target table; Spring Boot's
   * {@code SpringImplicitNamingStrategy} says owner table + "_" + attribute name.
   */
  String joinTable(String ownerTable, String targetTable, String attribute) {
    return table(ownerTable + "_" + (this == SPRING ? attribute : targetTable));
  }

  private String physical(String logical) {
    String name = this == SPRING ? snakeCase(logical) : logical;
    return Identifiers.fold(name);
  }

  /**
   * Hibernate's {@code CamelCaseToUnderscoresNamingStrategy}: '.' becomes '_' and an underscore goes
   * before an upper-case letter that follows a lower-case letter or digit and precedes a lower-case
   * letter or digit ({@code categorySortOrder} → {@code category_sort_order}, {@code URLValue} →
   * {@code urlvalue}).
   */
  static String snakeCase(String name) {
    StringBuilder builder = new StringBuilder(name.replace('.', '_'));
    for (int i = 1; i < builder.length() - 1; i++) {
      char before = builder.charAt(i - 1);
      char current = builder.charAt(i);
      char after = builder.charAt(i + 1);
      if ((Character.isLowerCase(before) || Character.isDigit(before))
          && Character.isUpperCase(current)
          && (Character.isLowerCase(after) || Character.isDigit(after))) {
        builder.insert(i++, '_');
      }
    }
    return builder.toString().toLowerCase(Locale.ROOT);
  }
}
