package ipcbench.report.gate;

import ipcbench.report.compare.ComparedRun;
import ipcbench.report.text.Numbers;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** A {@link GateStudy} as Markdown: what was compared, the rates against the targets, then per row and per comparison. */
public final class StudyMarkdown {
    /** Comparisons listed at most per kind. */
    static final int LISTED = 100;

    private StudyMarkdown() {
    }

    public static String render(GateStudy s) {
        StringBuilder md = new StringBuilder("# Gate study\n\n");
        runs(md, "A", "the commit as it is", s.a());
        if (s.delay() != null) {
            runs(md, "B", "`" + s.delay() + "`: " + s.delay().transport() + "'s daemons busy-wait " + s.delay().nanos()
                    + " ns before each response", s.b());
        }
        md.append("Each side pools ").append(s.rounds()).append(" run(s), as bench.yml pools its rounds; tests at alpha ")
                .append(s.alpha()).append(", --samples ").append(lower(s.unit())).append(" (the rows were tested on ")
                .append(s.unitsTested().stream().map(StudyMarkdown::lower).collect(Collectors.joining(", ")))
                .append("). A/A: every split of the A runs into two disjoint sides, the side with the"
                        + " earlier run old (").append(s.aa().size()).append("; they share runs, so they are not"
                        + " independent); those marked *bench.yml* are the interleaved blocks bench.yml would make"
                        + " (A1+A3 against A2+A4, ...), which share none.");
        if (!s.ab().isEmpty()) {
            md.append(" A/B: every side of A runs against every side of B runs (").append(s.ab().size()).append(").");
        }
        if (!s.informational().isEmpty()) {
            md.append(" Rows of ").append(String.join(", ", s.informational()))
                    .append(" are informational (compare's --informational): compared, never failing the gate.");
        }
        md.append("\n\n");
        summary(md, s);
        rows(md, s, "A/A per row: how often each fails the gate (a false alarm)", s.aa());
        if (!s.ab().isEmpty()) {
            rows(md, s, "A/B per row: how often each fails the gate (" + s.delay().transport() + "'s rows should)", s.ab());
        }
        comparisons(md, s, "A/A comparisons", s.aa(), "A");
        if (!s.ab().isEmpty()) {
            comparisons(md, s, "A/B comparisons", s.ab(), "B");
        }
        return md.toString();
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static void runs(StringBuilder md, String letter, String what, List<ComparedRun> runs) {
        md.append("**").append(letter).append(" runs** (").append(what).append("), in the order they ran:\n\n");
        for (int i = 0; i < runs.size(); i++) {
            md.append("- ").append(letter).append(i + 1).append(": `").append(runs.get(i).jmh().source()).append("`\n");
        }
        md.append('\n');
    }

    private static void summary(StringBuilder md, GateStudy s) {
        md.append("## Summary\n\n|  |");
        s.thresholds().forEach(t -> md.append(" threshold ").append(Numbers.percent(t)).append(" |"));
        md.append("\n|---|").append("---:|".repeat(s.thresholds().size())).append('\n');
        List<GateStudy.Compared> workflow = s.aa().stream().filter(GateStudy.Compared::independent).toList();
        line(md, s, "A/A comparisons failing the gate (false alarms)", t -> share(count(s.aa(), c -> c.gateFailures(t) > 0),
                s.aa().size()));
        line(md, s, "A/A rows failing the gate per comparison (the issue's target: at most 1 in 20, 0.05)",
                t -> String.format(Locale.ROOT, "%.3f", rowFailures(s.aa(), t) / (double) Math.max(1, s.aa().size())));
        line(md, s, "A/A as bench.yml makes them, failing the gate", t -> share(count(workflow, c -> c.gateFailures(t) > 0),
                workflow.size()));
        if (!s.ab().isEmpty()) {
            String transport = s.delay().transport();
            line(md, s, "A/B comparisons where a " + transport + " row fails the gate (caught)",
                    t -> share(count(s.ab(), c -> caught(s, c, t) > 0), s.ab().size()));
            line(md, s, "A/B comparisons where every " + transport + " row fails the gate",
                    t -> share(count(s.ab(), c -> caught(s, c, t) == delayedRows(s, c)), s.ab().size()));
            line(md, s, "A/B comparisons where another row fails the gate",
                    t -> share(count(s.ab(), c -> c.gateFailures(t) > caught(s, c, t)), s.ab().size()));
        }
        md.append('\n');
    }

    private static void rows(StringBuilder md, GateStudy s, String title, List<GateStudy.Compared> comparisons) {
        md.append("## ").append(title).append("\n\n| row | comparisons | mean change | significant | significant"
                + " regression | largest |");
        s.thresholds().forEach(t -> md.append(" fails at ").append(Numbers.percent(t)).append(" |"));
        md.append("\n|---|---:|---:|---:|---:|---:|").append("---:|".repeat(s.thresholds().size())).append('\n');
        for (Map.Entry<GateStudy.RowKey, GateStudy.RowTally> e : s.tallies(comparisons).entrySet()) {
            GateStudy.RowTally tally = e.getValue();
            md.append("| ").append(s.delayed(e.getKey()) ? "**delayed** " : "").append(e.getKey().describe())
                    .append(" | ").append(tally.comparisons()).append(" | ").append(Numbers.signedPercent(tally.meanChange()))
                    .append(" | ").append(tally.significant()).append(" | ").append(tally.regressions()).append(" | ")
                    .append(tally.regressions() == 0 ? "-" : Numbers.signedPercent(tally.largestRegression())).append(" |");
            for (int t = 0; t < s.thresholds().size(); t++) {
                md.append(' ').append(tally.failures(t)).append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
    }

    /**
     * One line per comparison worth reading (its sides: old always A runs, new {@code newLetter}'s; its
     * significant and failing rows): bench.yml's own, and those where the gate did not do its job at
     * some threshold (an A/A failing; an A/B missing the delayed rows or failing another). At most
     * {@link #LISTED}: with 8 rounds a study has thousands of comparisons.
     */
    private static void comparisons(StringBuilder md, GateStudy s, String title, List<GateStudy.Compared> comparisons,
                                    String newLetter) {
        boolean ab = newLetter.equals("B");
        IntFunction<Predicate<GateStudy.Compared>> wrongAt = t -> ab
                ? c -> caught(s, c, t) == 0 || c.gateFailures(t) > caught(s, c, t)
                : c -> c.gateFailures(t) > 0;
        List<GateStudy.Compared> notable = Stream.concat(comparisons.stream().filter(GateStudy.Compared::independent),
                comparisons.stream().filter(c -> !c.independent()
                        && IntStream.range(0, s.thresholds().size()).anyMatch(t -> wrongAt.apply(t).test(c)))).toList();
        md.append("## ").append(title).append("\n\n");
        md.append(notable.size() == comparisons.size() ? "All " + comparisons.size() + "."
                : Math.min(notable.size(), LISTED) + " of " + comparisons.size() + ": " + (ab ? "" : "bench.yml's own and ")
                        + (ab ? "those where a delayed row was missed or another row failed the gate"
                                : "those failing the gate") + " at some threshold"
                        + (notable.size() > LISTED ? " (the first " + LISTED + " of " + notable.size() + ")" : "")
                        + "; every other " + (ab ? "caught a delayed row and failed no other" : "passed") + ".");
        md.append("\n\n| old | new | significant rows |");
        if (ab) {
            md.append(' ').append(s.delay().transport()).append(" rows: change (p) |");
        }
        s.thresholds().forEach(t -> md.append(" failing at ").append(Numbers.percent(t)).append(" |"));
        md.append("\n|---|---|---:|").append(ab ? "---|" : "").append("---|".repeat(s.thresholds().size())).append('\n');
        for (GateStudy.Compared c : notable.subList(0, Math.min(notable.size(), LISTED))) {
            md.append("| ").append(label("A", c.old())).append(" | ").append(label(newLetter, c.neu()))
                    .append(c.independent() ? " (*bench.yml*)" : "").append(" | ").append(c.significant()).append(" |");
            if (ab) {
                md.append(' ').append(c.rows().stream().filter(r -> s.delayed(r.key()))
                        .map(r -> Numbers.signedPercent(r.change()) + " (" + pValue(r.pValue()) + ")")
                        .collect(Collectors.joining(", "))).append(" |");
            }
            for (int t = 0; t < s.thresholds().size(); t++) {
                long failing = c.gateFailures(t);
                md.append(' ').append(failing == 0 ? "pass" : "**FAIL** " + failing + " row(s)");
                if (ab && failing > 0) {
                    md.append(" (").append(caught(s, c, t)).append(" delayed)");
                }
                md.append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
    }

    /** The delayed transport's rows of an A/B comparison that fail the gate at threshold {@code t}. */
    private static long caught(GateStudy s, GateStudy.Compared c, int t) {
        return c.rows().stream().filter(r -> s.delayed(r.key()) && r.failsGate().get(t)).count();
    }

    private static long delayedRows(GateStudy s, GateStudy.Compared c) {
        return c.rows().stream().filter(r -> s.delayed(r.key())).count();
    }

    private static long rowFailures(List<GateStudy.Compared> comparisons, int t) {
        return comparisons.stream().mapToLong(c -> c.gateFailures(t)).sum();
    }

    private static long count(List<GateStudy.Compared> comparisons, Predicate<GateStudy.Compared> which) {
        return comparisons.stream().filter(which).count();
    }

    private static String share(long count, int of) {
        return count + " of " + of + (of == 0 ? "" : " (" + Numbers.percent(count / (double) of) + ")");
    }

    private static String pValue(double p) {
        return Double.isNaN(p) ? "untested" : "p=" + Numbers.pValue(p);
    }

    private static String label(String letter, List<Integer> runs) {
        return runs.stream().map(i -> letter + (i + 1)).collect(Collectors.joining("+"));
    }

    /** A summary line: its label, then one cell per threshold. */
    private static void line(StringBuilder md, GateStudy s, String label, IntFunction<String> cell) {
        md.append("| ").append(label).append(" |");
        for (int t = 0; t < s.thresholds().size(); t++) {
            md.append(' ').append(cell.apply(t)).append(" |");
        }
        md.append('\n');
    }
}
