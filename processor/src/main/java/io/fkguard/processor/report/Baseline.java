package io.fkguard.processor.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The committed file of accepted findings that lets an existing application adopt fkguard
 * gradually: one line per finding, {@code <RuleId>\t<key>}, sorted. A finding listed here is a
 * note instead of an error; a new one fails as usual; a line whose finding is gone fails the
 * build until it is removed, so the file only ever shrinks.
 */
public final class Baseline {
  /** One accepted finding. */
  public record Entry(String rule, String key) implements Comparable<Entry> {
    @Override
    public int compareTo(Entry other) {
      int c = rule.compareTo(other.rule);
      return c != 0 ? c : key.compareTo(other.key);
    }

    public static Entry of(Finding finding) {
      return new Entry(finding.rule().id(), finding.stableKey());
    }

    @Override
    public String toString() {
      return rule + "\t" + key;
    }
  }

  /** What the findings do to the baseline. */
  public record Match(List<Finding> accepted, List<Finding> fresh, List<Entry> gone) {}

  private static final String HEADER = "# fkguard baseline: findings accepted while adopting fkguard, one "
      + "<RuleId><TAB><what it is about> per line.\n# Fix them and remove their lines; refresh it with "
      + "-Afkguard.baseline.write=true. fkguard fails when a line's finding is gone.\n";

  private final Set<Entry> entries;

  private Baseline(Set<Entry> entries) {
    this.entries = entries;
  }

  public static Baseline empty() {
    return new Baseline(new TreeSet<>());
  }

  /** @throws IllegalArgumentException naming the first line that is not a baseline line */
  public static Baseline read(String text) {
    Set<Entry> entries = new TreeSet<>();
    String[] lines = text.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t");
      if (fields.length != 2 || fields[0].isBlank() || fields[1].isBlank()) {
        throw new IllegalArgumentException("line " + (n + 1) + " is not <RuleId><TAB><key>: " + lines[n]);
      }
      entries.add(new Entry(fields[0].strip(), fields[1].strip()));
    }
    return new Baseline(entries);
  }

  /** The file that accepts exactly these findings. */
  public static String write(Collection<Finding> findings) {
    Set<Entry> sorted = new TreeSet<>();
    findings.forEach(f -> sorted.add(Entry.of(f)));
    StringBuilder out = new StringBuilder(HEADER);
    sorted.forEach(e -> out.append(e).append('\n'));
    return out.toString();
  }

  public Match match(List<Finding> findings) {
    List<Finding> accepted = new ArrayList<>();
    List<Finding> fresh = new ArrayList<>();
    Set<Entry> seen = new TreeSet<>();
    for (Finding finding : findings) {
      Entry entry = Entry.of(finding);
      if (entries.contains(entry)) {
        accepted.add(finding);
        seen.add(entry);
      } else {
        fresh.add(finding);
      }
    }
    List<Entry> gone = entries.stream().filter(e -> !seen.contains(e)).toList();
    return new Match(accepted, fresh, gone);
  }
}
