package io.fkguard.dbtests;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One generated set of types in its own package.
 *
 * @param id seed and index that regenerate it ({@code EntitySetGenerator.generate(seed, index)})
 * @param packageName the one package of all its types
 * @param sources path to text, sorted
 * @param options the {@code -A} options it is compiled with (naming, sometimes a severity)
 * @param defects what was broken on purpose (empty: meant to be a valid model)
 * @param uncertain features whose verdict the generator does not predict (long names, join tables)
 */
record EntitySet(String id, String packageName, Map<String, String> sources, Map<String, String> options, List<String> defects,
    List<String> uncertain) {

  /** No defect and nothing uncertain: fkguard must accept it and its DDL must apply. */
  boolean meantValid() {
    return defects.isEmpty() && uncertain.isEmpty();
  }

  /** Everything needed to reproduce a failure by hand. */
  String describe() {
    return "set " + id + " (options " + options + ", defects " + defects + ", uncertain " + uncertain
        + ")\n" + sources.entrySet().stream()
            .map(e -> "// " + e.getKey() + "\n" + e.getValue())
            .collect(Collectors.joining("\n"));
  }
}
