package org.disputeregistry.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Whoever clones the repository has everything its files refer to: no file names a document kept
 * outside it, and every relative link of a Markdown file reaches a file (and heading) inside it.
 */
class RepositoryStandsAloneTest {

  private static final RepositoryFiles REPOSITORY =
      new RepositoryFiles(Path.of("").toAbsolutePath().getParent());

  /** Names of documents that live beside the repository, never in it (spelt so as not to match). */
  private static final List<String> OUTSIDE =
      List.of("../" + "shared", "DESIGN" + ".md", "NOTES" + "-ENV");

  private static final Pattern EXTERNAL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

  @Test
  void noFileMentionsADocumentOutsideTheRepository() {
    List<String> mentions = new ArrayList<>();
    for (Path file : REPOSITORY.textFiles()) {
      List<String> lines = REPOSITORY.read(file).lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        for (String outside : OUTSIDE) {
          if (lines.get(i).contains(outside)) {
            mentions.add(REPOSITORY.relative(file) + ":" + (i + 1) + " mentions " + outside);
          }
        }
      }
    }
    assertThat(mentions).as("say it in the repository's own docs/ instead").isEmpty();
  }

  @Test
  void everyRelativeMarkdownLinkReachesAFileOfTheRepository() {
    List<String> broken = new ArrayList<>();
    for (Path file : REPOSITORY.textFiles()) {
      String name = file.getFileName().toString();
      // An approved output of a test is a report as a program writes it elsewhere, links and all.
      if (name.endsWith(".md") && !name.contains(".approved.")) {
        MarkdownDocument document = new MarkdownDocument(REPOSITORY.read(file));
        for (String target : document.targets()) {
          String problem = problem(file, document, target);
          if (problem != null) {
            broken.add(REPOSITORY.relative(file) + ": (" + target + ") " + problem);
          }
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void theCheckFindsABrokenLinkAndALinkOutside() {
    Path readme = REPOSITORY.root().resolve("README.md");
    MarkdownDocument document =
        new MarkdownDocument("[a](docs/nothing-here.md) [b](../outside.md) [c](#no-such-heading)");

    assertThat(document.targets())
        .map(target -> problem(readme, document, target))
        .containsExactly("no such file", "outside the repository", "no such heading");
  }

  @Test
  void headingsGetGitHubsAnchors() {
    assertThat(MarkdownDocument.slug("Guarantees of the relay"))
        .isEqualTo("guarantees-of-the-relay");
    assertThat(MarkdownDocument.slug("Running: supervision, ports, logs"))
        .isEqualTo("running-supervision-ports-logs");
    assertThat(MarkdownDocument.slug("Administrative reconsideration (行政复议)"))
        .isEqualTo("administrative-reconsideration-行政复议");
  }

  /** Why a link of {@code file} does not resolve, or null if it does (or is not relative). */
  private static String problem(Path file, MarkdownDocument document, String target) {
    if (target.isEmpty() || EXTERNAL.matcher(target).matches()) {
      return null;
    }
    int hash = target.indexOf('#');
    String path = hash < 0 ? target : target.substring(0, hash);
    String anchor = hash < 0 ? null : target.substring(hash + 1);
    Path resolved =
        path.isEmpty()
            ? file
            : file.getParent().resolve(URI.create("x/" + path).getPath().substring(2)).normalize();
    if (!resolved.startsWith(REPOSITORY.root())) {
      return "outside the repository";
    }
    if (!Files.exists(resolved)) {
      return "no such file";
    }
    if (anchor != null && resolved.toString().endsWith(".md")) {
      MarkdownDocument linked =
          resolved.equals(file) ? document : new MarkdownDocument(REPOSITORY.read(resolved));
      if (!linked.hasAnchor(anchor)) {
        return "no such heading";
      }
    }
    return null;
  }
}
