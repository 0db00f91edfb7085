package ipcbench.transport.protocol;

import ipcbench.transport.ByteStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;

/**
 * A transport's {@link ByteStream} as the {@code java.io} streams a library reads and writes
 * (LSP4J's launcher takes an {@code InputStream} and an {@code OutputStream}). The buffer of the
 * last array read into or written from is kept, so a buffered stream on top (which always passes
 * its own array) costs no allocation per call.
 */
final class StreamIo {
    private StreamIo() {
    }

    static InputStream in(ByteStream stream) {
        return new InputStream() {
            private byte[] array;
            private ByteBuffer view;
            private final byte[] one = new byte[1];

            @Override
            public int read() throws IOException {
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                if (b != array) {
                    array = b;
                    view = ByteBuffer.wrap(b);
                }
                view.limit(off + len).position(off);
                return stream.read(view);
            }

            @Override
            public void close() throws IOException {
                stream.close();
            }
        };
    }

    static OutputStream out(ByteStream stream) {
        return new OutputStream() {
            private byte[] array;
            private ByteBuffer view;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (b != array) {
                    array = b;
                    view = ByteBuffer.wrap(b);
                }
                view.limit(off + len).position(off);
                stream.write(view);
            }

            @Override
            public void close() throws IOException {
                stream.close();
            }
        };
    }
}
