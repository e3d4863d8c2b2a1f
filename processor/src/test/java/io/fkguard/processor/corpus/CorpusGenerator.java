package io.fkguard.processor.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes a corpus of N JPA entities shaped like a real application's: a {@code @MappedSuperclass}
 * with two audit foreign keys to {@code AppUser}, one to three {@code @ManyToOne} per entity to
 * nearby entities, unique constraints that start with a foreign key, {@code @Index}es, some
 * {@code @ManyToMany} join tables, an embeddable with its own foreign key, and enums. Every
 * foreign key carries an fkguard decision, so fkguard reports nothing and writes every output.
 *
 * <p>Deterministic: the same N and seed give the same files ({@link Random} is specified to the
 * bit, so every JDK draws the same numbers). Entity i only refers to entities before it, so the
 * corpus for N is a prefix of the corpus for any larger N with the same seed.
 */
public final class CorpusGenerator {
  public static final long DEFAULT_SEED = 20261130L;

  /** Business areas: one package each, entities spread round-robin. */
  private static final List<String> PACKAGES = List.of(
      "sales", "billing", "inventory", "shipping", "crm", "catalog", "support", "finance");
  private static final List<String> NOUNS = List.of(
      "Order", "Invoice", "Shipment", "Customer", "Product", "Warehouse", "Ticket", "Payment",
      "Contract", "Supplier", "Return", "Campaign", "Account", "Ledger", "Parcel", "Quote");

  private final int size;
  private final long seed;

  public CorpusGenerator(int size, long seed) {
    if (size < 1) {
      throw new IllegalArgumentException("a corpus needs at least one entity, not " + size);
    }
    this.size = size;
    this.seed = seed;
  }

  /** Relative path to source text, shared types first, then the entities in index order. */
  public Map<String, String> sources() {
    Map<String, String> files = new LinkedHashMap<>(SharedTypes.sources());
    Random random = new Random(seed);
    for (int i = 0; i < size; i++) {
      EntitySource entity = new EntitySource(i, PACKAGES.get(i % PACKAGES.size()),
          NOUNS.get(i % NOUNS.size()), targets(i, random), random);
      files.put(entity.path(), entity.text());
    }
    return files;
  }

  /** Writes {@link #sources()} under {@code directory}; returns the files in generator order. */
  public List<Path> write(Path directory) throws IOException {
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, String> file : sources().entrySet()) {
      Path path = directory.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
      written.add(path);
    }
    return written;
  }

  /** One to three distinct earlier entities, mostly recent ones (related entities cluster). */
  private static List<Target> targets(int index, Random random) {
    List<Target> targets = new ArrayList<>();
    int wanted = Math.min(index, 1 + random.nextInt(3));
    while (targets.size() < wanted) {
      int j = index - 1 - random.nextInt(Math.min(index, 40));
      Target target = new Target(j, PACKAGES.get(j % PACKAGES.size()), NOUNS.get(j % NOUNS.size()));
      if (!targets.contains(target)) {
        targets.add(target);
      }
    }
    return targets;
  }

  /** An entity another entity refers to. */
  record Target(int index, String pkg, String noun) {
    String className() {
      return EntitySource.className(noun, index);
    }

    String qualifiedName() {
      return SharedTypes.ROOT + "." + pkg + "." + className();
    }

    /** The attribute that refers to it: {@code order0042}. */
    String attribute() {
      return noun.substring(0, 1).toLowerCase(Locale.ROOT) + noun.substring(1)
          + String.format(Locale.ROOT, "%04d", index);
    }

    /** Its column under Spring's naming: {@code order0042_id}. */
    String column() {
      return attribute().toLowerCase(Locale.ROOT) + "_id";
    }
  }
}
