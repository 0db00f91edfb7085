package ipcbench.bench.load;

import com.google.gson.GsonBuilder;
import ipcbench.bench.jmh.Applicability;
import ipcbench.bench.run.Affinity;
import ipcbench.bench.run.DaemonRecord;
import ipcbench.bench.run.TargetRecord;
import ipcbench.bench.target.TargetOptions;
import ipcbench.bench.run.RunDirectory;
import ipcbench.bench.text.TerminalCharset;
import ipcbench.transport.ClientConfig;
import ipcbench.transport.ClientModel;
import ipcbench.transport.ServerModel;
import ipcbench.transport.Transports;
import ipcbench.transport.daemon.ChildJvm;
import ipcbench.transport.daemon.Daemon;
import ipcbench.transport.daemon.DaemonOptions;
import ipcbench.transport.daemon.JavaRelease;
import ipcbench.transport.protocol.Exchange;
import ipcbench.transport.protocol.FrameExchange;
import ipcbench.transport.protocol.Protocol;
import ipcbench.transport.protocol.Protocols;
import ipcbench.transport.protocol.Sizes;
import ipcbench.transport.protocol.Session;
import ipcbench.transport.target.TargetAddress;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The {@code load} command: fixed-rate runs (or a sweep of rates) against a fresh daemon per
 * transport and run, writing {@code .hlog}, {@code .hgrm}, {@code summary.json} (and
 * {@code sweep.json}, {@code sweep.csv}) into the output directory. See docs/load.md.
 */
@Command(name = "load", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Open-loop load: requests leave at fixed intervals and latency is measured from each "
                + "request's intended send time (corrected) and, beside it, from its actual send time (uncorrected).",
                "Exit status: 0 ok; 1 an achieved rate fell more than 2 %% short (sweep: no rate met the objective); "
                        + "2 bad usage; 3 a reply was lost, duplicated, out of order or wrong, or a daemon failed."},
        exitCodeOnInvalidInput = 2, exitCodeOnExecutionException = 3)
public final class LoadMain implements Callable<Integer> {
    static final int OK = 0;
    static final int SHORT = 1;
    static final int FAILED = 3;
    /** What {@link Applicability} is asked about: no benchmark class, so only clients and models count. */
    private static final String LOAD = "load";

    @Option(names = "--transport", split = ",",
            description = "Transports to load, one after another, each with a fresh daemon (e.g. uds-jdk,tcp-nio).")
    List<String> transports;

    @Option(names = "--client", defaultValue = "default", paramLabel = "default|caller",
            description = "Client model: default (the transport's own), or caller (Netty: each connection's receiver "
                    + "thread runs its I/O; the sender's requests are handed to it). Default ${DEFAULT-VALUE}.")
    String client;

    @Option(names = "--target", split = ",", paramLabel = "ENDPOINT",
            description = {"Or daemons nobody here wrote, one after another: unix:/path/to/socket or tcp:HOST:PORT"
                    + " (a loopback HOST), spoken to in --protocol (docs/targets.md). Each connection has one request"
                    + " outstanding at a time (the protocols' clients read each answer before they write again):"
                    + " give enough --connections for the rate."})
    List<String> targets;

    @Mixin
    TargetOptions targetOptions = new TargetOptions();

    @Option(names = "--rate", defaultValue = "10000",
            description = "Requests per second, all connections together (sweep: the first step). Default ${DEFAULT-VALUE}.")
    long rate;

    @Option(names = "--server", defaultValue = "default", paramLabel = "MODEL",
            description = "The daemon's server model: default (the transport's own), selector, virtual (JDK 21+ daemon)."
                    + " Default ${DEFAULT-VALUE}.")
    String server;

    @Option(names = "--connections", defaultValue = "1",
            description = "Client connections, each with a paced sender and a receiver thread. Default ${DEFAULT-VALUE}.")
    int connections;

    @Option(names = "--payload", description = "Request payload bytes. Default 64; 0 against a --target (resp: PING).")
    Integer payload;

    @Option(names = "--response", defaultValue = "echo",
            description = "Response payload bytes, or echo for the request's size. Default ${DEFAULT-VALUE}.")
    String response;

    @Option(names = "--warmup", defaultValue = "5s", converter = DurationConverter.class,
            description = "Load before measuring, recorded apart and left out (e.g. 5s, 500ms). Default ${DEFAULT-VALUE}.")
    Duration warmup;

    @Option(names = "--duration", defaultValue = "30s", converter = DurationConverter.class,
            description = "The measured window. Default ${DEFAULT-VALUE}.")
    Duration duration;

    @Option(names = "--spin-us", defaultValue = "50",
            description = "A sender parks until this many us before a send time, then spins (0: never). "
                    + "The send lag in the output shows how late sends were. Default ${DEFAULT-VALUE}.")
    long spinMicros;

