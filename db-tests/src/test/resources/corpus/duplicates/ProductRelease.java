package corpus.duplicates;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;

/**
 * DELIBERATE: a prefix-redundant index. product_release_project_code_idx (project_code) is a
 * leading prefix of the unique constraint product_release_project_version_key
 * (project_code, version_label).
 */
@Entity
@Table(name = "product_release",
    uniqueConstraints = @UniqueConstraint(name = "product_release_project_version_key",
        columnNames = {"project_code", "version_label"}),
    indexes = @Index(name = "product_release_project_code_idx", columnList = "project_code"))
public class ProductRelease {
  @Id
  @GeneratedValue
  Long id;

  @Column(name = "project_code", nullable = false, length = 16)
  String projectCode;

  @Column(name = "version_label", nullable = false, length = 32)
  String versionLabel;

  @Column(name = "released_on")
  LocalDate releasedOn;
}
