package ipcbench.bench.text;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Map;

/**
 * Output for a terminal whose charset may lack the symbols our tables use. In a POSIX locale
 * ({@code LANG} unset) Java encodes standard output as ASCII and prints {@code ?} for {@code ±},
 * {@code µ} and {@code ×}; there they are written as {@code +-}, {@code u} (so {@code µs} reads
 * {@code us}) and {@code x} instead. A charset that has them gets them unchanged.
 */
public final class TerminalCharset {
    private static final Map<Character, String> ASCII = Map.ofEntries(
            Map.entry('±', "+-"), Map.entry('µ', "u"), Map.entry('×', "x"), Map.entry('·', "-"),
            Map.entry('…', "..."), Map.entry('→', "->"), Map.entry('≤', "<="), Map.entry('≥', ">="),
            Map.entry('≈', "~"), Map.entry('–', "-"), Map.entry('—', "--"));

    private TerminalCharset() {
    }

    /**
     * The charset standard output is encoded in: {@code stdout.encoding} (JDK 19+), else the
     * platform's ({@code native.encoding}, which follows the locale), else the default.
     */
    public static Charset stdout() {
        for (String property : new String[] {"stdout.encoding", "sun.stdout.encoding", "native.encoding"}) {
            String name = System.getProperty(property);
            if (name != null && !name.isBlank()) {
                try {
                    return Charset.forName(name);
                } catch (IllegalArgumentException e) {
                    // an unknown name: try the next source
                }
            }
        }
        return Charset.defaultCharset();
    }

    /** {@code text} with every character {@code charset} cannot encode replaced by its ASCII spelling. */
    public static String fit(String text, Charset charset) {
        CharsetEncoder encoder = charset.newEncoder();
        if (encoder.canEncode(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (encoder.canEncode(c)) {
                out.append(c);
            } else {
                out.append(ASCII.getOrDefault(c, "?"));
            }
        }
        return out.toString();
    }

    /** A writer to {@code out} in {@code charset} that spells what the charset lacks in ASCII. */
    public static PrintWriter writer(OutputStream out, Charset charset) {
        return new PrintWriter(new Fitting(new OutputStreamWriter(out, charset), charset), true);
    }

    /** The same as a PrintStream, for {@code System.setOut}: every text printed goes through {@link #fit}. */
    public static PrintStream printStream(OutputStream out, Charset charset) {
        return new PrintStream(out, true, charset) {
            @Override
            public void print(String s) {
                super.print(fit(String.valueOf(s), charset));
            }

            @Override
            public void print(Object o) {
                print(String.valueOf(o));
            }

            @Override
            public void print(char c) {
                print(String.valueOf(c));
            }

            @Override
            public void print(char[] s) {
                print(new String(s));
            }
        };
    }

    /** Makes System.out and System.err fit the terminal's charset. */
    public static void installOnSystemStreams() {
        Charset charset = stdout();
        if (!charset.newEncoder().canEncode("±µ×")) {
            System.setOut(printStream(new FileOutputStream(FileDescriptor.out), charset));
            System.setErr(printStream(new FileOutputStream(FileDescriptor.err), charset));
        }
    }

    private static final class Fitting extends FilterWriter {
        private final Charset charset;

        Fitting(Writer out, Charset charset) {
            super(out);
            this.charset = charset;
        }

        @Override
        public void write(int c) throws IOException {
            out.write(fit(String.valueOf((char) c), charset));
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            out.write(fit(new String(buffer, offset, length), charset));
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            out.write(fit(text.substring(offset, offset + length), charset));
        }
    }
}
