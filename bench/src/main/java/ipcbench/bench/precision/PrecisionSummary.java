package ipcbench.bench.precision;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a family prints once its rows are measured: how many met the precision target, and each
 * that did not with its half-width, samples and diagnosis. A row is named by its mode and the
 * parameters that differ between the family's rows (all of them when none do).
 */
public final class PrecisionSummary {
    private PrecisionSummary() {
    }

    public static List<String> lines(String family, PrecisionGoal goal, PrecisionLoop.Outcome outcome, long seconds) {
        List<RowPrecision> rows = outcome.rows();
        List<RowPrecision> unstable = rows.stream().filter(r -> !r.met()).toList();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "precision (%s): %d of %d rows within ±%s (95%% interval of the mean);"
                        + " %d fork(s) added in %d s%s", family, rows.size() - unstable.size(), rows.size(),
                goal.targetLabel(), outcome.addedForks(), seconds, outcome.outOfTime() ? ", the family's budget used up" : ""));
        List<String> varying = varying(rows);
        for (RowPrecision row : unstable) {
            lines.add(String.format(Locale.ROOT, "  unstable %s %s: %s over %d %s, %s: %s; %s", row.mode(),
                    row.params().entrySet().stream().filter(e -> varying.contains(e.getKey()))
                            .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ")),
                    Double.isFinite(row.halfWidth()) ? String.format(Locale.ROOT, "±%.1f%%", row.halfWidth() * 100)
                            : "no interval", row.n(), row.samples(), row.finding().diagnosis().label(),
                    row.finding().detail(), ForksNeeded.outlook(row.moreForks())));
        }
        return lines;
    }

    /** The parameters whose value is not the same in every row; all of them when there are none. */
    private static List<String> varying(List<RowPrecision> rows) {
        List<String> all = new ArrayList<>();
        List<String> varying = new ArrayList<>();
        for (RowPrecision row : rows) {
            for (Map.Entry<String, String> param : row.params().entrySet()) {
                if (!all.contains(param.getKey())) {
                    all.add(param.getKey());
                }
                if (!varying.contains(param.getKey())
                        && rows.stream().anyMatch(r -> !Objects.equals(r.params().get(param.getKey()), param.getValue()))) {
                    varying.add(param.getKey());
                }
            }
        }
        return varying.isEmpty() ? all : varying;
    }
}
