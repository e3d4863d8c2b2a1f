package io.fkguard.processor.migration;

/**
 * The migration directory cannot be used as it is (a snapshot line fkguard cannot read): the
 * user's file to mend, so it is reported as such, never as a bug in fkguard.
 */
public final class DirectoryProblem extends Exception {
  private static final long serialVersionUID = 1L;

  DirectoryProblem(String message) {
    super(message);
  }
}
