package corpus.hibernate;

import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Nationalized;
import org.hibernate.annotations.TenantId;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;

/** Hibernate's own schema annotations, as real applications use them (issue 10 §3). */
@Entity
@Check(name = "document_pages_not_negative", constraints = "pages >= 0")
@Check(constraints = "title <> body")
public class Document {
  @Id
  @UuidGenerator
  UUID id;

  @TenantId
  String tenant;

  String title;

  @Check(constraints = "pages < 10000")
  Integer pages;

  /** Computed by the database on read: no column. */
  @Formula("upper(title)")
  String upperTitle;

  @CreationTimestamp
  Instant createdAt;

  @UpdateTimestamp
  LocalDateTime updatedAt;

  /** Hibernate fills it: NOT NULL even when @Column says nullable. */
  @CreationTimestamp
  @Column(nullable = true)
  Instant firstSeen;

  @Nationalized
  String localName;

  @Nationalized
  @Column(length = 40)
  String shortLocalName;

  @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
  String body;

  @JdbcTypeCode(SqlTypes.LONGVARCHAR)
  String notes;

  @JdbcTypeCode(SqlTypes.JSON)
  Map<String, Object> attributes;

  @JdbcTypeCode(SqlTypes.JSON)
  String rawJson;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(length = 3)
  String iso;

  @JdbcTypeCode(SqlTypes.VARCHAR)
  UUID token;

  @JdbcTypeCode(SqlTypes.CHAR)
  UUID fixedToken;

  @JdbcTypeCode(SqlTypes.UUID)
  UUID plainUuid;

  @JdbcTypeCode(SqlTypes.INTEGER)
  Long narrowed;

  @JdbcTypeCode(SqlTypes.BIGINT)
  Integer widened;

  @JdbcTypeCode(SqlTypes.SMALLINT)
  Integer small;

  @JdbcTypeCode(SqlTypes.NUMERIC)
  Long numericLong;

  @JdbcTypeCode(SqlTypes.DECIMAL)
  @Column(precision = 10, scale = 2)
  BigDecimal decimal;

  @JdbcTypeCode(SqlTypes.DOUBLE)
  Float doubled;

  @JdbcTypeCode(SqlTypes.VARBINARY)
  byte[] bytes;

  @JdbcTypeCode(SqlTypes.LONG32VARBINARY)
  byte[] blobBytes;

  /** Stored through the auto-applied converter: a bigint of cents. */
  Cents price;

  @ManyToOne
  @IndexedBy("document_parent_idx")
  Document parent;
}
