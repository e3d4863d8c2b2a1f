package io.fkguard.processor.testing;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.fkguard.processor.FkguardProcessor;
import io.fkguard.processor.rules.Rule;
import io.fkguard.processor.rules.RuleRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compile-level tests with expectations written in the source, Error Prone style: a comment
 * {@code // EXPECT: RuleId: text} states that the next code line carries an fkguard diagnostic of
 * that rule whose message contains {@code text}. Matching goes both ways: every expectation needs
 * its diagnostic and every fkguard diagnostic needs its expectation.
 */
public final class Expectations {
  private static final Pattern EXPECT = Pattern.compile("^\\s*// EXPECT: (\\w+)(?:: (.*))?$");
  private static final Pattern TAG = Pattern.compile("^\\[fkguard:(\\w+)\\]");

  private Expectations() {}

  record Expected(String file, long line, String rule, String text) {}

  record Actual(String file, long line, String rule, String kind, String message) {}

  /** All .java files under {@code src/test/resources/<dir>}. */
  public static List<JavaFileObject> sources(String dir) {
    try (Stream<Path> files = Files.walk(TestResources.directory(dir))) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted()
          .map(Expectations::toSource).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Compilation compile(List<JavaFileObject> sources, String... options) {
    return javac().withProcessors(new FkguardProcessor()).withOptions((Object[]) options)
        .compile(sources);
  }

  /**
   * Compiles the scenario directory with one rule alone (as Error Prone's
   * {@code CompilationTestHelper} runs one checker) and checks the expectations of that rule and
   * of fkguard's own diagnostics (MappingError, InternalError, javac errors): another rule's
   * findings neither run nor need listing, so a new rule never breaks an unrelated scenario.
   */
  public static Compilation checkRule(String ruleId, String dir, String... options) {
    return checkWith(List.of(RuleRegistry.byId(ruleId)), dir, options);
  }

  /** Compiles with no rule at all: only the scanner's own diagnostics (MappingError) are checked. */
  public static Compilation checkMapping(String dir, String... options) {
    return checkWith(List.of(), dir, options);
  }

  private static Compilation checkWith(List<Rule> rules, String dir, String... options) {
    List<JavaFileObject> sources = sources(dir);
    Compilation compilation = javac()
        .withProcessors(new FkguardProcessor(rules))
        .withOptions((Object[]) options)
        .compile(sources);
    List<String> running = rules.stream().map(r -> r.info().id()).toList();
    List<String> otherRules = RuleRegistry.ids().stream().filter(id -> !running.contains(id)).toList();
    verify(sources, compilation, e -> !otherRules.contains(e.rule()));
    return compilation;
  }


  /** Compiles the scenario directory with every rule and checks its expectations. */
  public static Compilation check(String dir, String... options) {
    List<JavaFileObject> sources = sources(dir);
    Compilation compilation = compile(sources, options);
    verify(sources, compilation);
    return compilation;
  }

  public static void verify(List<JavaFileObject> sources, Compilation compilation) {
    verify(sources, compilation, e -> true);
  }

  private static void verify(List<JavaFileObject> sources, Compilation compilation,
      Predicate<Expected> relevant) {
    List<Expected> expected = new ArrayList<>();
    for (JavaFileObject source : sources) {
      expectations(source).stream().filter(relevant).forEach(expected::add);
    }
    List<Actual> actual = actual(compilation);
    List<String> problems = new ArrayList<>();
    for (Expected e : expected) {
      if (actual.stream().noneMatch(a -> matches(e, a))) {
        problems.add("missing " + e.rule() + " at " + e.file() + ":" + e.line()
            + (e.text() == null ? "" : " containing \"" + e.text() + "\""));
      }
    }
    for (Actual a : actual) {
      if (expected.stream().noneMatch(e -> matches(e, a))) {
        problems.add("unexpected " + a.kind() + " at " + a.file() + ":" + a.line() + ": " + a.message());
      }
    }
    if (!problems.isEmpty()) {
      StringBuilder all = new StringBuilder();
      for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
        all.append("\n  ").append(d.getKind()).append(' ').append(fileName(d)).append(':')
            .append(d.getLineNumber()).append(' ').append(d.getMessage(Locale.ROOT));
      }
      throw new AssertionError(String.join("\n", problems) + "\nall diagnostics:" + all);
    }
  }

  private static boolean matches(Expected e, Actual a) {
    return e.file().equals(a.file()) && e.line() == a.line() && e.rule().equals(a.rule())
        && (e.text() == null || a.message().contains(e.text()));
  }

  static List<Expected> expectations(JavaFileObject source) {
    List<Expected> out = new ArrayList<>();
    try {
      String[] lines = source.getCharContent(true).toString().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        Matcher m = EXPECT.matcher(lines[i]);
        if (m.matches()) {
          int target = i + 1;
          while (target < lines.length
              && (lines[target].isBlank() || lines[target].trim().startsWith("//"))) {
            target++;
          }
          out.add(new Expected(simpleName(source), target + 1, m.group(1), m.group(2)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static List<Actual> actual(Compilation compilation) {
    List<Actual> out = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      String message = d.getMessage(Locale.ROOT);
      Matcher tag = TAG.matcher(message);
      if (tag.find()) {
        out.add(new Actual(fileName(d), d.getLineNumber(), tag.group(1), d.getKind().toString(), message));
      } else if (d.getKind() == Diagnostic.Kind.ERROR) {
        out.add(new Actual(fileName(d), d.getLineNumber(), "javac", "ERROR", message));
      }
    }
    return out;
  }

  private static String fileName(Diagnostic<? extends JavaFileObject> d) {
    return d.getSource() == null ? "<none>" : simpleName(d.getSource());
  }

  private static String simpleName(JavaFileObject file) {
    String name = file.getName();
    return name.substring(name.lastIndexOf('/') + 1);
  }

  private static JavaFileObject toSource(Path path) {
    try {
      String text = Files.readString(path, StandardCharsets.UTF_8);
      Path root = path;
      // The binary name comes from the package declaration, so files may live anywhere.
      Matcher pkg = Pattern.compile("(?m)^package ([\\w.]+);").matcher(text);
      String type = root.getFileName().toString().replace(".java", "");
      String name = pkg.find() ? pkg.group(1) + "." + type : type;
      return JavaFileObjects.forSourceString(name, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
