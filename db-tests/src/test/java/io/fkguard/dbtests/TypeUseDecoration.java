package io.fkguard.dbtests;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 10 §1 in the fuzz: a type-use annotation declared in the set (like JSpecify's
 * {@code @Nullable}, or Bean Validation's constraints used on types) put on the type of every
 * field and getter: {@code @Checked String}, {@code java.util.@Checked UUID},
 * {@code java.util.@Checked Set<@Checked Tag>}, {@code @Checked int}, {@code @Checked O}. It must
 * change nothing: a set meant to be valid stays accepted.
 */
final class TypeUseDecoration {
  private TypeUseDecoration() {}

  /** {@code [modifiers] Type name[ = ...];} or {@code public Type getX() {...}}, the type in group 2. */
  private static final Pattern DECLARATION = Pattern.compile(
      "^((?:(?:private|public|protected) )?)([\\w.]+(?:<[\\w.<>, ?]+>)?) (\\w+(?: = .*)?;|get\\w*\\(\\).*)$");

  /** The annotation type to add to the set. */
  static TypeDraft annotationType(String name) {
    TypeDraft type = new TypeDraft(name);
    type.entity = false;
    type.kind = "@interface";
    type.annotations.add("@java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE)");
    type.annotations.add("@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)");
    return type;
  }

  /** Every member of {@code type} whose last line declares a field or a getter, annotated. */
  static void decorate(TypeDraft type, String annotation) {
    List<String> out = new ArrayList<>();
    for (String member : type.members) {
      int last = member.lastIndexOf('\n') + 1;
      Matcher m = DECLARATION.matcher(member.substring(last));
      out.add(m.matches()
          ? member.substring(0, last) + m.group(1) + annotate(m.group(2), annotation) + " " + m.group(3)
          : member);
    }
    type.members.clear();
    type.members.addAll(out);
  }

  /** {@code java.util.Set<Tag>} becomes {@code java.util.@A Set<@A Tag>}: javac's only legal spelling. */
  static String annotate(String type, String annotation) {
    int open = type.indexOf('<');
    if (open >= 0) {
      List<String> arguments = new ArrayList<>();
      for (String argument : type.substring(open + 1, type.length() - 1).split(",")) {
        String trimmed = argument.trim();
        arguments.add(trimmed.startsWith("?") ? trimmed : annotate(trimmed, annotation));
      }
      return annotate(type.substring(0, open), annotation) + "<" + String.join(", ", arguments) + ">";
    }
    int dot = type.lastIndexOf('.');
    return type.substring(0, dot + 1) + "@" + annotation + " " + type.substring(dot + 1);
  }
}
