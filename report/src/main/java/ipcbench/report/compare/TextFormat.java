package ipcbench.report.compare;

import static ipcbench.report.text.Grid.left;
import static ipcbench.report.text.Grid.right;

import ipcbench.report.stats.WelchTest;
import ipcbench.report.text.Grid;
import ipcbench.report.text.Numbers;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The terminal and Markdown renderings of a comparison: the same cells, laid out two ways. */
final class TextFormat {
    private final boolean markdown;
    private final StringBuilder out = new StringBuilder();

    TextFormat(boolean markdown) {
        this.markdown = markdown;
    }

    String render(Comparison c) {
        Settings s = c.settings();
        heading("Benchmark comparison");
        line("old: " + String.join(", ", c.oldSources()));
        line("new: " + String.join(", ", c.newSources()));
        for (String w : c.envWarnings()) {
            line((markdown ? "**Warning:** " : "WARNING: ") + w);
        }
        line("Welch's t-test on " + samples(s.unit()) + ", alpha " + s.alpha() + "; ± is the "
                + Numbers.percent(s.confidence()) + " confidence interval; ~ means no significant change; "
                + "the gate fails on a significant regression beyond " + Numbers.percent(s.threshold())
                + (s.informational().isEmpty() ? "" : " (rows of " + String.join(", ", s.informational())
                        + " are informational: compared, not gated)") + ".");
        if (c.tables().stream().anyMatch(t -> t.statistic().isTail())) {
            line("Tails (p99, p99.9 tables): old and new are the medians of each fork's percentile (load: of each"
                    + " interval's), tested with the Mann-Whitney U test; they count for the gate like the means.");
        }
        for (Table t : c.tables()) {
            heading(t.benchmark() + " · " + t.mode() + " · " + t.unit()
                    + (t.statistic().isTail() ? " · " + t.statistic().label() : "")
                    + (t.lowerIsBetter() ? " (lower is better)" : " (higher is better)"));
            Grid grid = grid(t, s);
            out.append(markdown ? grid.markdown() : grid.text());
        }
        oneSided("Only in old", c.onlyOld());
        oneSided("Only in new", c.onlyNew());
        long failures = c.gateFailures();
        String verdict = failures == 0
                ? "No significant regression beyond " + Numbers.percent(s.threshold()) + "."
                : failures + " significant regression(s) beyond " + Numbers.percent(s.threshold()) + ".";
        out.append('\n');
        line(markdown ? "**" + verdict + "**" : verdict);
        return out.toString();
    }

    private Grid grid(Table t, Settings s) {
        Set<String> keys = new LinkedHashSet<>();
        t.rows().forEach(r -> keys.addAll(r.params().keySet()));
        // a median (of tails) has no interval: no ± columns
        boolean withCi = !t.statistic().isTail();
        List<Grid.Column> columns = new ArrayList<>();
        if (keys.isEmpty()) {
            columns.add(left("params"));
        }
        keys.forEach(k -> columns.add(left(k)));
        columns.addAll(sides(withCi, right("old"), right("±"), right("new"), right("±")));
        columns.addAll(List.of(right("delta"), left("p (n)"), left("note")));
        Grid grid = new Grid(columns);
        for (Row r : t.rows()) {
            List<String> cells = new ArrayList<>();
            if (keys.isEmpty()) {
                cells.add("-");
            }
            keys.forEach(k -> cells.add(r.params().getOrDefault(k, "-")));
            cells.addAll(sides(withCi, Numbers.value(r.old().value()), ci(r.old()), Numbers.value(r.neu().value()),
                    ci(r.neu())));
            cells.addAll(List.of(delta(r), test(r), note(r, s, t.statistic())));
            grid.add(cells);
        }
        List<String> geomean = new ArrayList<>();
        geomean.add("geomean");
        for (int i = 1; i < Math.max(1, keys.size()); i++) {
            geomean.add("");
        }
        geomean.addAll(sides(withCi, Numbers.value(t.geomeanOld()), "", Numbers.value(t.geomeanNew()), ""));
        geomean.addAll(List.of(Numbers.signedPercent(t.geomeanChange()), "", ""));
        return grid.add(geomean);
    }

    /** Old and new, each followed by its confidence interval when there is one. */
    private static <T> List<T> sides(boolean withCi, T old, T oldCi, T neu, T newCi) {
        return withCi ? List.of(old, oldCi, neu, newCi) : List.of(old, neu);
    }

    private static String ci(Center c) {
        return "± " + Numbers.percent(c.relativeHalfWidth());
    }

    private static String delta(Row r) {
        return switch (r.verdict()) {
            case NO_CHANGE -> "~";
            case TOO_FEW_SAMPLES -> "?";
            default -> Numbers.signedPercent(r.change());
        };
    }

    private static String test(Row r) {
        String n = "n=" + r.old().n() + "+" + r.neu().n() + switch (r.unit()) {
            case RUNS -> " runs";
            case FORKS -> " forks";
            case INTERVALS -> " intervals";
            default -> "";
        };
        return Double.isNaN(r.pValue()) ? n : "p=" + Numbers.pValue(r.pValue()) + " " + n;
    }

    private static String note(Row r, Settings s, Statistic statistic) {
        return switch (r.verdict()) {
            case IMPROVEMENT -> "improvement";
            case REGRESSION -> r.failsGate()
                    ? "REGRESSION beyond " + Numbers.percent(s.threshold())
                    : Math.abs(r.change()) > s.threshold()
                            ? "regression beyond " + Numbers.percent(s.threshold()) + " (informational: not gated)"
                            : "regression within " + Numbers.percent(s.threshold());
            case NO_CHANGE -> "";
            case TOO_FEW_SAMPLES -> "too few samples to test (need " + statistic.minSamples()
                    + " per side); change " + Numbers.signedPercent(r.change());
        };
    }

    private static String samples(SampleUnit unit) {
        return switch (unit) {
            case AUTO -> "run means where both sides have " + WelchTest.MIN_SAMPLES + " runs or more (n ... runs),"
                    + " else fork means where both have " + WelchTest.MIN_SAMPLES
                    + " forks or more (n ... forks), else per-iteration samples";
            case RUNS -> "run means (each run's mean of its forks)";
            case FORKS -> "fork means";
            case ITERATIONS -> "per-iteration samples";
            case INTERVALS -> throw new IllegalArgumentException("not a setting: " + unit); // Settings refuses it
        };
    }

    private void oneSided(String title, List<SeriesKey> keys) {
        if (keys.isEmpty()) {
            return;
        }
        heading(title + " (not compared)");
        keys.forEach(k -> out.append(markdown ? "- " : "  ").append(k.describe()).append('\n'));
    }

    private void heading(String title) {
        out.append(out.length() == 0 ? "" : "\n").append(markdown ? "### " : "").append(title).append("\n\n");
    }

    /** A line of prose; in Markdown its own paragraph, as adjacent lines would be joined. */
    private void line(String s) {
        out.append(s).append(markdown ? "\n\n" : "\n");
    }
}
