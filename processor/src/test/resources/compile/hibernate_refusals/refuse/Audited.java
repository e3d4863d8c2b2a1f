package refuse;

import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Table;

/** Hibernate 7 refuses both annotations on a mapped superclass; reported once, here. */
@MappedSuperclass
// EXPECT: MappingError: @Table on the @MappedSuperclass Audited: Hibernate 7 refuses to start
@Table(name = "audited")
// EXPECT: MappingError: @Inheritance on the @MappedSuperclass Audited: Hibernate 7 refuses to start
@Inheritance(strategy = InheritanceType.JOINED)
public abstract class Audited {
  @Id Long id;
}
