package ipcbench.report.render;

import static ipcbench.report.render.Html.escape;

import ipcbench.report.claims.ClaimResult;
import ipcbench.report.claims.Evidence;
import ipcbench.report.precision.PrecisionRow;
import ipcbench.report.sections.DataTable;
import ipcbench.report.sections.Glance;
import ipcbench.report.sections.Section;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
                .append(escape(report.title())).append("</h1>\n<nav><a href=\"#").append(Glance.ID)
                .append("\">At a glance</a><a href=\"#").append(CLAIMS_ID).append("\">Claims</a>");
        report.sections().forEach(s -> sb.append("<a href=\"#").append(s.id()).append("\">").append(escape(s.title()))
                .append("</a>"));
        sb.append("</nav>\n</header>\n");
        glance(sb, report);
        claims(sb, report);
        report.sections().forEach(s -> section(sb, s, report.runs().size()));
        return sb.append("<script>\n").append(resource("sort.js")).append(resource("print.js"))
                .append("</script>\n</body>\n</html>\n").toString();
    }

    /**
     * The first screen: the machine, the round trips fastest first, each claim in a sentence with
     * its verdict, and the rows the rerun loop left unstable.
     */
    private static void glance(StringBuilder sb, Report report) {
        List<Glance> glances = report.runs().stream().map(Glance::of).toList();
        boolean many = glances.size() > 1;
        sb.append("<section id=\"").append(Glance.ID).append("\">\n<h2>At a glance</h2>\n");
        for (Glance g : glances) {
            sb.append("<p class=\"machine\">").append(many ? "<b>" + escape(g.run().label()) + "</b>: " : "")
                    .append(escape(g.machine())).append("</p>\n");
        }
        sb.append("<div class=\"glance").append(many ? " many" : "").append("\">\n");
        List<Section.Figure> figures = new ArrayList<>();
        for (Glance g : glances) {
            g.figure(Glance.ID + "-" + figures.size()).ifPresent(figures::add);
        }
        if (!figures.isEmpty()) {
            sb.append("<div class=\"figures\" style=\"--cols:").append(Math.min(figures.size(), 3)).append("\">\n");
            for (int i = 0; i < figures.size(); i++) {
                Section.Figure f = figures.get(i);
                sb.append("<figure class=\"chart\">").append(f.svg()).append("<figcaption>")
                        .append(escape(many ? glances.get(i).run().label() + ": " + f.caption() : f.caption()))
                        .append("</figcaption></figure>\n");
            }
            sb.append("</div>\n");
        }
        sb.append("<div class=\"findings\">\n<ul class=\"sentences\">\n");
        for (List<ClaimResult> perRun : report.claims()) {
            sb.append("<li>");
            if (perRun.size() == 1) {
                sb.append(verdict(perRun.get(0))).append(' ');
            }
            sb.append("<b>").append(escape(perRun.get(0).claim().text())).append("</b>");
            for (int i = 0; i < perRun.size(); i++) {
                ClaimResult r = perRun.get(i);
                sb.append(perRun.size() > 1 ? "<br>" + verdict(r) + " " : " ").append(escape(ClaimSentence.of(r,
                        on(report, i), report.runs().get(i).jmh().env())));
            }
            sb.append("</li>\n");
        }
        sb.append("</ul>\n");
        if (glances.stream().anyMatch(g -> !g.unstable().isEmpty())) {
            sb.append("<h3>Unstable rows</h3>\n<ul class=\"unstable-rows\">\n");
            for (Glance g : glances) {
                for (PrecisionRow p : g.unstable()) {
                    sb.append("<li>").append(Html.badge(escape(p.mark()))).append(' ')
                            .append(escape(ClaimText.unstable(p, g.run(), many))).append("</li>\n");
                }
            }
            sb.append("</ul>\n");
        }
        sb.append("</div>\n</div>\n</section>\n");
    }

    /** "On this machine", or with several runs "On full-run". */
    static String on(Report report, int run) {
        return report.runs().size() > 1 ? "On " + report.runs().get(run).label() : "On this machine";
    }

    private static String verdict(ClaimResult r) {
        return "<span class=\"verdict " + ClaimText.cssClass(r.outcome()) + "\">" + escape(r.outcome().text()) + "</span>";
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
