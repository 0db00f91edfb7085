/*
 * The native floor: the same two-process ping-pong as ipcbench's Java Floor benchmark, in C, so a
 * reader can see how far Java is from the machine. One file, no dependencies beyond libc:
 *
 *   cc -O2 -o pingpong pingpong.c
 *   pingpong MECHANISM PAYLOAD WARMUP_S MEASURE_S [DAEMON_CPU]
 *
 * MECHANISM is unix (stream socket pair), tcp (loopback, TCP_NODELAY), pipe (two pipes) or shm
 * (two slots in shared memory, both sides busy-spin). The parent is the client; a forked child
 * echoes. Every response is checked (length and sequence number), as the Java side checks its own.
 * DAEMON_CPU pins the child (shm needs a CPU of its own per side). Prints one line:
 *   <mechanism> <payload> <round trips> <mean ns per round trip>
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
static void echo_stream(int in, int out, size_t size) {
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

int main(int argc, char **argv) {
    if (argc < 5) {
        fprintf(stderr, "usage: %s unix|tcp|pipe|shm PAYLOAD WARMUP_S MEASURE_S [DAEMON_CPU]\n", argv[0]);
        return 2;
    }
    const char *mech = argv[1];
    size_t payload = (size_t) atol(argv[2]);
    double warmup = atof(argv[3]), measure = atof(argv[4]);
    int daemon_cpu = argc > 5 ? atoi(argv[5]) : -1;
    if (payload > MAX_PAYLOAD) payload = MAX_PAYLOAD;
    size_t size = 4 + payload;
    int shm = strcmp(mech, "shm") == 0;
    int to_daemon[2], to_client[2];
    shm_slots *slots = NULL;
    if (shm) {
        slots = mmap(NULL, sizeof(shm_slots) + 2 * size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
        if (slots == MAP_FAILED) die("mmap");
    } else if (strcmp(mech, "unix") == 0) {
        int pair[2];
        if (socketpair(AF_UNIX, SOCK_STREAM, 0, pair)) die("socketpair");
        to_daemon[1] = to_client[0] = pair[0];
        to_daemon[0] = to_client[1] = pair[1];
    } else if (strcmp(mech, "tcp") == 0) {
        int client, server;
        tcp_pair(&client, &server);
        to_daemon[1] = to_client[0] = client;
        to_daemon[0] = to_client[1] = server;
    } else if (strcmp(mech, "pipe") == 0) {
        if (pipe(to_daemon) || pipe(to_client)) die("pipe");
    } else {
        fprintf(stderr, "unknown mechanism %s (unix, tcp, pipe, shm)\n", mech);
        return 2;
    }
    pid_t child = fork();
    if (child < 0) die("fork");
    if (child == 0) {
        prctl(PR_SET_PDEATHSIG, SIGKILL); /* never outlives the client */
        if (daemon_cpu >= 0) pin(daemon_cpu);
        if (!shm) echo_stream(to_daemon[0], to_client[1], size);
        char *req = slots->data, *resp = slots->data + size;
        for (uint32_t seen = 0;;) {
            uint32_t seq;
            while ((seq = atomic_load_explicit(&slots->request, memory_order_acquire)) == seen) { }
            if (seq == UINT32_MAX) exit(0);
            memcpy(resp, req, size);
            atomic_store_explicit(&slots->response, seq, memory_order_release);
            seen = seq;
        }
    }
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
            write_all(to_daemon[1], buf, size);
            if (!read_all(to_client[0], buf, size)) { fprintf(stderr, "the echo process closed\n"); return 3; }
            check(buf, seq);
        }
        t = now_ns();
        if (t >= measured_from) {
            if (from == 0) from = t;
            else count++;
        }
    }
    if (shm) atomic_store_explicit(&slots->request, UINT32_MAX, memory_order_release);
    else close(to_daemon[1]);
    kill(child, SIGKILL);
    waitpid(child, NULL, 0);
    printf("%s %zu %ld %.1f\n", mech, payload, count, count > 0 ? (double) (t - from) / count : 0.0);
    return 0;
}
