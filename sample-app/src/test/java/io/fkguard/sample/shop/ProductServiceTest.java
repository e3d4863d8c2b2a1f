package io.fkguard.sample.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.fkguard.sample.catalog.AppUser;
import io.fkguard.sample.catalog.Category;
import io.fkguard.sample.Db;
import io.fkguard.sample.catalog.Product;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class ProductServiceTest {
  @Autowired ProductService service;
  @Autowired Fixtures fixtures;
  @Autowired JdbcTemplate jdbc;

  @Test
  void editChangesTheTextsAndRecordsTheEditor() {
    AppUser creator = fixtures.user(false);
    AppUser editor = fixtures.user(false);
    Product product = fixtures.product(creator);

    service.edit(product.getId(), "new name", "new description", editor);

    assertEquals(java.util.Map.of("name", "new name", "description", "new description",
        "last_edited_by_id", editor.getId()), jdbc.queryForMap(
        "select name, description, last_edited_by_id from product where id = ?", product.getId()));
  }

  @Test
  void onlyASuperuserMayEditASuperusersProduct() {
    AppUser superuser = fixtures.user(true);
    Product product = fixtures.product(superuser);

    NotAllowed refused = assertThrows(NotAllowed.class,
        () -> service.edit(product.getId(), "hijacked", "by a plain user", fixtures.user(false)));
    assertEquals(true, refused.getMessage().contains(superuser.getUsername()), refused.getMessage());
    assertEquals(product.getName(), jdbc.queryForObject(
        "select name from product where id = ?", String.class, product.getId()));

    service.edit(product.getId(), "fine", "by another superuser", fixtures.user(true));
    assertEquals("fine", jdbc.queryForObject(
        "select name from product where id = ?", String.class, product.getId()));
  }

  @Test
  void editOfAMissingProductIsNotFound() {
    assertThrows(ProductNotFound.class,
        () -> service.edit(-1, "x", "y", fixtures.user(true)));
  }

  @Test
  void aTakenSortOrderIsADomainErrorFoundByTheGeneratedConstraintName() {
    AppUser creator = fixtures.user(false);
    Category category = fixtures.category();
    fixtures.product(category, 7, creator);

    SortOrderTaken taken = assertThrows(SortOrderTaken.class,
        () -> service.add(category, 7, "second", "same place", creator));

    // The constant is the name PostgreSQL reported, not merely a string that happens to match.
    ConstraintViolationException violation =
        (ConstraintViolationException) taken.getCause().getCause();
    assertEquals(Db.Product.PRODUCT_CATEGORY_SORT_ORDER_UK, violation.getConstraintName());
    assertEquals("product_category_sort_order_uk", violation.getConstraintName());
    assertEquals(1, jdbc.queryForObject(
        "select count(*) from product where category_id = ?", Integer.class, category.getId()));

    // Another sort order in the same category is fine.
    service.add(category, 8, "second", "next place", creator);
  }
}
