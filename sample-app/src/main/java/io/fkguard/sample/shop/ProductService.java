package io.fkguard.sample.shop;

import io.fkguard.sample.catalog.AppUser;
import io.fkguard.sample.catalog.Category;
import io.fkguard.sample.Db;
import io.fkguard.sample.catalog.Product;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ProductService {
  private final ProductRepository products;

  public ProductService(ProductRepository products) {
    this.products = products;
  }

  /**
   * The seed's {@code Product.edit}: one transaction, the product row locked FOR NO KEY UPDATE
   * (nothing else), its creator fetched by the same query, the superuser rule, then the update.
   */
  @Transactional
  public Product edit(long id, String name, String description, AppUser editedBy) {
    Product product = products.findForEdit(id).orElseThrow(() -> new ProductNotFound(id));
    if (product.getCreatedBy().isSuperuser() && !editedBy.isSuperuser()) {
      throw new NotAllowed(editedBy.getUsername() + " may not edit product " + id
          + ": it was created by the superuser " + product.getCreatedBy().getUsername());
    }
    product.edit(name, description, editedBy);
    return product;
  }

  /**
   * Adds a product at a sort order of its category. The database enforces the order's
   * uniqueness; its violation is recognised by the constraint's name, taken from the constants
   * fkguard generates, not from a string literal that could drift from the schema.
   */
  @Transactional
  public Product add(Category category, int sortOrder, String name, String description,
      AppUser createdBy) {
    try {
      return products.saveAndFlush(new Product(category, sortOrder, name, description, createdBy));
    } catch (DataIntegrityViolationException e) {
      if (e.getCause() instanceof ConstraintViolationException violation
          && Db.Product.PRODUCT_CATEGORY_SORT_ORDER_UK.equals(violation.getConstraintName())) {
        throw new SortOrderTaken(category.getId(), sortOrder, e);
      }
      throw e;
    }
  }
}
