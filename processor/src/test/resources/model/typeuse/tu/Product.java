package tu;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import tu.jspecify.Nullable;

/** Property access: the annotations sit on the getters' return types. */
@Entity
@Access(AccessType.PROPERTY)
public class Product {
  private Long id;
  private String title;
  private long stock;

  @Id
  public @Nullable Long getId() { return id; }
  public void setId(Long id) { this.id = id; }

  public @NotBlank @Nullable String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }

  public @PositiveOrZero long getStock() { return stock; }
  public void setStock(long stock) { this.stock = stock; }
}
