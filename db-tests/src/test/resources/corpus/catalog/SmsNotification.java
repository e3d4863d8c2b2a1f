package corpus.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** A TABLE_PER_CLASS leaf with an implicit table name: spring sms_notification, jpa SmsNotification (folded smsnotification). */
@Entity
public class SmsNotification extends Notification {
  @Column(nullable = false, length = 32)
  String phoneNumber;

  @Column(nullable = false, length = 160)
  String message;
}
