package org.qinglian.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The compiled top-level classes of the model module, for tests that must cover them all. */
public final class ModelClasses {

  private ModelClasses() {}

  public static List<Class<?>> all() {
    try {
      Path root = Path.of(GovernanceRecord.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      try (Stream<Path> files = Files.walk(root)) {
        return files
            .filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$"))
            .map(p -> root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", ""))
            .filter(name -> !name.endsWith("package-info") && !name.equals("module-info"))
            .sorted()
            .map(ModelClasses::load)
            .collect(Collectors.toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
