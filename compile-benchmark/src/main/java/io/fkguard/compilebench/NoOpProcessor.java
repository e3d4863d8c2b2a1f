package io.fkguard.compilebench;

import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * A processor that does nothing: the floor every annotation processor pays. With any processor
 * at all javac runs a second, final round, and every round after the first enters all source
 * files again; fkguard's own cost is what it adds above this. Not registered as a service: the
 * benchmark names it with {@code -processor}, so no other compile picks it up.
 */
public final class NoOpProcessor extends AbstractProcessor {
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("jakarta.persistence.Entity");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return false;
  }
}
