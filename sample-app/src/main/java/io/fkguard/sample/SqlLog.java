package io.fkguard.sample;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * The SQL Hibernate sends, as it sends it: the demo prints the lock query and the tests assert
 * its {@code for no key update of …} clause. Keeps the last {@value #CAPACITY} statements.
 */
@Component
public class SqlLog implements StatementInspector, HibernatePropertiesCustomizer {
  static final int CAPACITY = 200;

  private final Deque<String> statements = new ArrayDeque<>();

  @Override
  public String inspect(String sql) {
    synchronized (statements) {
      if (statements.size() == CAPACITY) {
        statements.removeFirst();
      }
      statements.addLast(sql);
    }
    return sql;
  }

  @Override
  public void customize(Map<String, Object> hibernateProperties) {
    hibernateProperties.put(AvailableSettings.STATEMENT_INSPECTOR, this);
  }

  /** The recorded statements that contain {@code text} (case-insensitive), oldest first. */
  public List<String> containing(String text) {
    synchronized (statements) {
      List<String> out = new ArrayList<>();
      for (String sql : statements) {
        if (sql.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT))) {
          out.add(sql);
        }
      }
      return out;
    }
  }
}