    @Option(names = "--window", defaultValue = "16384",
            description = "Requests a connection may have outstanding (a power of two); when full, the daemon "
                    + "is that far behind and the sender waits. Default ${DEFAULT-VALUE}.")
    int window;

    @Option(names = "--sweep", description = "Raise the rate in steps until the corrected p99 exceeds --slo-p99 "
            + "or the achieved rate falls short; report the highest sustainable rate per transport.")
    boolean sweep;

    @Option(names = "--slo-p99", defaultValue = "1ms", converter = DurationConverter.class,
            description = "Sweep: the p99 objective (corrected). Default ${DEFAULT-VALUE}.")
    Duration sloP99;

    @Option(names = "--sweep-factor", defaultValue = "1.5",
            description = "Sweep: each step's rate is the previous one times this. Default ${DEFAULT-VALUE}.")
    double sweepFactor;

    @Option(names = "--sweep-max", defaultValue = "1000000",
            description = "Sweep: the highest rate tried. Default ${DEFAULT-VALUE}.")
    long sweepMax;

    @Option(names = "--sweep-steps", split = ",",
            description = "Sweep: these rates instead of --rate times --sweep-factor (e.g. 5000,10000,20000).")
    List<Long> sweepSteps;

    @Option(names = "--sweep-tries", defaultValue = "2",
            description = "Sweep: runs of a rate that misses before the sweep stops there (a busy machine's "
                    + "one-off hiccup otherwise decides); every run is kept. Default ${DEFAULT-VALUE}.")
    int sweepTries;

    @Option(names = "--out", description = "Directory for the results. Default: results/runs/<UTC time>/load.")
    Path out;

    @Option(names = "--placement", defaultValue = "unpinned",
            description = "How generator and daemon are pinned, for the record (run-bench.sh pins them).")
    String placement;

    public static void main(String[] args) {
        TerminalCharset.installOnSystemStreams(); // its table's µ and ± in a POSIX locale
        System.exit(new CommandLine(new LoadMain()).execute(args));
    }

    /**
     * Refuses what cannot run, naming the bad value and the valid ones, before any daemon starts
     * (picocli's usage error: exit 2, no stack trace).
     */
    public void validate() {
        require(rate > 0, "--rate must be positive, got " + rate);
        require(connections > 0, "--connections must be positive, got " + connections);
        require(payload() >= 0, "--payload must not be negative, got " + payload());
        require(response.equals("echo") || response.matches("\\d+"),
                "--response must be echo or a byte count, got '" + response + "'");
        require(!duration.isZero(), "--duration must be positive, got " + duration.toMillis() + " ms");
        require(spinMicros >= 0, "--spin-us must not be negative, got " + spinMicros);
        require(window > 0 && Integer.bitCount(window) == 1, "--window must be a power of two, got " + window);
        require(sweepFactor > 1, "--sweep-factor must be above 1, got " + sweepFactor);
        require(sweepTries >= 1, "--sweep-tries must be at least 1, got " + sweepTries);
        require(ClientModel.ids().contains(client),
                "unknown client model '" + client + "' (valid: " + String.join(", ", ClientModel.ids()) + ")");
        require((transports == null) != (targets == null), "give --transport (our daemons) or --target (one that is"
                + " not ours), not both");
        if (targets != null) {
            require(response.equals("echo"), "--response is for our daemons; a target answers as its protocol does");
            require(server.equals(ServerModel.DEFAULT.id()), "--server is for our daemons; a target's is its own");
            require(client.equals(ClientModel.DEFAULT.id()), "--client is for our daemons' transports; a target is spoken to by its protocol's client");
            try {
                TargetOptions.endpoints(targets);
                targetOptions.resolve(payload());
            } catch (IllegalArgumentException e) {
                require(false, e.getMessage());
            }
            return;
        }
        require(!targetOptions.requestGiven(), "--request and --expect-* are for a --target; our daemons answer"
                + " --payload and --response in the protocol's own body");
        require(Protocols.ids().contains(ourProtocol()), "unknown --protocol '" + ourProtocol() + "' (valid: "
                + String.join(", ", Protocols.ids()) + ")");
        require(ServerModel.ids().contains(server),
                "unknown --server '" + server + "' (valid: " + String.join(", ", ServerModel.ids()) + ")");
        int daemonJava = JavaRelease.feature(ChildJvm.defaultJava());
        Protocol protocol = Protocols.get(ourProtocol());
        for (String id : transports) {
            require(Transports.ids().contains(id),
                    "unknown transport '" + id + "' (valid: " + String.join(", ", Transports.ids()) + ")");
            // what the benchmarks' runner checks too: protocol, client count, server model on the daemon's JVM, client model
            String why = Applicability.whyNot(LOAD, Transports.get(id), connections, protocol, ServerModel.of(server),
                    ClientModel.of(client), daemonJava);
            require(why == null, "--transport " + id + (protocol.id().equals("raw") ? "" : " --protocol " + protocol.id())
                    + ": " + why);
        }
    }

