package ipcbench.report.compare;

import java.util.List;

/**
 * The outcome of comparing an old and a new set of runs.
 *
 * @param oldSources  what the old side was read from
 * @param newSources  what the new side was read from
 * @param settings    threshold and alpha used
 * @param envWarnings differences between the two sides' environments, worded for people
 * @param tables      one per benchmark, mode and unit present on both sides
 * @param onlyOld     series with no counterpart in the new side
 * @param onlyNew     series with no counterpart in the old side
 */
public record Comparison(List<String> oldSources, List<String> newSources, Settings settings,
                         List<String> envWarnings, List<Table> tables, List<SeriesKey> onlyOld,
                         List<SeriesKey> onlyNew) {

    public Comparison {
        oldSources = List.copyOf(oldSources);
        newSources = List.copyOf(newSources);
        envWarnings = List.copyOf(envWarnings);
        tables = List.copyOf(tables);
        onlyOld = List.copyOf(onlyOld);
        onlyNew = List.copyOf(onlyNew);
    }

    /** Rows that are significant regressions beyond the threshold. */
    public long gateFailures() {
        return tables.stream().flatMap(t -> t.rows().stream()).filter(Row::failsGate).count();
    }
}
