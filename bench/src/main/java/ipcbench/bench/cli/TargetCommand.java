package ipcbench.bench.cli;

import ipcbench.bench.jmh.TargetLatency;
import ipcbench.bench.jmh.TargetThroughput;
import ipcbench.bench.precision.PrecisionGoal;
import ipcbench.bench.run.RunDirectory;
import ipcbench.bench.run.TargetRecord;
import ipcbench.bench.target.JmhFigures;
import ipcbench.bench.target.RedisBenchmark;
import ipcbench.bench.target.TargetOptions;
import ipcbench.transport.ClientConfig;
import ipcbench.transport.protocol.Protocol;
import ipcbench.transport.protocol.ProtocolRequest;
import ipcbench.transport.protocol.Protocols;
import ipcbench.transport.protocol.Session;
import ipcbench.transport.target.TargetAddress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code target}: daemons nobody here wrote, side by side. Each endpoint is checked with one request
 * before anything is written (a dead or refusing one fails here, naming it); then JMH measures them
 * in turn, one client ({@link TargetLatency}) and 1 and N clients ({@link TargetThroughput}), every
 * row labelled by parameter {@code target}, and the table gives each endpoint's ratio to the first.
 */
@Command(name = "target", sortOptions = false, usageHelpWidth = 100,
        description = {"Measures daemons nobody here wrote over their Unix socket or loopback port, side by side:"
                + " round-trip time (one client) and requests/s (1 and --clients clients) of each ENDPOINT in turn,"
                + " CPU per request of client and daemon (the processes holding the socket, when they can be read),"
                + " every answer verified. Writes the usual run directory (jmh.json, env.json with each daemon's pid,"
                + " executable and version, report.html, summary.md) and prints the table with each endpoint's ratio"
                + " to the first. Details: docs/targets.md.",
            "  run-bench.sh target --protocol resp unix:/run/redis/redis.sock tcp:127.0.0.1:6379",
            "  run-bench.sh target --protocol http1 --request 'GET /_ping' unix:/var/run/docker.sock",
            "ENDPOINTs come first; JMH options after -- (e.g. -- -f 3 -i 10).", ""},
        footer = {"", "Exit status: 0 ok; 1 an endpoint did not answer as expected (before anything ran); 2 bad usage;"
                + " otherwise the failed benchmark's (its run directory and log are kept)."})
