package conv;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
public class Invoice {
  @Id Long id;

  @Convert(converter = MoneyConverter.class)
  Money total;

  @JdbcTypeCode(SqlTypes.JSON)
  Map<String, String> attributes;

  @Convert(converter = MoneyConverter.class)
  @Column(columnDefinition = "numeric(19,0)")
  Money rounded;
}
