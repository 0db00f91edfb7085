package ipcbench.report.render;

import ipcbench.bench.cli.EnvInfo;
import ipcbench.bench.run.RunDirectory;
import ipcbench.report.claims.ClaimResult;
import ipcbench.report.claims.Evidence;
import ipcbench.report.sections.DataTable;
import ipcbench.report.sections.Glance;
import ipcbench.report.sections.LoadedRun;
import ipcbench.report.sections.Section;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code summary.md}: at a glance (the machine, the round trips fastest first, each claim in a
 * sentence with its verdict, the unstable rows), then the verdicts with their figures and the key
 * tables, for a CI job summary or a pull request.
 */
public final class MarkdownSummary {
    /** Sections whose tables are short and say the most; the rest stay in report.html. */
    private static final Set<String> KEY_SECTIONS = Set.of("round-trip", "ratios", "server-models", "protocols");
    /**
     * What tells runs apart at a glance; arch too, as one report may hold x86 and arm machines; and
     * a test-only delay, which makes a run no measurement.
     */
    private static final List<String> ENV_KEYS = List.of("cpuModel", "cores", "arch", "kernel", "jdkVendor",
            "jdkVersion", "profile", EnvInfo.INJECTED_DELAY, "gitCommit", "utcTimestamp");

    private MarkdownSummary() {
    }

    public static String render(Report report) {
        StringBuilder sb = new StringBuilder("# ").append(report.title()).append("\n\n");
        glance(sb, report);
        sb.append("## Environment\n\n");
        for (LoadedRun run : report.runs()) {
            sb.append("- **").append(run.label()).append("**: ").append(environment(run.jmh().env())).append('\n');
        }
        sb.append("\n## Claims\n\n").append(ClaimText.rule()).append("\n\n");
        for (List<ClaimResult> perRun : report.claims()) {
            sb.append("**").append(perRun.get(0).claim().text()).append("**\n\n");
            for (int i = 0; i < perRun.size(); i++) {
                ClaimResult r = perRun.get(i);
                sb.append("- ").append(verdict(r));
                if (report.runs().size() > 1) {
                    sb.append(" on ").append(report.runs().get(i).label());
                }
                sb.append('\n');
                if (r.evidence().isEmpty() && r.untested().isEmpty()) {
                    sb.append("  - ").append(ClaimText.noEvidence(r.claim())).append('\n');
                }
                for (Evidence e : r.evidence()) {
                    sb.append("  - ").append(ClaimText.evidence(r.claim(), e)).append('\n');
                }
                for (String why : r.untested()) {
                    sb.append("  - ").append(ClaimText.untested(why)).append('\n');
                }
            }
            sb.append('\n');
        }
        for (Section s : report.sections()) {
            if (KEY_SECTIONS.contains(s.id())) {
                sb.append("## ").append(s.title()).append("\n\n").append(s.intro()).append("\n\n");
                for (DataTable t : s.tables()) {
                    sb.append(t.grid().markdown()).append('\n');
                }
            }
        }
        return sb.append("Charts, percentiles and every number: ").append(RunDirectory.REPORT_HTML)
                .append(" beside this file.\n").toString();
    }

    private static void glance(StringBuilder sb, Report report) {
        List<Glance> glances = report.runs().stream().map(Glance::of).toList();
        boolean many = glances.size() > 1;
        sb.append("## At a glance\n\n");
        for (Glance g : glances) {
            sb.append(many ? "**" + g.run().label() + "**: " : "").append(g.machine()).append("\n\n");
            if (!g.bars().isEmpty()) {
                sb.append(g.caption()).append("\n\n").append(g.table().markdown()).append('\n');
            }
        }
        for (List<ClaimResult> perRun : report.claims()) {
            sb.append("- ").append(perRun.size() == 1 ? verdict(perRun.get(0)) + " " : "").append("**")
                    .append(perRun.get(0).claim().text()).append("**");
            for (int i = 0; i < perRun.size(); i++) {
                ClaimResult r = perRun.get(i);
                sb.append(perRun.size() > 1 ? "\n  - " + verdict(r) + ": " : " ").append(ClaimSentence.of(r,
                        HtmlPage.on(report, i), report.runs().get(i).jmh().env()));
            }
            sb.append('\n');
        }
        sb.append('\n');
        if (glances.stream().anyMatch(g -> !g.unstable().isEmpty())) {
            sb.append("Unstable rows (").append(RunDirectory.PRECISION_JSON).append("):\n\n");
            for (Glance g : glances) {
                g.unstable().forEach(p -> sb.append("- ⚠️ ").append(p.mark()).append(": ")
                        .append(ClaimText.unstable(p, g.run(), many)).append('\n'));
            }
            sb.append('\n');
        }
    }

    private static String verdict(ClaimResult r) {
        String text = r.outcome().text();
        switch (r.outcome()) {
            case SUPPORTED: return "✅ " + text;
            case NOT_SUPPORTED: return "❌ " + text;
            case INCONCLUSIVE: return "❔ " + text;
            default: return "➖ " + text;
        }
    }

    private static String environment(Map<String, String> env) {
        if (env.isEmpty()) {
            return "no " + RunDirectory.ENV_JSON;
        }
        return String.join(", ", ENV_KEYS.stream().filter(env::containsKey).map(k -> k + " " + env.get(k)).toList());
    }
}
