package idmstray;

import io.fkguard.annotations.IndexedBy;

/** Not mapped at all: the decision has no effect. */
public class ProductDto {
  // EXPECT: IndexDecisionMismatch: @IndexedBy("product_dto_owner_idx") is on a member of ProductDto, which is not an @Entity, @MappedSuperclass or @Embeddable
  @IndexedBy("product_dto_owner_idx")
  AppUser owner;
}
