package io.fkguard.sample.shop;

import io.fkguard.sample.catalog.Product;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProductRepository extends JpaRepository<Product, Long> {
  /**
   * The seed's {@code select_for_update(of=('self',), no_key=True).select_related('created_by')}:
   * the creator comes in the same query, and only the product row is locked. Hibernate 7 turns
   * PESSIMISTIC_WRITE on PostgreSQL into {@code for no key update of <product alias>}: rows that
   * reference the product (a new review) can still be inserted, and the creator's row stays free.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select p from Product p join fetch p.createdBy where p.id = :id")
  Optional<Product> findForEdit(@Param("id") long id);
}
