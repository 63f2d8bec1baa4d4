package org.disputeregistry.report;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Writes the statistics section of the annual report from the yearly totals: Markdown from a
 * template per language, HTML from that Markdown with the charts inlined and print styles.
 */
public final class ReportRenderer {

  private static final List<Extension> MARKDOWN_EXTENSIONS = List.of(TablesExtension.create());
  private static final Mustache.Compiler MUSTACHE =
      Mustache.compiler().escapeHTML(false).strictSections(true);

  private final Template page = template("report.html.mustache");
  private final Map<Language, Template> sections = new LinkedHashMap<>();

  public ReportRenderer() {
    for (Language language : Language.values()) {
      sections.put(language, template("report." + language.code() + ".md.mustache"));
    }
  }

  public RenderedReport render(AnnualTotals totals, Language lang) {
    Map<String, String> charts = new LinkedHashMap<>();
    Map<String, String> chartPaths = new LinkedHashMap<>();
    ReportCharts.of(totals, lang)
        .forEach(
            (name, svg) -> {
              String path = "charts/" + name + "." + lang.code() + ".svg";
              charts.put(path, svg);
              chartPaths.put(name, path);
            });
    String markdown = sections.get(lang).execute(ReportContext.of(totals, lang, chartPaths));
    return new RenderedReport(lang, markdown, html(markdown, charts, lang, totals), charts);
  }

  private String html(
      String markdown, Map<String, String> charts, Language lang, AnnualTotals totals) {
    Node document = Parser.builder().extensions(MARKDOWN_EXTENSIONS).build().parse(markdown);
    String body =
        HtmlRenderer.builder()
            .extensions(MARKDOWN_EXTENSIONS)
            .nodeRendererFactory(context -> new InlineCharts(context, charts))
            .build()
            .render(document);
    return page.execute(
        Map.of(
            "lang",
            lang == Language.ZH ? "zh-CN" : "en",
            "title",
            lang.label(
                totals.district().zh() + totals.year() + "年矛盾纠纷化解工作统计",
                totals.district().en() + " " + totals.year() + ": dispute resolution statistics"),
            "body",
            body));
  }

  /** Puts a chart's SVG where the Markdown links it, so the HTML needs no other file. */
  private static final class InlineCharts implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final Map<String, String> charts;

    InlineCharts(HtmlNodeRendererContext context, Map<String, String> charts) {
      this.context = context;
      this.charts = charts;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(Image.class);
    }

    @Override
    public void render(Node node) {
      Image image = (Image) node;
      String svg = charts.get(image.getDestination());
      if (svg == null) {
        throw new IllegalStateException(
            "The report links an unknown chart " + image.getDestination());
      }
      context.getWriter().raw("<span class=\"chart\">" + svg + "</span>");
    }
  }

  private static Template template(String name) {
    try (InputStream in = ReportRenderer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing template " + name);
      }
      return MUSTACHE.compile(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
