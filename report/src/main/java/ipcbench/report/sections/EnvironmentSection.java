package ipcbench.report.sections;

import ipcbench.bench.run.RunDirectory;
import ipcbench.report.text.Grid;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Where each run ran: env.json's keys, known ones first, one column per run. */
final class EnvironmentSection {
    static final String ID = "environment";
    private static final List<String> KNOWN = List.of("cpuModel", "cores", "cpuPlacement", "kernel", "jdkVendor",
            "jdkVersion", "jvmFlags", "profile", "gitCommit", "utcTimestamp");

    private EnvironmentSection() {
    }

    static Section build(List<LoadedRun> runs) {
        Set<String> keys = new LinkedHashSet<>(KNOWN);
        runs.forEach(r -> keys.addAll(r.jmh().env().keySet()));
        List<Grid.Column> cols = new ArrayList<>();
        cols.add(Grid.left("key"));
        runs.forEach(r -> cols.add(Grid.left(r.label())));
        Grid grid = new Grid(cols);
        for (String key : keys) {
            if (runs.stream().anyMatch(r -> r.jmh().env().containsKey(key))) {
                List<String> row = new ArrayList<>();
                row.add(key);
                runs.forEach(r -> row.add(r.jmh().env().getOrDefault(key, "-")));
                grid.add(row);
            }
        }
        String intro = grid.rows().isEmpty()
                ? "No " + RunDirectory.ENV_JSON + " in the run directory: the machine and JDK are not recorded,"
                        + " so these numbers cannot be tied to a machine."
                : "From each run's " + RunDirectory.ENV_JSON + ". Numbers from different machines, JDKs or CPU"
                        + " placements measure the set-ups as much as the transports.";
        return new Section(ID, "Environment", intro, List.of(), List.of(new DataTable("Environment", grid)));
    }
}
