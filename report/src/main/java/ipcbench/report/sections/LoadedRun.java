package ipcbench.report.sections;

import ipcbench.report.floor.NativeFloor;
import ipcbench.report.jmh.JmhRun;
import ipcbench.report.load.PercentileCurve;
import ipcbench.report.precision.Precision;
import ipcbench.report.table.NotApplicable;
import java.util.List;

/**
 * A run directory as the report sees it.
 *
 * @param label short name shown in charts and tables: the directory's name
 * @param jmh   its JMH results and env.json
 * @param load  the load generator's percentile files; empty when it has none
 * @param notApplicable the combinations the run did not measure, with the reason; empty when none
 * @param precision the rerun loop's precision.json; {@link Precision#NONE} when it has none
 * @param floors the C ping-pong's round trips of its floor.json; empty when it has none
 */
public record LoadedRun(String label, JmhRun jmh, List<PercentileCurve> load, List<NotApplicable> notApplicable,
                        Precision precision, List<NativeFloor> floors) {

    public LoadedRun {
        load = List.copyOf(load);
        notApplicable = List.copyOf(notApplicable);
        floors = List.copyOf(floors);
    }

    /** A run with neither precision.json nor floor.json. */
    public LoadedRun(String label, JmhRun jmh, List<PercentileCurve> load, List<NotApplicable> notApplicable) {
        this(label, jmh, load, notApplicable, Precision.NONE, List.of());
    }
}
