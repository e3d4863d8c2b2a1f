package corpus.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** A TABLE_PER_CLASS leaf with an implicit table name: spring email_notification, jpa EmailNotification (folded emailnotification). */
@Entity
public class EmailNotification extends Notification {
  @Column(nullable = false, length = 200)
  String subject;

  @Column(nullable = false, columnDefinition = "text")
  String body;
}
