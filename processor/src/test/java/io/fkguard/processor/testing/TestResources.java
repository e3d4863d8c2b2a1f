package io.fkguard.processor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * A directory of test resources on the class path, as a {@link Path}: a folder of this module's
 * test resources, or a folder inside a jar (this module's test-jar or another module's sources
 * jar, when another module's tests read it), so no test reads a module's folders by path.
 */
public final class TestResources {
  private TestResources() {}

  public static Path directory(String name) {
    URL url = TestResources.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new IllegalArgumentException("no test resource directory " + name + " on the class path");
    }
    try {
      URI uri = url.toURI();
      if (!uri.getScheme().equals("jar")) {
        return Path.of(uri);
      }
      return jar(uri).provider().getPath(uri);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The jar's file system, opened once per JVM (a second open of the same jar throws). */
  private static synchronized FileSystem jar(URI uri) {
    try {
      return FileSystems.newFileSystem(uri, Map.of());
    } catch (FileSystemAlreadyExistsException e) {
      return FileSystems.getFileSystem(uri);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
