package tu;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tu.jspecify.Nullable;

/** The converter's type arguments carry type-use annotations too. */
@Converter
public class MoneyConverter implements AttributeConverter<@Nullable Money, @Nullable Long> {
  @Override
  public @Nullable Long convertToDatabaseColumn(@Nullable Money money) {
    return money == null ? null : money.cents();
  }

  @Override
  public @Nullable Money convertToEntityAttribute(@Nullable Long cents) {
    return cents == null ? null : new Money(cents);
  }
}
