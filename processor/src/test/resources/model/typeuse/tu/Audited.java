package tu;

import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Min;
import tu.checker.NonNull;
import tu.jspecify.Nullable;

/** A generic mapped superclass whose type variable use is annotated. */
@MappedSuperclass
public abstract class Audited<@NonNull U> {
  @ManyToOne
  @io.fkguard.annotations.NotIndexed(reason = "audit rows are never deleted with their user")
  @Nullable U createdBy;

  @Version @Min(0) long version;
}
