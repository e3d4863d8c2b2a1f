package io.fkguard.check;

import io.fkguard.check.model.SchemaModel;
import io.fkguard.check.model.SchemaSqlException;
import io.fkguard.check.model.SchemaSqlParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where the committed model comes from: {@code classpath:db/schema.sql} (the sample app's place,
 * inside the application's jar) or a file path.
 */
public final class ModelSource {
  /** Where fkguard's {@code -Afkguard.ddl} puts it when the build follows the README. */
  public static final String DEFAULT_LOCATION = "classpath:db/schema.sql";
  private static final String CLASSPATH = "classpath:";

  private ModelSource() {}

  public static SchemaModel load(String location, ClassLoader loader) throws SchemaSqlException {
    if (location.startsWith(CLASSPATH)) {
      String resource = location.substring(CLASSPATH.length()).replaceFirst("^/", "");
      try (InputStream in = loader.getResourceAsStream(resource)) {
        if (in == null) {
          throw new SchemaSqlException("model " + location + " not found on the class path");
        }
        return SchemaSqlParser.parse(location, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new SchemaSqlException("cannot read model " + location + ": " + e.getMessage(), e);
      }
    }
    Path path = Path.of(location);
    try {
      return SchemaSqlParser.parse(location, Files.readString(path, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw new SchemaSqlException("model file " + path.toAbsolutePath() + " does not exist", e);
    } catch (IOException e) {
      throw new SchemaSqlException("cannot read model file " + path.toAbsolutePath() + ": " + e.getMessage(), e);
    }
  }
}
