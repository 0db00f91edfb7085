package ipcbench.report.render;

import static ipcbench.report.render.Html.escape;

import ipcbench.report.claims.ClaimResult;
import ipcbench.report.claims.Evidence;
import ipcbench.report.sections.DataTable;
import ipcbench.report.sections.Section;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code report.html}: one self-contained file. Styles, the sorting script and the charts (SVG)
 * are all inline, so that it opens anywhere, offline, and prints.
 */
public final class HtmlPage {
    static final String CLAIMS_ID = "claims";

    private HtmlPage() {
    }

    public static String render(Report report) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(report.title())).append("</title>\n<style>\n")
                .append(resource("report.css")).append("</style>\n</head>\n<body>\n<header>\n<h1>")
                .append(escape(report.title())).append("</h1>\n<nav><a href=\"#").append(CLAIMS_ID).append("\">Claims</a>");
        report.sections().forEach(s -> sb.append("<a href=\"#").append(s.id()).append("\">").append(escape(s.title()))
                .append("</a>"));
        sb.append("</nav>\n</header>\n");
        claims(sb, report);
        report.sections().forEach(s -> section(sb, s, report.runs().size()));
        return sb.append("<script>\n").append(resource("sort.js")).append(resource("print.js"))
                .append("</script>\n</body>\n</html>\n").toString();
    }

    private static void claims(StringBuilder sb, Report report) {
        sb.append("<section id=\"").append(CLAIMS_ID).append("\">\n<h2>Claims</h2>\n<p class=\"intro\">")
                .append(escape(ClaimText.rule())).append("</p>\n");
        for (List<ClaimResult> perRun : report.claims()) {
            sb.append("<div class=\"claim\"><h3>").append(escape(perRun.get(0).claim().text())).append("</h3>\n");
            for (int i = 0; i < perRun.size(); i++) {
                ClaimResult r = perRun.get(i);
                String verdict = "<span class=\"verdict " + ClaimText.cssClass(r.outcome()) + "\">"
                        + escape(r.outcome().text()) + "</span>"
                        + (report.runs().size() > 1 ? " on " + escape(report.runs().get(i).label()) : "");
                if (r.evidence().isEmpty() && r.untested().isEmpty()) {
                    sb.append("<p>").append(verdict).append(": ").append(escape(ClaimText.noEvidence(r.claim())))
                            .append("</p>\n");
                    continue;
                }
                // The verdict and its count of rows on one line; the rows, long lines of parameters, folded.
                sb.append("<details><summary>").append(verdict).append(" · ").append(escape(ClaimText.rowCounts(r)))
                        .append("</summary>\n<ul>");
                for (Evidence e : r.evidence()) {
                    sb.append("<li>").append(escape(ClaimText.evidence(r.claim(), e))).append("</li>");
                }
                for (String why : r.untested()) {
                    sb.append("<li>").append(escape(ClaimText.untested(why))).append("</li>");
                }
                sb.append("</ul></details>\n");
            }
            sb.append("</div>\n");
        }
        sb.append("</section>\n");
    }

    private static void section(StringBuilder sb, Section s, int runs) {
        sb.append("<section id=\"").append(s.id()).append("\">\n<h2>").append(escape(s.title())).append("</h2>\n")
                .append("<p class=\"intro\">").append(escape(s.intro())).append("</p>\n");
        if (!s.figures().isEmpty()) {
            // Several runs: their charts of one kind sit side by side, one column per run.
            sb.append("<div class=\"figures\" style=\"--cols:").append(Math.min(runs, 3)).append("\">\n");
            for (Section.Figure f : s.figures()) {
                sb.append("<figure class=\"chart\">").append(f.svg()).append("<figcaption>").append(escape(f.caption()))
                        .append("</figcaption></figure>\n");
            }
            sb.append("</div>\n");
        }
        for (DataTable t : s.tables()) {
            sb.append(t.folded() ? Html.folded(t.caption(), t.grid()) : Html.table(t.caption(), t.grid()));
        }
        sb.append("</section>\n");
    }

    private static String resource(String name) {
        try (InputStream in = HtmlPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
