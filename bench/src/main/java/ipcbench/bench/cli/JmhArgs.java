package ipcbench.bench.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * JMH command-line arguments as options and benchmark patterns, and the rule that merges a
 * profile's with the user's: the user wins per option ({@code -f}, {@code -wi}...), per parameter
 * for {@code -p} and per profiler for {@code -prof}; a pattern of the user's replaces the profile's.
 */
public final class JmhArgs {
    /** JMH's options that take no value; every other option takes exactly one. */
    private static final Set<String> FLAGS = Set.of("-h", "-l", "-lp", "-lprof", "-lrf");

    private final List<String> patterns = new ArrayList<>();
    /** Option, value pairs (the value null for a flag), in the order given. */
    private final List<String[]> options = new ArrayList<>();

    private JmhArgs() {
    }

    /** Splits {@code args}; an option missing its value is a {@link UsageException}. */
    public static JmhArgs parse(List<String> args) {
        JmhArgs parsed = new JmhArgs();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("-")) {
                parsed.patterns.add(arg);
            } else if (FLAGS.contains(arg)) {
                parsed.options.add(new String[] {arg, null});
            } else if (i + 1 < args.size()) {
                parsed.options.add(new String[] {arg, args.get(++i)});
            } else {
                throw new UsageException("JMH option " + arg + " needs a value");
            }
        }
        return parsed;
    }

    /** The benchmark patterns given (arguments that are not an option's). */
    public List<String> patterns() {
        return List.copyOf(patterns);
    }

    /** Whether option {@code name} (e.g. {@code -wi}) is given. */
    public boolean has(String name) {
        return options.stream().anyMatch(o -> o[0].equals(name));
    }

    /** The values of every {@code -p name=...} given, comma lists split; empty when not given. */
    public List<String> parameter(String name) {
        List<String> values = new ArrayList<>();
        for (String[] option : options) {
            if (option[0].equals("-p") && option[1].startsWith(name + "=")) {
                values.addAll(List.of(option[1].substring(name.length() + 1).split(",")));
            }
        }
        return values;
    }

    /**
     * The profile's arguments with the user's: the user's patterns (else the profile's), then the
     * profile's options the user does not give, then the user's options.
     */
    public static List<String> merge(List<String> profile, List<String> user) {
        JmhArgs base = parse(profile);
        JmhArgs mine = parse(user);
        Set<String> given = new LinkedHashSet<>();
        for (String[] option : mine.options) {
            given.add(key(option));
        }
        List<String> merged = new ArrayList<>(mine.patterns.isEmpty() ? base.patterns : mine.patterns);
        for (String[] option : base.options) {
            if (!given.contains(key(option))) {
                add(merged, option);
            }
        }
        for (String[] option : mine.options) {
            add(merged, option);
        }
        return merged;
    }

    /** What identifies an option for the merge: {@code -p payload}, {@code -prof gc}, {@code -f}. */
    private static String key(String[] option) {
        if (option[0].equals("-p") || option[0].equals("-prof")) {
            String value = option[1];
            int end = value.length();
            for (char stop : new char[] {'=', ':'}) {
                int at = value.indexOf(stop);
                if (at >= 0) {
                    end = Math.min(end, at);
                }
            }
            return option[0] + " " + value.substring(0, end);
        }
        return option[0];
    }

    private static void add(List<String> args, String[] option) {
        args.add(option[0]);
        if (option[1] != null) {
            args.add(option[1]);
        }
    }
}
