package shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/**
 * A SINGLE_TABLE subclass primitive with @Column: nullable in the shared table, yet Hibernate
 * still checks NOT NULL for this subclass's rows (it is a non-optional property).
 */
@Entity
public class Ebook extends Item {
  @Column(name = "file_size") long fileSize;
}
