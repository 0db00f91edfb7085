package ipcbench.report.compare;

import ipcbench.bench.cli.EnvInfo;
import ipcbench.bench.run.RunDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Warns when the two sides ran on different machines or set-ups, which can explain a change, and
 * when a run of either side had a test-only delay injected into its daemons, which makes it no
 * measurement of the code at all.
 */
final class EnvCheck {
    /** The env.json keys whose difference makes numbers incomparable. */
    private static final List<String> KEYS =
            List.of("cpuModel", "cores", "kernel", "jdkVendor", "jdkVersion", "jvmFlags", "profile");

    private EnvCheck() {
    }

    static List<String> differences(Map<String, String> old, Map<String, String> neu) {
        if (old.isEmpty() || neu.isEmpty()) {
            String side = old.isEmpty() && neu.isEmpty() ? "either side" : old.isEmpty() ? "the old side" : "the new side";
            return List.of("no " + RunDirectory.ENV_JSON + " on " + side
                    + ": the environments were not checked");
        }
        List<String> warnings = new ArrayList<>();
        for (String key : KEYS) {
            String a = old.get(key);
            String b = neu.get(key);
            if (a == null && b == null) {
                continue;
            }
            if (a == null || b == null) {
                warnings.add(key + " recorded on the " + (a == null ? "new" : "old") + " side only");
            } else if (!a.equals(b)) {
                warnings.add(key + " differs: old '" + a + "', new '" + b + "'");
            }
        }
        return warnings;
    }

    /** A warning for each run, of every run on either side, whose daemons had a test-only delay. */
    static List<String> injectedDelays(List<ComparedRun> old, List<ComparedRun> neu) {
        List<String> warnings = new ArrayList<>();
        for (List<ComparedRun> side : List.of(old, neu)) {
            for (ComparedRun run : side) {
                String delay = run.jmh().env().get(EnvInfo.INJECTED_DELAY);
                if (delay != null) {
                    warnings.add("the " + (side == old ? "old" : "new") + " side's run " + run.jmh().source()
                            + " had a test-only delay injected into its daemons (" + delay
                            + "): it measures the delay, not the code");
                }
            }
        }
        return warnings;
    }
}
