package ipcbench.report.compare;

import ipcbench.bench.run.RunDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Warns when the two sides ran on different machines or set-ups, which can explain a change. */
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
}
