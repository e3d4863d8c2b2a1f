package io.fkguard.compilebench;

import java.util.ArrayList;
import java.util.List;

/**
 * A variant and the heap its javac runs with: {@code fkguard} runs with the JVM's default maximum
 * heap (what a user's build gets), {@code fkguard@1g} with {@code -J-Xmx1g}. With the default
 * heap G1 grows the heap with the allocation rate, so peak RSS shows garbage as well as live
 * data; a fixed small heap makes the growth of the live set visible.
 */
record Config(Variant variant, String heap) {
  static List<Config> parse(String list) {
    List<Config> out = new ArrayList<>();
    for (String item : list.split(",")) {
      if (item.isBlank()) {
        continue;
      }
      String[] parts = item.trim().split("@", 2);
      out.add(new Config(Variant.parse(parts[0]), parts.length == 2 ? parts[1].trim() : ""));
    }
    return out;
  }

  /** The floor for this config: the do-nothing processor with the same heap. */
  Config floor() {
    return new Config(Variant.NO_OP, heap);
  }

  Config with(Variant other) {
    return new Config(other, heap);
  }

  String key() {
    return variant.key() + (heap.isEmpty() ? "" : "@" + heap);
  }

  String label() {
    return variant.label + (heap.isEmpty() ? "" : ", -J-Xmx" + heap);
  }
}