public final class TargetCommand implements Callable<Integer> {
    static final int UNREACHABLE = 1;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "This text.")
    boolean help;

    @Mixin
    TargetOptions target = new TargetOptions();

    @Option(names = "--payload", defaultValue = "0", paramLabel = "BYTES",
            description = "Bytes of value (resp), request body (http1) or frame payload (raw). Default ${DEFAULT-VALUE}.")
    int payload;

    @Option(names = "--clients", defaultValue = "16", paramLabel = "N",
            description = "Requests/s is measured at 1 client and at N clients, each with its own connection."
                    + " Default ${DEFAULT-VALUE}.")
    int clients;

    @Option(names = "--redis-benchmark",
            description = "resp: then run redis-benchmark (redis-tools) on each endpoint with the same request, one"
                    + " client, and print its figures beside ipcbench's (also in redis-benchmark.txt).")
    boolean redisBenchmark;

    @Option(names = "--profile", defaultValue = "quick", converter = Main.ProfileConverter.class, paramLabel = "quick|full",
            description = "Iterations and forks, as for the transports (default quick: under a minute per endpoint).")
    Profile profile;

    @Parameters(paramLabel = "ENDPOINT", description = "unix:/path/to/socket or tcp:HOST:PORT (HOST: 127.0.0.0/8,"
            + " localhost or [::1]), then JMH options.")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        List<TargetAddress> endpoints = endpoints();
        List<String> jmhArgs = args.subList(endpoints.size(), args.size());
        ProtocolRequest asked = asked();
        RedisBenchmark tool = redisBenchmark ? redisBenchmark(asked) : null;
        List<String> parameters = new ArrayList<>(List.of(
                "-p", "target=" + String.join(",", endpoints.stream().map(TargetAddress::label).toList()),
                "-p", "protocol=" + target.protocol, "-p", "request=" + asked.request(), "-p", "payload=" + asked.payload(),
                "-p", "expect=" + asked.expect()));
        parameters.addAll(jmhArgs);
        List<BenchmarkRun.Step> steps = List.of(
                step(Family.ROUNDTRIP, TargetLatency.class.getSimpleName(), List.of(), parameters),
                step(Family.CONCURRENCY, TargetThroughput.class.getSimpleName(),
                        List.copyOf(new LinkedHashSet<>(List.of(1, clients))), parameters));
        for (TargetAddress endpoint : endpoints) {
            String problem = check(endpoint, asked);
            if (problem != null) {
                System.err.println("run-bench.sh target: " + problem);
                return UNREACHABLE;
            }
        }
        // Neither side is pinned: the daemon is not ours to move, and the client stays where it runs with it.
        return BenchmarkRun.execute(Home.fromEnvironment(), profile, Placement.OS.label() + " (the daemons are not ours)",
                target.protocol + " targets " + endpoints, steps, new DaemonSettings(), PrecisionGoal.OFF,
                new BenchmarkRun.Ratio("target", endpoints.get(0).label()),
                tool == null ? BenchmarkRun.Epilogue.NONE : run -> besideRedisBenchmark(tool, run, endpoints, asked));
    }

    /** redis-benchmark, when asked for: only for resp, and only where it is installed. */
    private RedisBenchmark redisBenchmark(ProtocolRequest asked) {
        if (!"resp".equals(target.protocol)) {
            throw new UsageException("--redis-benchmark is for --protocol resp");
        }
        String why = RedisBenchmark.whyNot(asked);
        if (why != null) {
            throw new UsageException(why);
        }
        try {
            return RedisBenchmark.find();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /**
     * redis-benchmark on each endpoint right after ipcbench measured them all, one client, the same
     * request; both tools' mean time and requests/s side by side, printed and kept in the run.
     */
    private static int besideRedisBenchmark(RedisBenchmark tool, RunDirectory run, List<TargetAddress> endpoints,
                                            ProtocolRequest asked) throws IOException, InterruptedException {
        JmhFigures ours = JmhFigures.read(run.jmhJson());
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%nredis-benchmark beside ipcbench: %s%s, one client (mean time per request, requests/s)%n"
                        + "%-44s %14s %14s %14s %14s%n", asked.request(), asked.payload() == 0 ? ""
                        : " of " + asked.payload() + " bytes", "target", "ipcbench us", "r-b us", "ipcbench req/s",
                "r-b req/s"));
        for (TargetAddress endpoint : endpoints) {
            RedisBenchmark.Figures theirs = tool.run(endpoint, asked);
            table.append(String.format(Locale.ROOT, "%-44s %14.2f %14.2f %14.0f %14.0f%n", endpoint.label(),
                    ours.latencyMicros(endpoint.label()), theirs.meanMicros(), ours.oneClientRate(endpoint.label()),
                    theirs.requestsPerSecond()));
        }
        table.append("ipcbench: JMH's mean of TargetLatency and TargetThroughput at clients=1 (Jedis);"
                + " r-b: redis-benchmark -c 1 -n " + RedisBenchmark.REQUESTS + " (hiredis), run after them.\n");
        System.out.print(table);
        Files.writeString(run.redisBenchmark(), table.toString(), StandardCharsets.UTF_8);
        return 0;
    }

    /** The leading arguments, each a well-formed endpoint named once; what follows is JMH's. */
    private List<TargetAddress> endpoints() {
        List<String> leading = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("-")) {
                break;
            }
            leading.add(arg);
        }
        if (leading.isEmpty()) {
            throw new UsageException("give at least one ENDPOINT (unix:/path/to/socket or tcp:HOST:PORT) before any"
                    + " JMH option");
        }
        try {
            return TargetOptions.endpoints(leading);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The request as the protocol will send it, its defaults filled in, so the rows say what was measured. */
    private ProtocolRequest asked() {
        if (clients < 1) {
            throw new UsageException("--clients must be at least 1, got " + clients);
        }
        try {
            return target.resolve(payload);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private BenchmarkRun.Step step(Family family, String benchmark, List<Integer> clientCounts, List<String> parameters) {
        Profile.Plan plan = profile.plan(family);
        List<String> jmh = BenchmarkRun.checked(JmhArgs.merge(plan.jmhOptions(), parameters));
        List<String> command = BenchmarkRun.runFamilyCommand(Placement.OS, benchmark, clientCounts);
        command.addAll(plan.tailsFlag(JmhArgs.parse(parameters)));
        return new BenchmarkRun.Step(family.label(), Placement.OS, BenchmarkRun.withJmh(command, jmh));
    }

    /**
     * One request as the benchmark will make it, before anything is written: null when it was
     * answered as expected (the daemon and its CPU's fate are printed), else what went wrong.
     */
    private String check(TargetAddress endpoint, ProtocolRequest asked) {
        Protocol spoken = Protocols.get(target.protocol);
        try (Session session = spoken.open(endpoint, asked, ClientConfig.defaults())) {
            System.err.println("run-bench.sh target: " + endpoint + " answers " + asked.request() + "; "
                    + TargetRecord.of(target.protocol, endpoint, session).describe());
            return null;
        } catch (IOException e) {
            return e.getMessage();
        }
    }
}
