package ipcbench.bench.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import ipcbench.bench.jmh.Applicability;
import ipcbench.transport.ClientModel;
import ipcbench.transport.ServerModel;
import ipcbench.transport.Transports;
import ipcbench.transport.daemon.JavaRelease;
import ipcbench.transport.daemon.ChildJvm;
import ipcbench.transport.protocol.Protocol;
import ipcbench.transport.protocol.Protocols;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Runs one benchmark family for {@code scripts/run-bench.sh}: JMH with the given arguments, only on
 * the transports (and server and client models, {@code -p server=...}, {@code -p client=...}) the
 * benchmark applies to (the others are written to the not-applicable file with the reason), once
 * per model combination and per client count when there are several (JMH's thread count is not a
 * parameter), appending the results to one JMH JSON file. Transports run in passes by what they
 * need ({@link Pass}): those that need a longer JIT warm-up than the profile gives (Netty: 4 s on a
 * CPU shared with both JVMs' compilers) with more warm-up iterations and fewer forks, in about the
 * same time; those that need CPUs of their own with the daemon on another CPU. A benchmark of
 * daemons nobody here wrote ({@code -p target=...}) has none of these axes: it runs as given, once
 * per client count.
 */
@Command(name = "run-family", mixinStandardHelpOptions = true,
        description = "Run one benchmark class with JMH arguments, recording transports it does not apply to.")
public final class RunFamily implements Callable<Integer> {
    @Option(names = "--benchmark", required = true, description = "Benchmark class, e.g. Concurrency.")
    String benchmark;

    @Option(names = "--clients", split = ",", description = "Client counts: one JMH pass each, -t N -p clients=N.")
    List<Integer> clients;

    @Option(names = "--json", required = true, description = "JMH JSON file the results are appended to.")
    Path json;

    @Option(names = "--not-applicable", required = true,
            description = "Appended with one line per skipped combination: benchmark, parameters, reason (tab-separated).")
    Path notApplicable;

    @Option(names = "--long-warmup-iterations",
            description = "Warm-up iterations of transports that need a long warm-up (default: as the others).")
    Integer longWarmupIterations;

    @Option(names = "--long-warmup-forks", description = "Their forks (default: as the others).")
    Integer longWarmupForks;

    @Option(names = "--own-cpus-daemon", paramLabel = "CPUS",
            description = "Where the daemons of transports that need CPUs of their own run (a taskset list), when the"
                    + " placement shares one CPU; unset: as the others.")
    String ownCpusDaemon;

    @Parameters(paramLabel = "JMH_ARGS", description = "JMH options (after --); no benchmark pattern.")
    List<String> jmhArgs = new ArrayList<>();

    public static void main(String[] args) {
        System.exit(new CommandLine(new RunFamily()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        CommandLineOptions jmh = new CommandLineOptions(jmhArgs.toArray(new String[0]));
        List<Integer> counts = clients == null ? List.of(jmh.getThreads().orElse(1)) : clients;
        List<RunResult> results = new ArrayList<>();
        if (jmh.getParameter("target").hasValue()) {
            // A daemon nobody here wrote: no transport, server or client model to choose, one pass per count.
            for (int n : counts) {
                results.addAll(new Runner(options(jmh, n).build()).run());
            }
            appendJson(results);
            return 0;
        }
        Collection<String> transports = jmh.getParameter("transport").orElse(Transports.ids());
        StringBuilder skipped = new StringBuilder();
        List<String> servers = List.copyOf(jmh.getParameter("server").orElse(List.of(ServerModel.DEFAULT.id())));
        List<String> clientModels = List.copyOf(jmh.getParameter("client").orElse(List.of(ClientModel.DEFAULT.id())));
        List<String> protocols = List.copyOf(jmh.getParameter("protocol").orElse(List.of("raw")));
        int daemonJava = JavaRelease.feature(ChildJvm.defaultJava());
        for (int n : counts) {
            List<RunResult> passes = new ArrayList<>();
            for (String protocolId : protocols) {
                Protocol protocol = Protocols.get(protocolId);
                for (String server : servers) {
                    for (String client : clientModels) {
                        List<String> applicable = new ArrayList<>();
                        for (String id : transports) {
                            String why = Applicability.whyNot(benchmark, Transports.get(id), n, protocol,
                                    ServerModel.of(server), ClientModel.of(client), daemonJava);
                            if (why == null) {
                                applicable.add(id);
                            } else {
                                skipped.append(benchmark).append('\t').append(clients == null ? "" : "clients=" + n + " ")
                                        .append(protocols.size() > 1 || !protocolId.equals("raw")
                                                ? "protocol=" + protocolId + " " : "")
                                        .append(models(servers, server, clientModels, client))
                                        .append("transport=").append(id).append('\t')
                                        .append(Applicability.NOT_APPLICABLE).append(why).append('\n');
                            }
                        }
                        for (Pass pass : Pass.plan(applicable.stream().map(Transports::get).toList(),
                                protocol.needsLongWarmup())) {
                            passes.addAll(run(jmh, n, protocolId, server, client, pass));
                        }
                    }
                }
            }
            results.addAll(inOnePassOrder(passes, List.copyOf(transports)));
        }
        Files.writeString(notApplicable, skipped, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        appendJson(results);
        System.out.print(skipped);
        return 0;
    }

    /** The models of a skipped combination, as its line shows them: only those the run asked for more than one of or not the default. */
    private static String models(List<String> servers, String server, List<String> clientModels, String client) {
        String text = "";
        if (servers.size() > 1 || !server.equals(ServerModel.DEFAULT.id())) {
            text += "server=" + server + " ";
        }
        if (clientModels.size() > 1 || !client.equals(ClientModel.DEFAULT.id())) {
            text += "client=" + client + " ";
        }
        return text;
    }

    private Collection<RunResult> run(CommandLineOptions jmh, int clientCount, String protocol, String server,
                                      String client, Pass pass) throws RunnerException {
        ChainedOptionsBuilder options = options(jmh, clientCount)
                .param("transport", pass.transports().toArray(new String[0]))
                .param("protocol", protocol).param("server", server).param("client", client);
        if (pass.longWarmup() && longWarmupIterations != null) {
            options.warmupIterations(longWarmupIterations);
        }
        if (pass.longWarmup() && longWarmupForks != null) {
            options.forks(longWarmupForks);
        }
        if (pass.ownCpus() && ownCpusDaemon != null) {
            // A system property of the forks (ChildJvm reads it before the environment): recorded in jmh.json.
            List<String> append = new ArrayList<>(jmh.getJvmArgsAppend().orElse(List.of()));
            append.add("-D" + ChildJvm.CPUS_PROPERTY + "=" + ownCpusDaemon);
            options.jvmArgsAppend(append.toArray(new String[0]));
        }
        return new Runner(options.build()).run();
    }

    /** JMH's options for this family's benchmark with {@code clientCount} clients, when there are several. */
    private ChainedOptionsBuilder options(CommandLineOptions jmh, int clientCount) {
        ChainedOptionsBuilder options = new OptionsBuilder().parent(jmh).include("\\." + benchmark + "\\.");
        if (clients != null) {
            options.threads(clientCount).param("clients", Integer.toString(clientCount));
        }
        return options;
    }

    /**
     * The results of all passes in the order one JMH pass would have given them: each mode and
     * combination of the other parameters where it first appears, the transports within it in the
     * order they were asked for (the results table lists rows in file order).
     */
    private static List<RunResult> inOnePassOrder(List<RunResult> passes, List<String> transports) {
        List<String> others = new ArrayList<>();
        for (RunResult result : passes) {
            String key = withoutTransport(result);
            if (!others.contains(key)) {
                others.add(key);
            }
        }
        return passes.stream().sorted(Comparator.comparingInt((RunResult r) -> others.indexOf(withoutTransport(r)))
                .thenComparingInt(r -> transports.indexOf(r.getParams().getParam("transport")))).toList();
    }

    private static String withoutTransport(RunResult result) {
        BenchmarkParams params = result.getParams();
        StringBuilder key = new StringBuilder(params.getMode().shortLabel());
        for (String name : params.getParamsKeys()) {
            if (!name.equals("transport")) {
                key.append(' ').append(name).append('=').append(params.getParam(name));
            }
        }
        return key.toString();
    }

    /** Adds the results to the JSON array already in the file (JMH's format, so the report reads it). */
    private void appendJson(List<RunResult> results) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            ResultFormatFactory.getInstance(ResultFormatType.JSON, out).writeOut(results);
        }
        JsonArray all = Files.exists(json) ? JsonParser.parseString(Files.readString(json)).getAsJsonArray() : new JsonArray();
        if (!results.isEmpty()) {
            all.addAll(JsonParser.parseString(bytes.toString(StandardCharsets.UTF_8)).getAsJsonArray());
        }
        Files.writeString(json, new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeSpecialFloatingPointValues()
                .create().toJson(all) + "\n", StandardCharsets.UTF_8);
    }
}
