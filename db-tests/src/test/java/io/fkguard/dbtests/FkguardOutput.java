package io.fkguard.dbtests;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads fkguard's diagnostics and summary back into keys the database side produces too. */
final class FkguardOutput {
  private FkguardOutput() {}

  /** {@code Foreign key <table> (<cols>) -> <target>}: how both FK messages name the key. */
  private static final Pattern FOREIGN_KEY = Pattern.compile("Foreign key (\\S+) \\(([^)]*)\\) -> ");

  /** A summary row: {@code   table(a, b) -> target(id)  @NotIndexed (reason)}. */
  private static final Pattern SUMMARY_ROW =
      Pattern.compile("^\\s+(\\S+?)\\(([^)]*)\\)\\s+->\\s+\\S+?\\([^)]*\\)\\s+(.*)$", Pattern.MULTILINE);

  /**
   * The foreign keys fkguard reports as {@code ForeignKeyWithoutIndexDecision} and says no index
   * covers, as {@code table (a, b)}. A key that an index already covers (the message then says
   * "is already covered by") only lacks the written decision: the database has its index.
   */
  static Set<String> uncoveredForeignKeys(CorpusCompiler.Result result) {
    Set<String> out = new TreeSet<>();
    for (CorpusCompiler.Finding f : result.findings("ForeignKeyWithoutIndexDecision")) {
      if (!f.message().contains("is not covered by any index")) {
        continue;
      }
      Matcher m = FOREIGN_KEY.matcher(f.message());
      if (!m.find()) {
        throw new IllegalStateException("cannot read the foreign key of: " + f);
      }
      out.add(m.group(1) + " (" + m.group(2) + ")");
    }
    return out;
  }

  /** The foreign keys whose decision is {@code @NotIndexed}, read from the summary note. */
  static Set<String> notIndexed(CorpusCompiler.Result result) {
    Set<String> out = new TreeSet<>();
    summary(result).forEach((fk, decision) -> {
      if (decision.startsWith("@NotIndexed")) {
        out.add(fk);
      }
    });
    return out;
  }

  /**
   * Every row of the summary note ({@code -Afkguard.summary=true}): {@code table (a, b)} to its
   * decision text, e.g. {@code @IndexedBy product_created_by_idx (reason)} or
   * {@code covered by <index>}.
   */
  static Map<String, String> summary(CorpusCompiler.Result result) {
    CorpusCompiler.Finding summary = result.diagnostics().stream()
        .filter(d -> d.message().startsWith("fkguard: ") && d.message().contains(" foreign keys"))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no fkguard summary in:\n"
            + result.describeDiagnostics()));
    Map<String, String> out = new TreeMap<>();
    Matcher m = SUMMARY_ROW.matcher(summary.message());
    while (m.find()) {
      out.put(m.group(1) + " (" + m.group(2) + ")", m.group(3).strip());
    }
    return out;
  }
}
