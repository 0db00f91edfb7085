package ipcbench.report.floor;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import ipcbench.bench.run.RunDirectory;
import ipcbench.report.jmh.ResultsFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The C ping-pong's round trip on one mechanism, from {@code floor.json} ({@code floor --native},
 * bench's FloorCheck): a JSON array of rows with {@code mechanism}, {@code transport} (the one
 * measured against it) and, where C ran, {@code nativeMeanUs}, the mean over {@code rounds}, at
 * {@code payload} bytes (64, FloorCheck's default, in files from before rows had it). A row of
 * another {@code kind} than {@code roundTrip} (FloorCheck's {@code stream} rows: Stream against
 * C's stream, in MB/s) is no round-trip floor; a row without a kind is one.
 *
 * @param mechanism  uds, tcp, pipe or shm
 * @param transport  the transport FloorCheck measured on it, e.g. uds-jdk
 * @param meanMicros C's mean round trip, µs
 * @param rounds     how many runs the mean is over
 * @param payload    bytes each way
 */
public record NativeFloor(String mechanism, String transport, double meanMicros, int rounds, int payload) {
    /** FloorCheck's {@code --payload} default, for files that do not say. */
    static final int DEFAULT_PAYLOAD = 64;
    private static final String ROUND_TRIP = "roundTrip";

    /** The rows of a run directory's floor.json that have a C figure; none without the file. */
    public static List<NativeFloor> read(Path run) throws IOException {
        Path file = RunDirectory.at(run).floorJson();
        List<NativeFloor> floors = new ArrayList<>();
        if (!Files.isDirectory(run) || !Files.exists(file)) {
            return floors;
        }
        try {
            for (JsonElement e : JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonArray()) {
                JsonObject o = e.getAsJsonObject();
                if (!o.has("mechanism")) {
                    throw new ResultsFileException(file, "a row without a mechanism: " + o);
                }
                boolean roundTrip = !o.has("kind") || ROUND_TRIP.equals(o.get("kind").getAsString());
                if (roundTrip && o.has("nativeMeanUs")) {
                    floors.add(new NativeFloor(o.get("mechanism").getAsString(),
                            o.has("transport") ? o.get("transport").getAsString() : "",
                            o.get("nativeMeanUs").getAsDouble(), o.has("rounds") ? o.get("rounds").getAsInt() : 0,
                            o.has("payload") ? o.get("payload").getAsInt() : DEFAULT_PAYLOAD));
                }
            }
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException ex) {
            throw new ResultsFileException(file, "expected FloorCheck's array of rows: " + ex.getMessage(), ex);
        }
        return floors;
    }
}
