package corpus.validation;

import io.fkguard.annotations.IndexedBy;
import io.fkguard.annotations.NotIndexed;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.hibernate.validator.constraints.Length;
import org.hibernate.validator.constraints.Range;

/** Every constraint Hibernate applies to the DDL, and some it does not. */
@Entity
public class Member {
  /** A group that is not Default: Hibernate's DDL ignores its constraints. */
  public interface Audit {}

  @Id
  @GeneratedValue
  Long id;

  @NotBlank
  @Size(max = 80)
  String name;

  @NotEmpty
  String email;

  @Email
  @Length(max = 40)
  String handle;

  /** No max: the length stays 255. */
  @Size(min = 2)
  String nickname;

  /** The smallest max wins. */
  @Size(max = 30)
  @Length(max = 20)
  String code;

  /** Bean Validation's not null wins over @Column(nullable = true), its max over length. */
  @NotNull
  @Column(nullable = true, length = 100)
  @Size(max = 50)
  String forced;

  @NotNull(groups = Audit.class)
  @Size(max = 10, groups = Audit.class)
  String auditedOnly;

  @Min(0)
  @Max(150)
  Integer age;

  @Min(1)
  int rank;

  @Max(-5)
  @Column(name = "credit_limit")
  long creditLimit;

  /** Written maximum first. */
  @Max(10)
  @Min(2)
  Short level;

  @Digits(integer = 8, fraction = 3)
  BigDecimal balance;

  /** Hibernate Validator's @Range is composed of @Min and @Max: both become checks. */
  @Range(min = 1, max = 10)
  Integer priority;

  /** Without max, @Range's composing @Max keeps its default, Long.MAX_VALUE: a check still. */
  @Range(min = 5)
  Long floor;

  @Sku
  String sku;

  @Sku(maxLength = 9)
  String shortSku;

  @Digits(integer = 5, fraction = 0)
  @Column(precision = 20, scale = 4)
  BigDecimal points;

  /** Constraints Hibernate does not turn into DDL. */
  @DecimalMin("0.5")
  @DecimalMax("99.5")
  @Positive
  BigDecimal rating;

  @NotNull
  @ManyToOne
  @IndexedBy("member_region_idx")
  Region region;

  @NotNull
  @ManyToOne
  @NotIndexed(reason = "members are never deleted while referenced")
  Member sponsor;

  @Valid
  @NotNull
  @Embedded
  Address home;

  /** Not @Valid: nothing inside applies. */
  @Embedded
  @jakarta.persistence.AttributeOverride(name = "street", column = @Column(name = "work_street"))
  @jakarta.persistence.AttributeOverride(name = "zip", column = @Column(name = "work_zip"))
  @jakarta.persistence.AttributeOverride(name = "city", column = @Column(name = "work_city"))
  Address work;

  /** @Valid without @NotNull: lengths apply, not null does not. */
  @Valid
  @Embedded
  @jakarta.persistence.AttributeOverride(name = "street", column = @Column(name = "billing_street"))
  @jakarta.persistence.AttributeOverride(name = "zip", column = @Column(name = "billing_zip"))
  @jakarta.persistence.AttributeOverride(name = "city", column = @Column(name = "billing_city"))
  Address billing;
}
