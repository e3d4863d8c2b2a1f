package io.fkguard.sample.shop;

import io.fkguard.sample.catalog.AppUser;
import io.fkguard.sample.catalog.Category;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The seed's data shape, small enough to load in seconds: products created by a few users, one
 * in a thousand ever edited, so {@code last_edited_by_id} is almost always NULL. Loaded once, into
 * an empty catalog; a database that already has products is left alone.
 */
@Component
public class DemoData {
  /** The superuser whose products only superusers may edit, and a plain user. */
  public record People(AppUser superuser, AppUser editor) {}

  private final JdbcTemplate jdbc;
  private final UserRepository users;
  private final CategoryRepository categories;
  private final TransactionTemplate transaction;

  public DemoData(JdbcTemplate jdbc, UserRepository users, CategoryRepository categories,
      TransactionTemplate transaction) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.users = users;
    this.categories = categories;
  }

  public boolean empty() {
    return jdbc.queryForObject("select count(*) from product", Long.class) == 0;
  }

  /**
   * {@code products} rows spread over 20 categories (sort orders 0, 1, 2… in each) and the
   * users; ids come from {@code product_seq} one call per row, which Hibernate's pooled
   * optimizer later steps over.
   */
  @Transactional
  public People load(int products) {
    AppUser admin = users.save(new AppUser("admin", true));
    AppUser editor = users.save(new AppUser("editor", false));
    List<AppUser> creators = List.of(admin, editor, users.save(new AppUser("ada", false)),
        users.save(new AppUser("grace", false)));
    Long[] creatorIds = creators.stream().map(AppUser::getId).toArray(Long[]::new);
    Long[] categoryIds = new Long[20];
    for (int i = 0; i < categoryIds.length; i++) {
      categoryIds[i] = categories.save(new Category("category " + i)).getId();
    }
    users.flush();
    categories.flush();
    jdbc.update("""
        insert into product (id, created_by_id, last_edited_by_id, name, description,
                             category_id, category_sort_order)
        select nextval('product_seq'),
               (?::bigint[])[1 + n % ?],
               case when n % 1000 = 0 then ? end,
               'product ' || n, 'the seed''s catalog',
               (?::bigint[])[1 + n % ?], n / ?
          from generate_series(0, ? - 1) n""",
        creatorIds, creatorIds.length, editor.getId(),
        categoryIds, categoryIds.length, categoryIds.length, products);
    return new People(admin, editor);
  }

  /**
   * The seed's comparison: the size a full index on {@code last_edited_by_id} would have, built
   * in a transaction that is rolled back, so the schema stays exactly as migrated.
   */
  public long fullLastEditedByIndexBytes() {
    return transaction.execute(status -> {
      status.setRollbackOnly();
      jdbc.execute("create index product_last_edited_by_full_cmp on product (last_edited_by_id)");
      return jdbc.queryForObject(
          "select pg_relation_size('product_last_edited_by_full_cmp')", Long.class);
    });
  }

  /** Fresh statistics, so the sizes and plans shown are the real ones. */
  public void analyze() {
    jdbc.execute("analyze");
  }
}
