/*
 * framing-ceiling.c: how fast can ANY program frame a pcap file on this machine? Walks every record of a
 * (little-endian, microsecond or nanosecond) pcap file touching its last byte, either through read(2) into one
 * reused 512 KiB buffer (what jdissect's windowed reader does, minus the JVM) or through mmap(2), with and without
 * MAP_POPULATE. The result is the bound for FramingBench / "jdissect --count": see BENCHMARKS.md, "Framing".
 *
 *   cc -O2 -o /tmp/framing-ceiling bench/native/framing-ceiling.c
 *   /tmp/framing-ceiling CAPTURE        # run it twice: the first run may read from disk
 */
#define _GNU_SOURCE
#include <fcntl.h>
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

static long walk_read(int fd, long *sum) {
    enum { W = 1 << 19 };
    unsigned char *b = malloc(2 * W);
    size_t have = 0, pos = 24;
    long frames = 0;
    ssize_t r;
    lseek(fd, 0, SEEK_SET);
    while ((r = read(fd, b + have, W)) > 0) {
        have += (size_t) r;
        while (pos + 16 <= have) {
            uint32_t len;
            memcpy(&len, b + pos + 8, 4);
            if (pos + 16 + len > have) break;
            pos += 16 + len;
            frames++;
            *sum += b[pos - 1];
        }
        memmove(b, b + pos, have - pos); /* keep the partial record, as a new window would */
        have -= pos;
        pos = 0;
    }
    free(b);
    return frames;
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
    for (int mode = 0; mode < 3; mode++) {
        double t = now();
        long frames;
        const char *what;
        if (mode == 0) {
            frames = walk_read(fd, &sum);
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
