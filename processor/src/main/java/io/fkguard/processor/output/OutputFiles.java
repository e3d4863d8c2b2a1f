package io.fkguard.processor.output;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Where generated files go: next to the path given with {@code -Afkguard.ddl} (a file the user
 * commits, e.g. {@code src/main/resources/db/schema.sql}), or else into the class output through
 * the Filer ({@code META-INF/fkguard/}). Files are UTF-8 with {@code \n} line ends, and a file
 * whose content is unchanged is not touched, so builds do not churn timestamps.
 */
public final class OutputFiles {
  static final String RESOURCE_DIR = "META-INF/fkguard/";

  private final Filer filer;
  private final Path ddlPath;

  /** @param ddlOption the {@code -Afkguard.ddl} value, or null */
  public OutputFiles(Filer filer, String ddlOption) {
    this.filer = filer;
    this.ddlPath = ddlOption == null || ddlOption.isBlank() ? null : Path.of(ddlOption.trim());
  }

  /** {@code schema.sql}, or the file name the option gives. */
  public String ddlFileName() {
    return ddlPath == null ? "schema.sql" : ddlPath.getFileName().toString();
  }

  /**
   * Verify mode: why the committed {@code fileName} differs from {@code content}, or empty when it
   * matches. Without {@code -Afkguard.ddl} the files are build outputs, never stale.
   */
  public Optional<String> staleness(String fileName, String content) throws IOException {
    if (ddlPath == null) {
      return Optional.empty();
    }
    Path target = ddlPath.resolveSibling(fileName).toAbsolutePath();
    if (!Files.exists(target)) {
      return Optional.of(target + " is missing");
    }
    return Arrays.equals(Files.readAllBytes(target), content.getBytes(StandardCharsets.UTF_8))
        ? Optional.empty() : Optional.of(target + " is out of date");
  }

  /** Writes {@code fileName} beside the DDL; returns where it went, for the build log. */
  public String write(String fileName, String content) throws IOException {
    if (ddlPath != null) {
      Path target = ddlPath.resolveSibling(fileName).toAbsolutePath();
      if (target.getParent() != null) {
        Files.createDirectories(target.getParent());
      }
      byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
      if (!Files.exists(target) || !Arrays.equals(Files.readAllBytes(target), bytes)) {
        Files.write(target, bytes);
      }
      return target.toString();
    }
    FileObject resource = filer.createResource(StandardLocation.CLASS_OUTPUT, "", RESOURCE_DIR + fileName);
    try (Writer writer = new OutputStreamWriter(resource.openOutputStream(), StandardCharsets.UTF_8)) {
      writer.write(content);
    }
    return resource.toUri().toString();
  }
}
