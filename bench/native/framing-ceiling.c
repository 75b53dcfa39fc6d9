/*
 * framing-ceiling.c: how fast can ANY program frame a pcap file on this machine? Walks every record of a
 * (little-endian, microsecond or nanosecond) pcap file touching its last byte, either through read(2) into one
 * reused 512 KiB buffer (what jdissect's windowed reader does, minus the JVM) or through mmap(2), with and without
 * MAP_POPULATE, and through read(2) on two threads that each walk half of the file (split at a record boundary found
 * beforehand and not timed; Captures.tally guesses it and checks the guess). The result is the bound for FramingBench /
 * "jdissect --count": see BENCHMARKS.md, "Framing" and the eleventh round.
 *
 *   cc -O2 -pthread -o /tmp/framing-ceiling bench/native/framing-ceiling.c
 *   /tmp/framing-ceiling CAPTURE        # run it twice: the first run may read from disk
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static long walk_mapped(const unsigned char *p, size_t n, long *sum) {
    size_t off = 24;
    long frames = 0;
    while (off + 16 <= n) {
        uint32_t len;
        memcpy(&len, p + off + 8, 4);
        off += 16 + (size_t) len;
        if (off > n) break;
        frames++;
        *sum += p[off - 1];
    }
    return frames;
}

/*
 * Records from `from` (a record start) until the first record start at or after `to`, through pread(2) into one
 * reused 512 KiB buffer (what jdissect's windowed reader does, minus the JVM): the whole file on one thread, or
 * one half on each of two.
 */
typedef struct {
    int fd;
    off_t from, to;
    long frames, sum;
} half;

static void *walk_half(void *arg) {
    half *h = arg;
    enum { W = 1 << 19 };
    unsigned char *b = malloc(2 * W);
    size_t have = 0, pos = 0;
    off_t at = h->from, start = h->from; /* start: the file offset of b[0] */
    ssize_t r;
    int done = 0;
    while (!done && (r = pread(h->fd, b + have, W, at)) > 0) {
        at += r;
        have += (size_t) r;
        while (pos + 16 <= have) {
            uint32_t len;
            memcpy(&len, b + pos + 8, 4);
            if (pos + 16 + len > have) break;
            pos += 16 + len;
            h->frames++;
            h->sum += b[pos - 1];
            if (start + (off_t) pos >= h->to) {
                done = 1;
                break;
            }
        }
        memmove(b, b + pos, have - pos);
        start += (off_t) pos;
        have -= pos;
        pos = 0;
    }
    free(b);
    return NULL;
}

/* The first record start at or after the middle of the file: found before the timing starts. */
static off_t middle_record(int fd, size_t n) {
    off_t o = 24;
    unsigned char hdr[16];
    while (pread(fd, hdr, 16, o) == 16) {
        uint32_t len;
        memcpy(&len, hdr + 8, 4);
        if (o >= (off_t) (n / 2)) {
            return o;
        }
        o += 16 + (off_t) len;
    }
    return (off_t) n;
}

static long walk_two(int fd, size_t n, off_t mid, long *sum) {
    half h[2] = {{fd, 24, mid, 0, 0}, {fd, mid, (off_t) n, 0, 0}};
    pthread_t t;
    pthread_create(&t, NULL, walk_half, &h[1]);
    walk_half(&h[0]);
    pthread_join(t, NULL);
    *sum += h[0].sum + h[1].sum;
    return h[0].frames + h[1].frames;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s CAPTURE.pcap\n", argv[0]);
        return 2;
    }
    int fd = open(argv[1], O_RDONLY);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) {
        perror(argv[1]);
        return 1;
    }
    size_t n = (size_t) st.st_size;
    long sum = 0;
    for (int mode = 0; mode < 4; mode++) {
        long frames;
        const char *what;
        if (mode == 3) {
            off_t mid = middle_record(fd, n);
            double t3 = now();
            frames = walk_two(fd, n, mid, &sum);
            double s3 = now() - t3;
            printf("%-26s %ld frames in %.3f s: %.2f M frames/s, %.0f MB/s\n", "read(2), two threads", frames, s3,
                   frames / s3 / 1e6, n / s3 / 1e6);
            continue;
        }
        double t = now();
        if (mode == 0) {
            half whole = {fd, 24, (off_t) n, 0, 0};
            walk_half(&whole);
            frames = whole.frames;
            sum += whole.sum;
            what = "read(2), 512 KiB buffer";
        } else {
            int flags = MAP_SHARED | (mode == 2 ? MAP_POPULATE : 0);
            unsigned char *p = mmap(NULL, n, PROT_READ, flags, fd, 0);
            if (p == MAP_FAILED) {
                perror("mmap");
                return 1;
            }
            frames = walk_mapped(p, n, &sum);
            munmap(p, n);
            what = mode == 2 ? "mmap(2) + MAP_POPULATE" : "mmap(2)";
        }
        double s = now() - t;
        printf("%-26s %ld frames in %.3f s: %.2f M frames/s, %.0f MB/s\n", what, frames, s, frames / s / 1e6,
               n / s / 1e6);
    }
    return sum == 42; /* keeps the loads */
}
