/*
 * The native floor: the same two-process ping-pong as ipcbench's Java Floor benchmark, in C, so a
 * reader can see how far Java is from the machine. One file, no dependencies beyond libc:
 *
 *   cc -O2 -o pingpong pingpong.c
 *   pingpong MECHANISM PAYLOAD WARMUP_S MEASURE_S [DAEMON_CPU]
 *   pingpong stream MECHANISM CHUNK WARMUP_S MEASURE_S [DAEMON_CPU]
 *
 * MECHANISM is unix (stream socket pair), tcp (loopback, TCP_NODELAY), pipe (two pipes) or shm
 * (two slots in shared memory, both sides busy-spin). The parent is the client; a forked child
 * echoes. Every response is checked (length and sequence number), as the Java side checks its own.
 * DAEMON_CPU pins the child (shm needs a CPU of its own per side). Prints one line:
 *   <mechanism> <payload> <round trips> <mean ns per round trip>
 *
 * "stream" mirrors the Java Stream benchmark (see stream_client below) on unix, tcp or pipe and
 * prints one line:
 *   stream <mechanism> <chunk> <batches> <payload MB/s (10^6 bytes; frame headers not counted)>
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sched.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_PAYLOAD (1 << 20)

static void die(const char *what) {
    perror(what);
    exit(2);
}

static uint64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t) t.tv_sec * 1000000000u + (uint64_t) t.tv_nsec;
}

static void write_all(int fd, const char *buf, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, buf, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) die("write");
        buf += w;
        n -= (size_t) w;
    }
}

/* 0 at a clean end of stream before the first byte; dies on a truncated message. */
static int read_all(int fd, char *buf, size_t n) {
    size_t got = 0;
    while (got < n) {
        ssize_t r = read(fd, buf + got, n - got);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) die("read");
        if (r == 0) {
            if (got == 0) return 0;
            fprintf(stderr, "truncated message: %zu of %zu bytes\n", got, n);
            exit(2);
        }
        got += (size_t) r;
    }
    return 1;
}

/* A message is a 4-byte sequence number then the payload; the echo is the same bytes. */
static void echo(int in, int out, size_t size) {
    char *buf = malloc(size);
    while (read_all(in, buf, size)) write_all(out, buf, size);
    exit(0);
}

static void check(const char *buf, uint32_t seq) {
    uint32_t got;
    memcpy(&got, buf, sizeof got);
    if (got != seq) {
        fprintf(stderr, "wrong response: sequence %u, expected %u\n", got, seq);
        exit(3);
    }
}

typedef struct {
    _Atomic uint32_t request;  /* sequence of the last request written (0: none) */
    _Atomic uint32_t response; /* sequence of the last response written */
    char data[];
} shm_slots;

static void pin(int cpu) {
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    if (sched_setaffinity(0, sizeof set, &set) != 0) die("sched_setaffinity");
}

