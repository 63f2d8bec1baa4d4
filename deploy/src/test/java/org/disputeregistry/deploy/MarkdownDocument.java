package org.disputeregistry.deploy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * A Markdown file as a reader follows it: the targets of its links and images (code blocks and code
 * spans excluded, as they are not links) and the anchors its headings get on GitHub.
 */
final class MarkdownDocument {

  private static final Parser PARSER = Parser.builder().build();

  private final List<String> targets = new ArrayList<>();
  private final Set<String> anchors = new HashSet<>();

  MarkdownDocument(String markdown) {
    Map<String, Integer> seen = new HashMap<>();
    PARSER
        .parse(markdown)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Link link) {
                targets.add(link.getDestination());
                visitChildren(link);
              }

              @Override
              public void visit(Image image) {
                targets.add(image.getDestination());
              }

              @Override
              public void visit(Heading heading) {
                String slug = slug(text(heading));
                int n = seen.merge(slug, 1, Integer::sum);
                anchors.add(n == 1 ? slug : slug + "-" + (n - 1));
              }
            });
  }

  List<String> targets() {
    return targets;
  }

  boolean hasAnchor(String anchor) {
    return anchors.contains(anchor);
  }

  /** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
  static String slug(String heading) {
    StringBuilder slug = new StringBuilder();
    heading
        .strip()
        .toLowerCase(Locale.ROOT)
        .codePoints()
        .forEach(
            c -> {
              if (c == ' ') {
                slug.append('-');
              } else if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                slug.appendCodePoint(c);
              }
            });
    return slug.toString();
  }

  private static String text(Node node) {
    StringBuilder text = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text t) {
            text.append(t.getLiteral());
          }

          @Override
          public void visit(Code code) {
            text.append(code.getLiteral());
          }
        });
    return text.toString();
  }
}
