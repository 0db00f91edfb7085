package ipcbench.report.claims;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import ipcbench.report.jmh.ResultsFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads claims from JSON: {@code {"claims": [{"id": …, "claim": …, "a": {…}, "b": {…},
 * "expect": "lower"|"higher", …}]}}; see {@code docs/report.md}. The project's own claims ship as
 * the resource {@code /claims.json}.
 */
public final class ClaimsFile {
    private static final String BUILT_IN = "/claims.json";

    private ClaimsFile() {
    }

    /** The claims that motivate the project. */
    public static List<Claim> builtIn() {
        try (InputStream in = ClaimsFile.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("resource " + BUILT_IN + " is missing from the jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), Path.of(BUILT_IN));
        } catch (IOException e) {
            throw new IllegalStateException("built-in claims: " + e.getMessage(), e);
        }
    }

    /** @throws ResultsFileException naming the file, when it is missing or not a valid claims file */
    public static List<Claim> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ResultsFileException(file, "no such file");
        }
        return parse(Files.readString(file, StandardCharsets.UTF_8), file);
    }

    static List<Claim> parse(String text, Path file) throws ResultsFileException {
        JsonElement root;
        try {
            root = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            throw new ResultsFileException(file, "malformed JSON: " + e.getMessage(), e);
        }
        if (!root.isJsonObject() || !root.getAsJsonObject().has("claims")
                || !root.getAsJsonObject().get("claims").isJsonArray()) {
            throw new ResultsFileException(file, "expected an object with a \"claims\" array");
        }
        List<Claim> claims = new ArrayList<>();
        int i = 0;
        for (JsonElement e : root.getAsJsonObject().getAsJsonArray("claims")) {
            try {
                claims.add(claim(e.getAsJsonObject()));
            } catch (RuntimeException ex) {
                throw new ResultsFileException(file, "claim " + i + ": " + ex.getMessage(), ex);
            }
            i++;
        }
        return claims;
    }

    private static Claim claim(JsonObject o) {
        String expect = required(o, "expect").toUpperCase(Locale.ROOT);
        if (!expect.equals("LOWER") && !expect.equals("HIGHER")) {
            throw new IllegalArgumentException("\"expect\" must be \"lower\" or \"higher\", is \"" + expect + "\"");
        }
        double factor = o.has("factor") ? o.get("factor").getAsDouble() : 1.0;
        if (!(factor > 0)) {
            throw new IllegalArgumentException("\"factor\" must be > 0, is " + factor);
        }
        Pattern benchmark;
        try {
            benchmark = Pattern.compile(o.has("benchmark") ? o.get("benchmark").getAsString() : "");
        } catch (PatternSyntaxException ex) {
            throw new IllegalArgumentException("\"benchmark\" is not a regular expression: " + ex.getMessage(), ex);
        }
        Map<String, String> a = map(o, "a");
        Map<String, String> b = map(o, "b");
        if (a.isEmpty() || b.isEmpty()) {
            throw new IllegalArgumentException("\"a\" and \"b\" must each name at least one parameter");
        }
        return new Claim(required(o, "id"), required(o, "claim"), benchmark,
                o.has("mode") ? o.get("mode").getAsString() : null,
                o.has("metric") ? o.get("metric").getAsString() : Claim.PRIMARY, map(o, "where"), a, b,
                Claim.Direction.valueOf(expect), factor);
    }

    private static String required(JsonObject o, String name) {
        if (!o.has(name) || !o.get(name).isJsonPrimitive()) {
            throw new IllegalArgumentException("missing \"" + name + "\"");
        }
        return o.get(name).getAsString();
    }

    private static Map<String, String> map(JsonObject o, String name) {
        Map<String, String> m = new LinkedHashMap<>();
        if (o.has(name)) {
            o.getAsJsonObject(name).entrySet().forEach(e -> m.put(e.getKey(), e.getValue().getAsString()));
        }
        return m;
    }
}