static void tcp_pair(int *client, int *server) {
    int listener = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in addr = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t len = sizeof addr;
    if (listener < 0 || bind(listener, (struct sockaddr *) &addr, sizeof addr) || listen(listener, 1)
        || getsockname(listener, (struct sockaddr *) &addr, &len)) die("tcp listen");
    *client = socket(AF_INET, SOCK_STREAM, 0);
    if (connect(*client, (struct sockaddr *) &addr, sizeof addr)) die("tcp connect");
    *server = accept(listener, NULL, NULL);
    if (*server < 0) die("accept");
    int one = 1;
    setsockopt(*client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    setsockopt(*server, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    close(listener);
}

/*
 * stream: what the Java Stream benchmark (bench/.../jmh/Stream.java) does over a stream transport,
 * on the same kernel object. One batch is BATCH_BYTES of payload in CHUNK-byte frames, each frame
 * (a 16-byte big-endian header: payloadLength, responseLength, magic 'IPCB', sequence; then the
 * payload, its first 4 bytes stamped with the sequence, the rest a fixed pattern) written with one
 * write call. All frames but the last ask for no response (responseLength -1), the last for an
 * empty one (0); the batch counts once that answer is read and checked.
 *
 * What each side verifies. Java: its daemon reads every frame whole and checks its header (magic,
 * lengths within bounds), answers the last with a bare header (payloadLength 0, responseLength =
 * the request's length, the sequence); its client checks that answer's whole header. Nobody
 * checks the pattern bytes (a lost or extra byte breaks the framing, which the headers catch).
 * Here: the same, and more: the daemon also wants the exact chunk length, consecutive sequence
 * numbers and the stamp equal to the header's sequence.
 */
#define HEADER 16
#define MAGIC 0x49504342u
#define NO_RESPONSE (-1)
#define BATCH_BYTES (4 << 20) /* Stream.BATCH_BYTES */
#define READ_AHEAD 8192       /* FrameReader.READ_AHEAD: the least the Java daemon asks a read for */

static void put_int(char *at, uint32_t v) {
    v = htonl(v);
    memcpy(at, &v, sizeof v);
}

static uint32_t get_int(const char *at) {
    uint32_t v;
    memcpy(&v, at, sizeof v);
    return ntohl(v);
}

static void put_header(char *at, int32_t payload, int32_t response, uint32_t seq) {
    put_int(at, (uint32_t) payload);
    put_int(at + 4, (uint32_t) response);
    put_int(at + 8, MAGIC);
    put_int(at + 12, seq);
}

static void bad_frame(const char *who, uint32_t seq, const char *what) {
    fprintf(stderr, "%s: frame %u: %s\n", who, seq, what);
    exit(3);
}

/*
 * The Java daemon's FrameReader once its buffer has grown to a frame: each read asks for what the
 * frame lacks, at least READ_AHEAD, as far as the buffer goes; bytes of the next frame are kept and
 * moved to the front when the buffer is full. Returns 0 at a clean end of stream between frames.
 */
typedef struct {
    int fd;
    char *buf;
    size_t cap, start, end;
} frame_reader;

static int fill(frame_reader *r, size_t needed) {
    while (r->end - r->start < needed) {
        if (r->end == r->cap) {
            memmove(r->buf, r->buf + r->start, r->end - r->start);
            r->end -= r->start;
            r->start = 0;
        }
        size_t lacking = needed - (r->end - r->start);
        size_t want = lacking > READ_AHEAD ? lacking : READ_AHEAD;
        if (want > r->cap - r->end) want = r->cap - r->end;
        ssize_t n = read(r->fd, r->buf + r->end, want);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) die("read");
        if (n == 0) {
            if (r->end == r->start) return 0;
            fprintf(stderr, "daemon: truncated frame\n");
            exit(3);
        }
        r->end += (size_t) n;
    }
    return 1;
}

static void stream_daemon(int in, int out, size_t chunk) {
    frame_reader r = {in, malloc(HEADER + chunk), HEADER + chunk, 0, 0};
    for (uint32_t expected = 0;; expected++) {
        if (!fill(&r, HEADER)) exit(0);
        char *frame = r.buf + r.start;
        int32_t response = (int32_t) get_int(frame + 4);
        if (get_int(frame + 8) != MAGIC) bad_frame("daemon", expected, "bad magic");
        if (get_int(frame) != chunk) bad_frame("daemon", expected, "wrong payload length");
        if (response != NO_RESPONSE && response != 0) bad_frame("daemon", expected, "wrong response length");
        if (get_int(frame + 12) != expected) bad_frame("daemon", expected, "out of sequence");
        if (!fill(&r, HEADER + chunk)) bad_frame("daemon", expected, "no payload");
        frame = r.buf + r.start; /* fill may have moved it */
        if (chunk >= 4 && get_int(frame + HEADER) != expected) bad_frame("daemon", expected, "wrong stamp");
        if (response == 0) {
            put_header(frame, 0, (int32_t) chunk, expected);
            write_all(out, frame, HEADER);
        }
        r.start += HEADER + chunk;
        if (r.start == r.end) r.start = r.end = 0;
    }
}

/* The client's batches for WARMUP_S, then for MEASURE_S; payload MB/s of the batches after warm-up. */
static double stream_client(int out, int in, size_t chunk, double warmup, double measure, long *batches) {
    long frames = BATCH_BYTES / (long) chunk > 1 ? BATCH_BYTES / (long) chunk : 1;
    char *frame = malloc(HEADER + chunk), answer[HEADER];
    for (size_t i = 0; i < chunk; i++) frame[HEADER + i] = (char) (((uint32_t) i * 0x9E3779B1u) >> 24); /* Payload.patternByte */
    uint64_t start = now_ns(), measured_from = start + (uint64_t) (warmup * 1e9);
    uint64_t end = measured_from + (uint64_t) (measure * 1e9), t = start, from = 0;
    *batches = 0;
    for (uint32_t seq = 0; t < end;) {
        for (long i = 0; i < frames; i++, seq++) {
            int last = i == frames - 1;
            put_header(frame, (int32_t) chunk, last ? 0 : NO_RESPONSE, seq);
            if (chunk >= 4) put_int(frame + HEADER, seq);
            write_all(out, frame, HEADER + chunk);
            if (last) {
                if (!read_all(in, answer, HEADER)) bad_frame("client", seq, "the daemon closed");
                if (get_int(answer + 8) != MAGIC) bad_frame("client", seq, "answer with a bad magic");
                if (get_int(answer + 12) != seq) bad_frame("client", seq, "answer to another frame");
                if (get_int(answer) != 0) bad_frame("client", seq, "answer with a payload");
                if (get_int(answer + 4) != chunk) bad_frame("client", seq, "answer to a frame of another length");
            }
        }
        t = now_ns();
        if (t >= measured_from) {
            if (from == 0) from = t;
            else ++*batches;
        }
    }
    return *batches > 0 ? *batches * frames * (double) chunk / 1e6 / ((double) (t - from) / 1e9) : 0.0;
}

/* The client's and the daemon's ends of a mechanism: the client writes to_daemon[1] and reads to_client[0]. */
typedef struct {
    int to_daemon[2], to_client[2];
} channels;

/* Closes a side's copies of the other side's ends, so that either sees the other go (EOF, EPIPE). */
static void close_ends(int a, int b) {
    close(a);
    if (b != a) close(b); /* a socket is both of a side's ends */
}

static void keep_client_ends(channels *c) {
    close_ends(c->to_daemon[0], c->to_client[1]);
}

static void keep_daemon_ends(channels *c) {
    close_ends(c->to_daemon[1], c->to_client[0]);
}

/* 0, or -1 for a mechanism without channels (shm) or unknown. */
static int open_channels(const char *mech, channels *c) {
    if (strcmp(mech, "unix") == 0) {
        /* a socket pair: the same unix stream socket a connection to a socket file is */
        int pair[2];
        if (socketpair(AF_UNIX, SOCK_STREAM, 0, pair)) die("socketpair");
        c->to_daemon[1] = c->to_client[0] = pair[0];
        c->to_daemon[0] = c->to_client[1] = pair[1];
    } else if (strcmp(mech, "tcp") == 0) {
        int client, server;
        tcp_pair(&client, &server);
        c->to_daemon[1] = c->to_client[0] = client;
        c->to_daemon[0] = c->to_client[1] = server;
    } else if (strcmp(mech, "pipe") == 0) {
        /* two pipe(2)s, as ProcessBuilder makes a child's stdin and stdout */
        if (pipe(c->to_daemon) || pipe(c->to_client)) die("pipe");
    } else {
        return -1;
    }
    return 0;
}

/* Forks the daemon side: pinned to daemon_cpu if >= 0, killed if the client dies. Returns in the client only. */
static pid_t fork_daemon(int daemon_cpu, void (*serve)(void *), void *arg) {
    pid_t child = fork();
    if (child < 0) die("fork");
    if (child == 0) {
        prctl(PR_SET_PDEATHSIG, SIGKILL); /* never outlives the client */
        if (daemon_cpu >= 0) pin(daemon_cpu);
        serve(arg);
        exit(0);
    }
    return child;
}

typedef struct {
    channels c;
    size_t size;
    shm_slots *slots;
} daemon_args;

static void serve_echo(void *p) {
    daemon_args *a = p;
    keep_daemon_ends(&a->c);
    echo(a->c.to_daemon[0], a->c.to_client[1], a->size);
}

static void serve_stream(void *p) {
    daemon_args *a = p;
    keep_daemon_ends(&a->c);
    stream_daemon(a->c.to_daemon[0], a->c.to_client[1], a->size);
}

static void serve_shm(void *p) {
    daemon_args *a = p;
    shm_slots *slots = a->slots;
    char *req = slots->data, *resp = slots->data + a->size;
    for (uint32_t seen = 0;;) {
        uint32_t seq;
        while ((seq = atomic_load_explicit(&slots->request, memory_order_acquire)) == seen) { }
        if (seq == UINT32_MAX) exit(0);
        memcpy(resp, req, a->size);
        atomic_store_explicit(&slots->response, seq, memory_order_release);
        seen = seq;
    }
}

static void stop(pid_t child) {
    kill(child, SIGKILL);
    waitpid(child, NULL, 0);
}

static int stream_main(const char *mech, size_t chunk, double warmup, double measure, int daemon_cpu) {
    daemon_args a = {.size = chunk};
    if (chunk == 0 || chunk > MAX_PAYLOAD || strcmp(mech, "shm") == 0 || open_channels(mech, &a.c)) {
        fprintf(stderr, "stream: unknown mechanism %s (unix, tcp, pipe) or chunk %zu not in 1..%d\n", mech, chunk,
                MAX_PAYLOAD);
        return 2;
    }
    pid_t child = fork_daemon(daemon_cpu, serve_stream, &a);
    keep_client_ends(&a.c);
    long batches;
    double mbps = stream_client(a.c.to_daemon[1], a.c.to_client[0], chunk, warmup, measure, &batches);
    close(a.c.to_daemon[1]);
    stop(child);
    printf("stream %s %zu %ld %.1f\n", mech, chunk, batches, mbps);
    return 0;
}

int main(int argc, char **argv) {
    signal(SIGPIPE, SIG_IGN); /* a write to a side that died fails (EPIPE) and says so */
    int stream = argc > 1 && strcmp(argv[1], "stream") == 0;
    char **args = argv + stream; /* the arguments after "stream" */
    if (argc - stream < 5) {
        fprintf(stderr, "usage: %s unix|tcp|pipe|shm PAYLOAD WARMUP_S MEASURE_S [DAEMON_CPU]\n"
                        "       %s stream unix|tcp|pipe CHUNK WARMUP_S MEASURE_S [DAEMON_CPU]\n", argv[0], argv[0]);
        return 2;
    }
    const char *mech = args[1];
    size_t payload = (size_t) atol(args[2]);
    double warmup = atof(args[3]), measure = atof(args[4]);
    int daemon_cpu = argc - stream > 5 ? atoi(args[5]) : -1;
    if (stream) return stream_main(mech, payload, warmup, measure, daemon_cpu);
    if (payload > MAX_PAYLOAD) payload = MAX_PAYLOAD;
    size_t size = 4 + payload;
    int shm = strcmp(mech, "shm") == 0;
    daemon_args a = {.size = size};
    if (shm) {
        a.slots = mmap(NULL, sizeof(shm_slots) + 2 * size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
        if (a.slots == MAP_FAILED) die("mmap");
    } else if (open_channels(mech, &a.c)) {
        fprintf(stderr, "unknown mechanism %s (unix, tcp, pipe, shm)\n", mech);
        return 2;
    }
    pid_t child = fork_daemon(daemon_cpu, shm ? serve_shm : serve_echo, &a);
    if (!shm) keep_client_ends(&a.c);
    shm_slots *slots = a.slots;
    char *buf = calloc(1, size);
    uint64_t start = now_ns(), measured_from = start + (uint64_t) (warmup * 1e9);
    uint64_t end = measured_from + (uint64_t) (measure * 1e9), t = start, from = 0;
    long count = 0;
    for (uint32_t seq = 1; t < end; seq++) {
        memcpy(buf, &seq, sizeof seq);
        if (shm) {
            memcpy(slots->data, buf, size);
            atomic_store_explicit(&slots->request, seq, memory_order_release);
            while (atomic_load_explicit(&slots->response, memory_order_acquire) != seq) { }
            check(slots->data + size, seq);
        } else {
            write_all(a.c.to_daemon[1], buf, size);
            if (!read_all(a.c.to_client[0], buf, size)) { fprintf(stderr, "the echo process closed\n"); return 3; }
            check(buf, seq);
        }
        t = now_ns();
        if (t >= measured_from) {
            if (from == 0) from = t;
            else count++;
        }
    }
    if (shm) atomic_store_explicit(&slots->request, UINT32_MAX, memory_order_release);
    else close(a.c.to_daemon[1]);
    stop(child);
    printf("%s %zu %ld %.1f\n", mech, payload, count, count > 0 ? (double) (t - from) / count : 0.0);
    return 0;
}
