package ipcbench.transport.shm;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.ringbuffer.OneToOneRingBuffer;
import org.agrona.concurrent.ringbuffer.RingBuffer;
import org.agrona.concurrent.ringbuffer.RingBufferDescriptor;

/**
 * Two Agrona single-producer single-consumer rings in one file that the daemon and its client
 * both map: requests (client to daemon) and responses. The daemon creates the file, 0600 from
 * the start, in its private directory, and removes it when it closes. The mapping itself is left
 * to the garbage collector, as the JDK does for every mapping: unmapping while another thread
 * may still touch the rings (a wait being ended by a deadline, a daemon shutting down) would
 * crash the JVM.
 */
final class SharedRings {
    /** Per direction: room for a whole 1 MiB frame eight times over (in messages of FrameReader.READ_AHEAD bytes). */
    static final int CAPACITY = 1 << 23;
    private static final int RING_BYTES = CAPACITY + RingBufferDescriptor.TRAILER_LENGTH;

    private final Path file;
    private final boolean owner;
    final RingBuffer requests;
    final RingBuffer responses;

    private SharedRings(Path file, boolean owner, MappedByteBuffer mapped) {
        this.file = file;
        this.owner = owner;
        this.requests = new OneToOneRingBuffer(new UnsafeBuffer(mapped, 0, RING_BYTES));
        this.responses = new OneToOneRingBuffer(new UnsafeBuffer(mapped, RING_BYTES, RING_BYTES));
    }

    /** Daemon side: a new file, owner-only, zeroed (an empty ring is all zeros). */
    static SharedRings create(Path file) throws IOException {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            return new SharedRings(file, true, channel.map(FileChannel.MapMode.READ_WRITE, 0, 2L * RING_BYTES));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** Client side: the daemon's file. */
    static SharedRings open(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            if (channel.size() != 2L * RING_BYTES) {
                throw new IOException(file + " is " + channel.size() + " bytes, not the " + 2L * RING_BYTES
                        + " of two rings: not an ipcbench daemon's");
            }
            return new SharedRings(file, false, channel.map(FileChannel.MapMode.READ_WRITE, 0, 2L * RING_BYTES));
        }
    }

    /** Daemon side: removes the file; the client's mapping stays valid until it is collected. */
    void remove() throws IOException {
        if (owner) {
            Files.deleteIfExists(file);
        }
    }
}