    private void require(boolean condition, String message) {
        if (!condition) {
            throw new CommandLine.ParameterException(new CommandLine(this), message);
        }
    }

    @Override
    public Integer call() throws Exception {
        validate();
        Path dir = out != null ? out : RunDirectory.create(Path.of("results", "runs"), Instant.now()).loadDir();
        Files.createDirectories(dir);
        Output output = new Output(dir);
        System.out.println("load: " + spec().label() + ", warm-up " + warmup.toMillis() + " ms, measured "
                + duration.toMillis() + " ms, client " + client + ", placement " + placement + " -> " + dir);
        System.out.println(Summary.header());
        int status = OK;
        List<Sweep> sweeps = new ArrayList<>();
        for (String id : targets != null ? targets : transports) {
            try {
                if (sweep) {
                    List<Long> rates = sweepSteps != null ? sweepSteps : Sweep.geometric(rate, sweepFactor, sweepMax);
                    Sweep done = Sweep.run(id, rates, sloP99.toNanos(), sweepTries,
                            r -> runOnce(id, spec().withRate(r), output));
                    sweeps.add(done);
                    System.out.println(done.describe());
                    status = Math.max(status, done.failed() ? FAILED : done.highestSustainable() < 0 ? SHORT : OK);
                    output.sweeps(sweeps);
                } else {
                    status = Math.max(status, exitStatus(runOnce(id, spec(), output)));
                }
            } catch (IOException e) { // a daemon that would not start or answer: the others still run
                System.out.println(id + ": FAILED: " + e.getMessage());
                status = FAILED;
            }
        }
        if (status != OK) {
            System.out.println("load: " + (status == FAILED ? "a run FAILED" : sweep ? "no sustainable rate found"
                    : "the target rate was NOT achieved") + " (exit " + status + "); see above and " + dir);
        }
        return status;
    }

    private static int exitStatus(LoadResult result) {
        switch (result.verdict()) {
            case FAILED:
                return FAILED;
            case SHORT:
                return SHORT;
            default:
                return OK;
        }
    }

    /** What our daemons speak: {@code --protocol}, or our frame. */
    private String ourProtocol() {
        return targetOptions.protocol == null ? "raw" : targetOptions.protocol;
    }

    private int payload() {
        return payload != null ? payload : targets != null ? 0 : 64;
    }

    private LoadSpec spec() {
        int responseLength = "echo".equals(response) ? payload() : Integer.parseInt(response);
        return new LoadSpec(rate, connections, payload(), responseLength, warmup, duration, spinMicros * 1000, window);
    }

    /**
     * One run against a fresh daemon of ours, or against the target {@code id}; a daemon that cannot
     * start, or a target that does not answer, counts as a failed run.
     */
    private LoadResult runOnce(String id, LoadSpec spec, Output output) throws IOException, InterruptedException {
        ClientModel model = ClientModel.of(client);
        String loadBefore = Conditions.loadAverage();
        ClientConfig config = ClientConfig.defaults().withModel(model);
        if (targets != null) {
            TargetAddress address = TargetAddress.parse(id);
            try (Session session = Protocols.get(targetOptions.protocol).open(address,
                    targetOptions.resolve(spec.requestLength()), config)) {
                TargetRecord record = TargetRecord.of(targetOptions.protocol, address, session);
                record.appendToRun(); // for the run's env.json
                System.out.println(id + ": " + record.describe());
                String daemonCpus = record.pids().isEmpty() ? "not identified" : Affinity.of(record.pids().get(0));
                return measure(id, targetOptions.protocol, "-", model, id, spec, session::connect, CpuMeter.generatorAnd(record.pids()),
                        () -> Conditions.around(placement, daemonCpus, loadBefore), output, config);
            }
        }
        String protocol = ourProtocol();
        boolean raw = protocol.equals("raw");
        try (Daemon daemon = Daemon.start(Transports.get(id), Daemon.Mode.PROCESS,
                DaemonOptions.defaults().withServerModel(ServerModel.of(server)).withProtocol(protocol));
             Session session = raw ? null : daemon.session(new Sizes(spec.requestLength(), spec.responseLength()),
                     config)) {
            DaemonRecord.of(daemon).appendToRun(); // for the run's env.json
            long daemonPid = daemon.endpoint().process() == null ? -1 : daemon.endpoint().process().pid();
            String name = id + (raw ? "" : "_protocol=" + protocol)
                    + (server.equals(ServerModel.DEFAULT.id()) ? "" : "_server=" + server)
                    + (model == ClientModel.DEFAULT ? "" : "_client=" + model.id());
            Connector connector = raw ? () -> new FrameExchange(daemon.connect(config), spec.requestLength(),
                    spec.responseLength()) : session::connect;
            return measure(id, protocol, server, model, name, spec, connector,
                    CpuMeter.generatorAnd(daemonPid), () -> Conditions.around(placement, daemonPid, loadBefore),
                    output, config);
        }
    }

