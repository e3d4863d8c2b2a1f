package io.fkguard.check.drift;

/**
 * Every kind of difference the check reports, in report order: what is missing, then what
 * differs, then what is broken, then what is extra, then information. The ids are stable: JSON
 * output and tests use them.
 */
public enum DriftKind {
  MISSING_TABLE("MissingTable"),
  MISSING_COLUMN("MissingColumn"),
  MISSING_SEQUENCE("MissingSequence"),
  MISSING_PRIMARY_KEY("MissingPrimaryKey"),
  MISSING_UNIQUE_CONSTRAINT("MissingUniqueConstraint"),
  MISSING_INDEX("MissingIndex"),
  MISSING_CHECK("MissingCheck"),
  MISSING_FOREIGN_KEY("MissingForeignKey"),
  COLUMN_DIFFERS("ColumnDiffers"),
  SEQUENCE_DIFFERS("SequenceDiffers"),
  INDEX_DIFFERS("IndexDiffers"),
  CHECK_DIFFERS("CheckDiffers"),
  FOREIGN_KEY_DIFFERS("ForeignKeyDiffers"),
  INVALID_INDEX("InvalidIndex"),
  NOT_VALID_CONSTRAINT("NotValidConstraint"),
  FOREIGN_KEY_WITHOUT_INDEX("ForeignKeyWithoutIndex"),
  DUPLICATE_INDEX("DuplicateIndex"),
  REDUNDANT_INDEX("RedundantIndex"),
  UNRELATED_INDEX("UnrelatedIndex"),
  /** Information only (with {@code --unused}): never makes the check fail. */
  UNUSED_INDEX("UnusedIndex");

  public final String id;

  DriftKind(String id) {
    this.id = id;
  }

  /** False only for information, which is reported but is not drift. */
  public boolean isDrift() {
    return this != UNUSED_INDEX;
  }
}
