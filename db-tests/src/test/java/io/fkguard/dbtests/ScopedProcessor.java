package io.fkguard.dbtests;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * Runs one processor on one package of a larger compilation, as if that package were compiled
 * alone: its rounds see only the package's elements, its {@code -A} options are its own, its
 * resources go under {@code <package>/}, and what it prints or throws is recorded for that package.
 * This is what lets the fuzz test put several independent entity sets into one javac run (javac's
 * start-up dominates a compilation of a few small files) and still judge every set on its own.
 */
final class ScopedProcessor implements Processor {
  /** One message the processor printed, and whether it named an element. */
  record Printed(Diagnostic.Kind kind, String message, boolean withElement) {}

  private final Processor delegate;
  private final String packageName;
  private final Map<String, String> options;
  final List<Printed> printed = new ArrayList<>();
  /** What the processor threw: in a real build this would have reached javac. */
  Throwable thrown;
  /** Rounds javac ran this processor in: none when errors before processing stopped javac. */
  int rounds;
  private Elements elements;

  ScopedProcessor(Processor delegate, String packageName, Map<String, String> options) {
    this.delegate = delegate;
    this.packageName = packageName;
    this.options = Map.copyOf(options);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public void init(ProcessingEnvironment env) {
    elements = env.getElementUtils();
    try {
      delegate.init(new Env(env));
    } catch (RuntimeException | Error e) {
      thrown = e;
    }
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    rounds++;
    if (thrown != null) {
      return false;
    }
    try {
      return delegate.process(annotations, new Round(round));
    } catch (RuntimeException | Error e) {
      thrown = e;
      return false;
    }
  }

  @Override
  public Iterable<? extends Completion> getCompletions(Element element, AnnotationMirror annotation,
      ExecutableElement member, String userText) {
    return delegate.getCompletions(element, annotation, member, userText);
  }

  private boolean inScope(Element element) {
    return elements.getPackageOf(element).getQualifiedName().contentEquals(packageName);
  }

  private Set<? extends Element> scoped(Set<? extends Element> all) {
    return all.stream().filter(this::inScope).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  private final class Round implements RoundEnvironment {
    private final RoundEnvironment round;

    Round(RoundEnvironment round) {
      this.round = round;
    }

    @Override
    public boolean processingOver() {
      return round.processingOver();
    }

    @Override
    public boolean errorRaised() {
      return round.errorRaised();
    }

    @Override
    public Set<? extends Element> getRootElements() {
      return scoped(round.getRootElements());
    }

    @Override
    public Set<? extends Element> getElementsAnnotatedWith(TypeElement a) {
      return scoped(round.getElementsAnnotatedWith(a));
    }

    @Override
    public Set<? extends Element> getElementsAnnotatedWith(Class<? extends java.lang.annotation.Annotation> a) {
      return scoped(round.getElementsAnnotatedWith(a));
    }
  }

  private final class Env implements ProcessingEnvironment {
    private final ProcessingEnvironment env;

    Env(ProcessingEnvironment env) {
      this.env = env;
    }

    @Override
    public Map<String, String> getOptions() {
      return options;
    }

    @Override
    public Messager getMessager() {
      return new Recorder(env.getMessager());
    }

    @Override
    public Filer getFiler() {
      return new PrefixedFiler(env.getFiler());
    }

    @Override
    public Elements getElementUtils() {
      return env.getElementUtils();
    }

    @Override
    public Types getTypeUtils() {
      return env.getTypeUtils();
    }

    @Override
    public SourceVersion getSourceVersion() {
      return env.getSourceVersion();
    }

    @Override
    public Locale getLocale() {
      return env.getLocale();
    }
  }

  private final class Recorder implements Messager {
    private final Messager messager;

    Recorder(Messager messager) {
      this.messager = messager;
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg) {
      printed.add(new Printed(kind, msg.toString(), false));
      messager.printMessage(kind, msg);
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e) {
      printed.add(new Printed(kind, msg.toString(), e != null));
      messager.printMessage(kind, msg, e);
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a) {
      printed.add(new Printed(kind, msg.toString(), e != null));
      messager.printMessage(kind, msg, e, a);
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a,
        AnnotationValue v) {
      printed.add(new Printed(kind, msg.toString(), e != null));
      messager.printMessage(kind, msg, e, a, v);
    }
  }

  /** Resources under {@code <package>/}, so two sets' {@code schema.sql} never meet. */
  private final class PrefixedFiler implements Filer {
    private final Filer filer;

    PrefixedFiler(Filer filer) {
      this.filer = filer;
    }

    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originating) throws IOException {
      return filer.createSourceFile(name, originating);
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... originating) throws IOException {
      return filer.createClassFile(name, originating);
    }

    @Override
    public FileObject createResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
        CharSequence relativeName, Element... originating) throws IOException {
      return filer.createResource(location, moduleAndPkg, packageName + "/" + relativeName, originating);
    }

    @Override
    public FileObject getResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
        CharSequence relativeName) throws IOException {
      return filer.getResource(location, moduleAndPkg, packageName + "/" + relativeName);
    }
  }
}
