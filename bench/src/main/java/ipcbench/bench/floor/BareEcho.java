package ipcbench.bench.floor;

import ipcbench.transport.daemon.ChildJvm;
import ipcbench.transport.daemon.ParentWatch;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The floor's daemon: the least a process can do to answer — read exactly {@code size} bytes,
 * write them back — with plain NIO channels, no framing, no verification, one client.
 *
 * <p>Usage: {@code BareEcho uds|tcp|pipe SIZE DIR}.
 */
public final class BareEcho {
    private BareEcho() {
    }

    public static void main(String[] args) throws IOException {
        String mechanism = args[0];
        int size = Integer.parseInt(args[1]);
        Path directory = Path.of(args[2]);
        ParentWatch.start(ParentWatch.parentPid(), "floor echo");
        switch (mechanism) {
            case "uds": {
                Path path = directory.resolve("floor.sock");
                ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)
                        .bind(UnixDomainSocketAddress.of(path));
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
                System.err.println(ChildJvm.READY + path);
                SocketChannel channel = server.accept();
                echo(channel, channel, size);
                break;
            }
            case "tcp": {
                ServerSocketChannel server = ServerSocketChannel.open()
                        .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                System.err.println(ChildJvm.READY + server.socket().getLocalPort());
                SocketChannel channel = server.accept();
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                echo(channel, channel, size);
                break;
            }
            case "pipe":
                System.err.println(ChildJvm.READY + "stdio");
                echo(new FileInputStream(FileDescriptor.in).getChannel(),
                        new FileOutputStream(FileDescriptor.out).getChannel(), size);
                break;
            default:
                System.err.println(ChildJvm.FAILED + "unknown mechanism " + mechanism + " (uds, tcp, pipe)");
                System.exit(2);
        }
        System.exit(0);
    }

    private static void echo(ReadableByteChannel in, WritableByteChannel out, int size) throws IOException {
        ByteBuffer buf = ByteBuffer.allocateDirect(size);
        while (true) {
            buf.clear();
            while (buf.hasRemaining()) {
                if (in.read(buf) < 0) {
                    return;
                }
            }
            buf.flip();
            while (buf.hasRemaining()) {
                out.write(buf);
            }
        }
    }
}
