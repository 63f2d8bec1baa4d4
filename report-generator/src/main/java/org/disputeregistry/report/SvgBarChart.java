package org.disputeregistry.report;

import java.util.List;
import java.util.Locale;

/**
 * A grouped bar chart as standalone SVG: categories along the x axis, one bar per series. Small on
 * purpose: the report needs a handful of charts, not a charting library.
 */
final class SvgBarChart {

  record Series(String name, List<Long> values, String colour) {}

  private static final int WIDTH = 720;
  private static final int HEIGHT = 320;
  private static final int LEFT = 64;
  private static final int RIGHT = 16;
  private static final int TOP = 48;
  private static final int BOTTOM = 40;
  private static final String FONT =
      "font-family=\"'Noto Sans CJK SC','WenQuanYi Zen Hei','Microsoft YaHei',sans-serif\"";

  private SvgBarChart() {}

  static String render(String title, List<String> categories, List<Series> series) {
    long max = series.stream().flatMap(s -> s.values().stream()).mapToLong(v -> v).max().orElse(0);
    long step = niceStep(max);
    long top = Math.max(step, ((max + step - 1) / step) * step);
    double plotWidth = WIDTH - LEFT - RIGHT;
    double plotHeight = HEIGHT - TOP - BOTTOM;
    double groupWidth = plotWidth / Math.max(1, categories.size());
    double barWidth = groupWidth * 0.8 / Math.max(1, series.size());

    StringBuilder svg = new StringBuilder();
    svg.append(
            String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\""
                    + " height=\"%d\" role=\"img\" aria-label=\"%s\" %s font-size=\"12\">%n",
                WIDTH,
                HEIGHT,
                WIDTH,
                HEIGHT,
                escape(title),
                FONT))
        .append("<title>")
        .append(escape(title))
        .append("</title>\n")
        .append(
            String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"20\" font-size=\"15\" font-weight=\"bold\">%s</text>%n",
                LEFT,
                escape(title)));

    for (long tick = 0; tick <= top; tick += step) {
      double y = TOP + plotHeight - plotHeight * tick / top;
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                  + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#555\">%,d</text>%n",
              LEFT,
              y,
              WIDTH - RIGHT,
              y,
              LEFT - 6,
              y + 4,
              tick));
    }

    for (int c = 0; c < categories.size(); c++) {
      double groupX = LEFT + c * groupWidth + groupWidth * 0.1;
      for (int s = 0; s < series.size(); s++) {
        long value = series.get(s).values().get(c);
        double height = plotHeight * value / top;
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                    + "<title>%s, %s: %,d</title></rect>%n",
                groupX + s * barWidth,
                TOP + plotHeight - height,
                barWidth,
                height,
                series.get(s).colour(),
                escape(categories.get(c)),
                escape(series.get(s).name()),
                value));
      }
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#333\">%s</text>%n",
              LEFT + c * groupWidth + groupWidth / 2,
              HEIGHT - BOTTOM + 18,
              escape(categories.get(c))));
    }

    double legendX = WIDTH - RIGHT - 150.0 * series.size();
    for (int s = 0; s < series.size(); s++) {
      double x = legendX + 150.0 * s;
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"30\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                  + "<text x=\"%.1f\" y=\"40\">%s</text>%n",
              x,
              series.get(s).colour(),
              x + 16,
              escape(series.get(s).name())));
    }
    return svg.append("</svg>\n").toString();
  }

  /** 1, 2 or 5 times a power of ten, giving about four gridlines. */
  static long niceStep(long max) {
    if (max <= 4) {
      return 1;
    }
    double raw = max / 4.0;
    long magnitude = (long) Math.pow(10, Math.floor(Math.log10(raw)));
    for (long factor : new long[] {1, 2, 5, 10}) {
      if (factor * magnitude >= raw) {
        return factor * magnitude;
      }
    }
    return 10 * magnitude;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
