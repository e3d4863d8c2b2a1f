package io.fkguard.processor.scan;

import io.fkguard.processor.model.ForeignKey;
import javax.lang.model.element.Element;

/**
 * Hibernate's {@code @OnDelete(action = ...)}: the foreign key's {@code on delete} clause, which
 * Hibernate writes into the DDL ({@code on delete cascade}), on the attribute that owns the key
 * or, for a JOINED subclass, on the subclass.
 */
final class OnDeletes {
  static final String ON_DELETE = "org.hibernate.annotations.OnDelete";

  private OnDeletes() {}

  static ForeignKey.OnDelete of(Element element) {
    return Mirrors.find(element, ON_DELETE)
        .map(m -> switch (Mirrors.enumName(m, "action")) {
          case "CASCADE" -> ForeignKey.OnDelete.CASCADE;
          case "SET_NULL" -> ForeignKey.OnDelete.SET_NULL;
          case "SET_DEFAULT" -> ForeignKey.OnDelete.SET_DEFAULT;
          case "RESTRICT" -> ForeignKey.OnDelete.RESTRICT;
          default -> ForeignKey.OnDelete.NO_ACTION;
        })
        .orElse(ForeignKey.OnDelete.NO_ACTION);
  }
}
