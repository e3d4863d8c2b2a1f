package io.fkguard.sample.shop;

import io.fkguard.sample.catalog.AppUser;
import io.fkguard.sample.catalog.Category;
import io.fkguard.sample.catalog.Product;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** Committed rows with names no other test uses: the tests share one database. */
@Component
class Fixtures {
  private static final AtomicInteger NEXT = new AtomicInteger();

  private final UserRepository users;
  private final CategoryRepository categories;
  private final ProductRepository products;

  Fixtures(UserRepository users, CategoryRepository categories, ProductRepository products) {
    this.users = users;
    this.categories = categories;
    this.products = products;
  }

  AppUser user(boolean superuser) {
    return users.save(new AppUser("user-" + NEXT.incrementAndGet(), superuser));
  }

  Category category() {
    return categories.save(new Category("category-" + NEXT.incrementAndGet()));
  }

  Product product(AppUser createdBy) {
    return product(category(), 0, createdBy);
  }

  Product product(Category category, int sortOrder, AppUser createdBy) {
    return products.save(new Product(category, sortOrder, "product-" + NEXT.incrementAndGet(),
        "a product", createdBy));
  }
}
