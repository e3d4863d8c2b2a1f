package io.fkguard.compilebench;

import java.io.File;

/**
 * The class path the entities compile against (jakarta.persistence, fkguard's annotations) and
 * the two processor paths, as Maven's dependency plugin resolved them.
 */
record BenchmarkPaths(String classpath, String fkguardPath, String hibernateOnlyPath, String noOpPath) {
  /**
   * Hibernate's processor loads jakarta.persistence classes itself; in a user's build that jar
   * comes with hibernate-core, here it is a compile dependency of this module, so Maven's
   * provided-scope path leaves it out and it is added back from the entity class path.
   */
  String hibernatePath() {
    return hibernateOnlyPath + File.pathSeparator + classpath;
  }

  static BenchmarkPaths fromSystemProperties() {
    return new BenchmarkPaths(required("benchmark.classpath"), required("benchmark.fkguardPath"),
        required("benchmark.hibernatePath"), required("benchmark.noOpPath"));
  }

  private static String required(String key) {
    String value = System.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("-D" + key + " is missing: run the benchmark through "
          + "./mvnw -B -q -pl compile-benchmark -am verify -Pbenchmark");
    }
    return value;
  }
}
