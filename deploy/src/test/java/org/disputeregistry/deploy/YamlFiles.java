package org.disputeregistry.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads YAML files of the repository as plain maps and lists. */
final class YamlFiles {

  private YamlFiles() {}

  /** Every document of the file, in order (a file of Kubernetes manifests holds several). */
  static List<Object> documents(Path file) {
    try (Reader reader = Files.newBufferedReader(file)) {
      List<Object> documents = new ArrayList<>();
      for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(reader)) {
        if (document != null) {
          documents.add(document);
        }
      }
      return documents;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The documents of the file that are mappings (all of them, in a manifest). */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> mappings(Path file) {
    return documents(file).stream()
        .filter(Map.class::isInstance)
        .map(document -> (Map<String, Object>) document)
        .toList();
  }

  /** Every .yaml or .yml file under the folder, build output excluded. */
  static List<Path> under(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
          .filter(file -> !folder.relativize(file).startsWith("target"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The value at the path of keys (list elements by index), or null where it stops. */
  @SuppressWarnings("unchecked")
  static <T> T at(Object node, Object... path) {
    Object current = node;
    for (Object step : path) {
      if (current instanceof Map<?, ?> map) {
        current = map.get(step);
      } else if (current instanceof List<?> list && step instanceof Integer index) {
        current = index < list.size() ? list.get(index) : null;
      } else {
        return null;
      }
    }
    return (T) current;
  }

  /** The list at the path, empty where there is none. */
  static List<Map<String, Object>> listAt(Object node, Object... path) {
    List<Map<String, Object>> list = at(node, path);
    return list == null ? List.of() : list;
  }

  /** The list of strings at the path, empty where there is none. */
  static List<String> strings(Object node, Object... path) {
    List<String> list = at(node, path);
    return list == null ? List.of() : list;
  }
}
