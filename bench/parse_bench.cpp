// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

// parse_bench [-n ITERATIONS] [--scan portable|sse2|avx2] [--chunk BYTES] [--stream WINDOW] FILE
// Reads FILE once (as appclacks-desktop reads a file), parses it N times with the application's parser and prints one
// JSON line in the layout of ../shared/bench (parser file bytes families samples iters median_s min_s first_s MBps
// samples_per_s), so bench.py can put it beside Prometheus's own parsers. --scan picks the path measured (the
// parser's name in the JSON line then says which): portable is the byte-at-a-time scan the others are tested against
// (--portable says the same), sse2 (neon on arm64) and avx2 the structural index built by that kernel; without it, the
// fastest the CPU has, as the application uses. --chunk sets how many bytes the structural index covers at a time.
// --stream WINDOW measures what `parse --format stats` does instead: each iteration reads the file again through a
// window of WINDOW bytes and counts (ExpositionParser::countStream), so the time includes the read from the page cache.

#include "core/exposition/expositionparser.h"
#include "core/platform/memorytuning.h"
#include "core/sources/metricsfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

using namespace appclacks::core;

namespace {

double threadCpuSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    int iterations = 3;
    const char *path = nullptr;
    auto scan = ExpositionParser::Scan::Best;
    bool scanNamed = false;
    long long streamWindow = 0;
    long long chunk = 0;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-n") == 0 && i + 1 < argc) {
            iterations = std::max(1, std::atoi(argv[++i]));
        } else if (std::strcmp(argv[i], "--stream") == 0 && i + 1 < argc) {
            streamWindow = std::max(1ll, std::atoll(argv[++i]));
        } else if (std::strcmp(argv[i], "--chunk") == 0 && i + 1 < argc) {
            chunk = std::max(1ll, std::atoll(argv[++i]));
        } else if (std::strcmp(argv[i], "--portable") == 0) {
            scan = ExpositionParser::Scan::Portable;
            scanNamed = true;
        } else if (std::strcmp(argv[i], "--scan") == 0 && i + 1 < argc) {
            const auto named = ExpositionParser::scanFromName(argv[++i]);
            if (!named) {
                std::fprintf(stderr, "parse_bench: unknown scan '%s' (portable, sse2, neon, avx2, best)\n", argv[i]);
                return 2;
            }
            scan = *named;
            scanNamed = scan != ExpositionParser::Scan::Best;
        } else {
            path = argv[i];
        }
    }
    if (!path) {
        std::fprintf(stderr,
            "usage: parse_bench [-n ITERATIONS] [--scan portable|sse2|avx2] [--chunk BYTES] [--stream WINDOW] FILE\n");
        return 2;
    }
    keepLargeBuffersBetweenScrapes(); // as appclacks-desktop itself does at start-up
    QFile file(QString::fromLocal8Bit(path));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        std::fprintf(stderr, "%s: %s\n", path, qPrintable(file.errorString()));
        return 74;
    }
    ExpositionParser parser(ParseLimits::localFile(), scan);
    if (chunk > 0) {
        parser.setIndexChunkBytes(std::size_t(chunk));
    }
    if (scanNamed && parser.scan() != scan) {
        std::fprintf(stderr, "parse_bench: this CPU has no %s kernel\n", ExpositionParser::scanName(scan));
        return 69;
    }
    const QByteArray input = streamWindow > 0 ? QByteArray() : MetricsFile::readAll(file, ParseLimits::unlimited);
    const qint64 inputSize = streamWindow > 0 ? file.size() : input.size();
    QByteArray tail = input.right(64); // the last line decides the format
    if (streamWindow > 0 && file.seek(std::max<qint64>(0, inputSize - 64))) {
        tail = file.read(64);
    }
    const ExpositionFormat format = ExpositionParser::detectFormat(tail);

    std::vector<double> seconds;
    std::vector<double> cpuSeconds; // the thread's own CPU time: steadier than the clock when the cores are shared
    std::size_t families = 0;
    std::size_t samples = 0;
    for (int i = 0; i < iterations; ++i) {
        QElapsedTimer timer;
        const double cpuStart = threadCpuSeconds();
        timer.start();
        if (streamWindow > 0) {
            file.seek(0);
            const auto counted = parser.countStream(
                [&file](char *buffer, std::int64_t capacity) { return std::int64_t(file.read(buffer, capacity)); },
                inputSize, format, std::size_t(streamWindow));
            const double elapsed = double(timer.nsecsElapsed()) / 1e9;
            cpuSeconds.push_back(threadCpuSeconds() - cpuStart);
            if (counted.outcome != ExpositionParser::StreamCount::Outcome::Counted) {
                std::fprintf(stderr, "not counted: %s\n", qPrintable(counted.error.toString()));
                return 65;
            }
            families = counted.counts->families;
            samples = counted.counts->samples;
            seconds.push_back(elapsed);
            continue;
        }
        auto result = parser.parse(input, format);
        const double elapsed = double(timer.nsecsElapsed()) / 1e9;
        cpuSeconds.push_back(threadCpuSeconds() - cpuStart);
        if (!result.ok()) {
            std::fprintf(stderr, "parse error: %s\n", qPrintable(result.error.toString()));
            return 65;
        }
        families = result.document->families().size();
        samples = result.document->samples().size();
        result.document.reset(); // one document alive at a time, as in the application
        seconds.push_back(elapsed);
    }
    const double first = seconds.front();
    std::sort(seconds.begin(), seconds.end());
    const double median = seconds[seconds.size() / 2];
    std::sort(cpuSeconds.begin(), cpuSeconds.end());
    const double medianCpu = cpuSeconds[cpuSeconds.size() / 2];
    const std::string name = scanNamed ? std::string("-") + ExpositionParser::scanName(parser.scan()) : "";
    const std::string stream = streamWindow > 0 ? "-stream-" + std::to_string(streamWindow) : "";
    std::printf("{\"parser\":\"appclacks-desktop%s%s\",\"file\":\"%s\",\"bytes\":%lld,\"families\":%zu,\"samples\":%zu,"
                "\"iters\":%d,\"median_s\":%.6f,\"min_s\":%.6f,\"first_s\":%.6f,\"MBps\":%.2f,\"samples_per_s\":%.0f,"
                "\"median_cpu_s\":%.6f,\"cpu_MBps\":%.2f,\"scan\":\"%s\",\"index_chunk\":%zu}\n",
        name.c_str(), stream.c_str(), path, static_cast<long long>(inputSize), families, samples, iterations, median,
        seconds.front(), first, double(inputSize) / median / 1e6, double(samples) / median, medianCpu,
        double(inputSize) / medianCpu / 1e6, ExpositionParser::scanName(parser.scan()), parser.indexChunkBytes());
    return 0;
}
