package maperr;

import jakarta.persistence.Entity;

/** No @Id: Hibernate cannot map it. */
@Entity
// EXPECT: MappingError: entity AuditEntry has no @Id or @EmbeddedId; Hibernate cannot map it (add an @Id attribute)
public class AuditEntry {
  String message;
}
