package io.fkguard.processor.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.fkguard.processor.testing.Expectations;
import org.junit.jupiter.api.Test;

/** The seed guide's two models, written in JPA. */
class SeedTest {
  @Test
  void naiveModelFailsWithExactlyTheSeedsProblems() {
    Compilation compilation = Expectations.check("compile/seed_naive");
    assertThat(compilation).failed();
  }

  @Test
  void productionReadyModelCompilesWithoutWarnings() {
    Compilation compilation = Expectations.check("compile/seed_final");
    assertThat(compilation).succeededWithoutWarnings();
  }
}