    /**
     * The run itself, each connection opened on the thread that receives on it, its interval log in
     * a file named after {@code name} (a transport and its models, or a target made safe for a file name).
     */
    private static LoadResult measure(String id, String protocol, String server, ClientModel model, String name,
                                      LoadSpec spec,
                                      Connector connector, CpuMeter cpu, Supplier<Conditions> conditions,
                                      Output output, ClientConfig config) throws IOException, InterruptedException {
        name = name.replaceAll("[^A-Za-z0-9._=-]", "_") + "_" + spec.label();
        try (PrintStream hlog = new PrintStream(Files.newOutputStream(output.dir.resolve(name + ".hlog")), false,
                StandardCharsets.UTF_8)) {
            HistogramLogWriter log = new HistogramLogWriter(hlog);
            long now = System.currentTimeMillis();
            log.outputComment("ipcbench load " + name + ", values in ns; untagged: corrected (from the intended "
                    + "send time), tag " + FixedRateLoad.UNCORRECTED_TAG + ": from the actual send time");
            log.outputLogFormatVersion();
            log.outputStartTime(now);
            log.setBaseTime(now);
            log.outputBaseTime(now);
            log.outputLegend();
            LoadResult result = FixedRateLoad.run(spec, connector, log, cpu, config.deadline().toNanos());
            output.result(id, protocol, server, model, name, result, conditions.get());
            return result;
        }
    }

    /** The output directory's files; summary.json and the sweep files are rewritten after each run. */
    private static final class Output {
        private final Path dir;
        private final List<Map<String, Object>> runs = new ArrayList<>();

        Output(Path dir) {
            this.dir = dir;
        }

        void result(String id, String protocol, String server, ClientModel model, String name, LoadResult result,
                    Conditions conditions) throws IOException {
            Map<String, String> files = new LinkedHashMap<>();
            files.put("hlog", name + ".hlog");
            files.put("hgrm", hgrm(name + ".hgrm", result.corrected()));
            files.put("uncorrectedHgrm", hgrm(name + "_uncorrected.hgrm", result.uncorrected()));
            // our daemon in a protocol other than the frame: the row says which (a target's row names its endpoint)
            boolean ours = Transports.ids().contains(id) && protocol != null && !protocol.equals("raw");
            System.out.println(Summary.rows(ours ? id + " " + protocol : id, result, conditions));
            Map<String, Object> run = Summary.json(id, model, result, conditions, files);
            run.put("server", server);
            run.put("protocol", protocol);
            runs.add(run);
            json(RunDirectory.LOAD_SUMMARY, runs);
        }

        /** Microseconds: the value unit ratio turns the recorded nanoseconds into the columns' unit. */
        private String hgrm(String file, Histogram histogram) throws IOException {
            try (PrintStream stream = new PrintStream(Files.newOutputStream(dir.resolve(file)), false,
                    StandardCharsets.UTF_8)) {
                histogram.outputPercentileDistribution(stream, 5, 1000.0);
            }
            return file;
        }

        void sweeps(List<Sweep> sweeps) throws IOException {
            List<Object> json = new ArrayList<>();
            List<String> csv = new ArrayList<>(List.of(Sweep.csvHeader()));
            for (Sweep sweep : sweeps) {
                json.add(sweep.json());
                csv.addAll(sweep.csvRows());
            }
            json("sweep.json", json);
            Files.write(dir.resolve("sweep.csv"), csv, StandardCharsets.UTF_8);
        }

        private void json(String file, Object value) throws IOException {
            Files.writeString(dir.resolve(file), new GsonBuilder().setPrettyPrinting().serializeNulls().create()
                    .toJson(value) + "\n", StandardCharsets.UTF_8);
        }
    }

    /** {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1500us}; a bare number is seconds. */
    public static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        private static final Pattern FORMAT = Pattern.compile("(\\d+)(us|ms|s|m)?");

        @Override
        public Duration convert(String value) {
            Matcher m = FORMAT.matcher(value.trim());
            if (!m.matches()) {
                throw new CommandLine.TypeConversionException("not a duration: '" + value + "' (e.g. 30s, 500ms, 2m)");
            }
            long amount = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            switch (unit) {
                case "us":
                    return Duration.ofNanos(amount * 1000);
                case "ms":
                    return Duration.ofMillis(amount);
                case "m":
                    return Duration.ofMinutes(amount);
                default:
                    return Duration.ofSeconds(amount);
            }
        }
    }
}
