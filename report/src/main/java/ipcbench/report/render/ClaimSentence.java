package ipcbench.report.render;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import ipcbench.report.claims.Claim;
import ipcbench.report.claims.ClaimResult;
import ipcbench.report.claims.Evidence;
import ipcbench.report.claims.Outcome;
import ipcbench.report.sections.Glance;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A claim's rows on one run as a plain sentence, for the top of the report: "Unix domain socket
 * (uds-jdk) took 0.73× as long as TCP loopback (tcp-nio) at 64 B; at 16 KiB the two overlapped
 * (1.04×)". Only the parameters that differ between the rows are named; more than
 * {@value #LISTED} rows of one pair of sides become a range.
 */
final class ClaimSentence {
    /** Rows of one pair of sides named one by one; more become "6.38–10.5× across 6 transports". */
    private static final int LISTED = 3;
    private static final Pattern TIME_PER_OP = Pattern.compile("(ns|us|µs|ms|s)/op");
    private static final String TRANSPORT = "transport";

    private ClaimSentence() {
    }

    /**
     * What the run showed, as a sentence: "On this machine Unix domain socket (uds-jdk) took 0.73×
     * as long as …". {@code on} opens it ("On this machine", "On full-run"); {@code env} is the run's
     * env.json, whose transport descriptions name the sides.
     */
    static String of(ClaimResult r, String on, Map<String, String> env) {
        if (r.evidence().isEmpty()) {
            List<String> reasons = r.untested().stream().map(ClaimSentence::reason).distinct().toList();
            if (reasons.isEmpty()) {
                return capitalized(ClaimText.noEvidence(r.claim())) + ".";
            }
            return reasons.size() == 1 ? "Not tested: " + reasons.get(0) + "."
                    : "None of the " + r.untested().size() + " results it needs could be used (see Claims).";
        }
        Map<String, String> nouns = nouns(env);
        Set<String> varying = varying(r.evidence());
        // rows by the pair of sides, in the order met
        Map<List<String>, List<Evidence>> pairs = new LinkedHashMap<>();
        r.evidence().forEach(e -> pairs.computeIfAbsent(List.of(e.aLabel(), e.bLabel()), k -> new ArrayList<>()).add(e));
        List<String> parts = new ArrayList<>();
        pairs.forEach((pair, rows) -> parts.add(pair(r.claim(), rows, varying, nouns)));
        return on + " " + String.join("; ", parts)
                + (r.untested().isEmpty() ? "" : " (" + r.untested().size() + " more not tested)") + ".";
    }

    /** An untested result's reason without the parameters it starts with. */
    private static String reason(String untested) {
        int colon = untested.indexOf(": ");
        return colon < 0 ? untested : untested.substring(colon + 2);
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String pair(Claim claim, List<Evidence> rows, Set<String> varying, Map<String, String> nouns) {
        Evidence first = rows.get(0);
        String a = side(first.aLabel(), nouns);
        String b = side(first.bLabel(), nouns);
        Verb verb = Verb.of(claim, first.unit());
        if (rows.size() > LISTED) {
            double min = rows.stream().mapToDouble(Evidence::ratio).min().orElseThrow();
            double max = rows.stream().mapToDouble(Evidence::ratio).max().orElseThrow();
            return a + " " + verb.phrase(number(min) + "–" + ratio(max), b) + " "
                    + across(rows, varying) + " (" + counts(rows) + ")";
        }
        StringBuilder sb = new StringBuilder();
        boolean named = false;
        for (Evidence e : rows) {
            String context = context(e.context(), varying);
            String ratio = ratio(e.ratio());
            if (sb.length() > 0) {
                sb.append(named && e.outcome() != Outcome.INCONCLUSIVE ? " and " : "; ");
            }
            if (e.outcome() == Outcome.INCONCLUSIVE) {
                sb.append(context.isEmpty() ? "" : context + " ").append(named ? "the two" : a + " and " + b)
                        .append(" overlapped (").append(ratio).append(')');
            } else {
                sb.append(named ? ratio : a + " " + verb.phrase(ratio, b)).append(context.isEmpty() ? "" : " " + context);
                if (e.outcome() == Outcome.NOT_SUPPORTED) {
                    sb.append(" (claimed ").append(claim.expect().symbol()).append(' ')
                            .append(String.format(Locale.ROOT, "%.2f×", claim.factor())).append(')');
                }
                named = true;
            }
        }
        return sb.toString();
    }

    /** A ratio in prose: 0.73×, 1.04×, 10.5×. */
    private static String ratio(double r) {
        return number(r) + "×";
    }

    private static String number(double r) {
        return Double.isFinite(r) ? String.format(Locale.ROOT, Math.abs(r) < 10 ? "%.2f" : "%.1f", r) : "?";
    }

    /** How the run's figure compares, by what is measured: time, CPU time, throughput, or else plain. */
    private enum Verb {
        TIME("took %s as long as %s"), CPU("used %s the CPU time of %s"), THROUGHPUT("had %s the throughput of %s"),
        OTHER("came to %s the figure of %s");

        private final String pattern;

        Verb(String pattern) {
            this.pattern = pattern;
        }

        static Verb of(Claim claim, String unit) {
            if (claim.metric().startsWith("cpu.")) {
                return CPU;
            }
            if (unit.startsWith("ops/")) {
                return THROUGHPUT;
            }
            return Claim.PRIMARY.equals(claim.metric()) && TIME_PER_OP.matcher(unit).matches() ? TIME : OTHER;
        }

        String phrase(String ratio, String other) {
            return String.format(pattern, ratio, other);
        }
    }

    /** {@code transport=uds-jdk} as "Unix domain socket (uds-jdk)", {@code clients=64} as "64 clients". */
    private static String side(String label, Map<String, String> nouns) {
        Map<String, String> params = parse(label);
        if (params.size() == 1) {
            var p = params.entrySet().iterator().next();
            if (TRANSPORT.equals(p.getKey()) && nouns.containsKey(p.getValue())) {
                return nouns.get(p.getValue()) + " (" + p.getValue() + ")";
            }
            if (TRANSPORT.equals(p.getKey()) || "target".equals(p.getKey())) {
                return p.getValue();
            }
            if (p.getKey().equals("clients") || p.getKey().equals("threads")) {
                return p.getValue() + " " + (p.getValue().equals("1") ? p.getKey().replaceAll("s$", "") : p.getKey());
            }
        }
        return label;
    }

    /** The parameters that tell the rows apart: "at 16 KiB", "over tcp-nio", "with 4 clients". */
    private static String context(Map<String, String> context, Set<String> varying) {
        List<String> words = new ArrayList<>();
        context.forEach((k, v) -> {
            if (!varying.contains(k)) {
                return;
            }
            switch (k) {
                case "payload" -> words.add("at " + Glance.bytes(v));
                case TRANSPORT, "target" -> words.add("over " + v);
                case "clients", "threads" -> words.add("with " + v + " " + (v.equals("1") ? k.replaceAll("s$", "") : k));
                default -> words.add("at " + k + "=" + v);
            }
        });
        return String.join(" ", words);
    }

    /** "across 6 transports", "across 2 payloads": what the rows of a range run over. */
    private static String across(List<Evidence> rows, Set<String> varying) {
        List<String> words = new ArrayList<>();
        for (String k : varying) {
            long values = rows.stream().map(e -> e.context().get(k)).distinct().count();
            if (values > 1) {
                words.add(values + " " + (k.endsWith("s") ? k : k + "s"));
            }
        }
        return words.isEmpty() ? "over " + rows.size() + " rows" : "across " + String.join(" × ", words);
    }

    /** "6 supported", "5 supported, 1 inconclusive". */
    private static String counts(List<Evidence> rows) {
        Map<Outcome, Long> counts = rows.stream().collect(Collectors.groupingBy(Evidence::outcome,
                () -> new EnumMap<>(Outcome.class), Collectors.counting()));
        return String.join(", ", counts.entrySet().stream().map(c -> c.getValue() + " " + c.getKey().text()).toList());
    }

    /** The context parameters whose values are not the same in every row. */
    private static Set<String> varying(List<Evidence> rows) {
        Set<String> keys = new LinkedHashSet<>();
        rows.forEach(e -> keys.addAll(e.context().keySet()));
        keys.removeIf(k -> rows.stream().map(e -> e.context().get(k)).distinct().count() < 2);
        return keys;
    }

    private static Map<String, String> parse(String label) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : label.split(" ")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return params;
    }

    /**
     * Each transport's kind, from env.json's descriptions ("Unix domain socket: JDK SocketChannel …"
     * gives "Unix domain socket"); none for a run without them.
     */
    private static Map<String, String> nouns(Map<String, String> env) {
        Map<String, String> nouns = new LinkedHashMap<>();
        try {
            JsonElement transports = JsonParser.parseString(env.getOrDefault("transports", "{}"));
            if (transports.isJsonObject()) {
                transports.getAsJsonObject().entrySet().forEach(e -> {
                    String description = e.getValue().isJsonPrimitive() ? e.getValue().getAsString() : "";
                    int colon = description.indexOf(':');
                    if (colon > 0) {
                        nouns.put(e.getKey(), description.substring(0, colon));
                    }
                });
            }
        } catch (JsonParseException e) {
            // a hand-edited env.json: the transports go by their ids
        }
        return nouns;
    }
}
