package ipcbench.report.render;

import ipcbench.bench.run.RunDirectory;
import ipcbench.report.claims.ClaimResult;
import ipcbench.report.claims.Evidence;
import ipcbench.report.sections.DataTable;
import ipcbench.report.sections.LoadedRun;
import ipcbench.report.sections.Section;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code summary.md}: the verdicts and the key tables, for a CI job summary or a pull request. */
public final class MarkdownSummary {
    /** Sections whose tables are short and say the most; the rest stay in report.html. */
    private static final Set<String> KEY_SECTIONS = Set.of("round-trip", "ratios", "server-models", "protocols");
    private static final List<String> ENV_KEYS = List.of("cpuModel", "cores", "kernel", "jdkVendor", "jdkVersion",
            "profile", "gitCommit", "utcTimestamp");

    private MarkdownSummary() {
    }

    public static String render(Report report) {
        StringBuilder sb = new StringBuilder("# ").append(report.title()).append("\n\n");
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
