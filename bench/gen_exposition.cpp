// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

// gen_exposition --checks N [--zones Z] [--seed S] [--compact] [-o FILE]
// Writes Appclacks-style exposition for N checks × Z zones (ExpositionGenerator).

#include "simulator/expositiongenerator.h"

#include <QFile>

#include <cstdio>
#include <cstdlib>
#include <cstring>

int main(int argc, char *argv[])
{
    appclacks::simulator::GeneratorOptions options;
    const char *output = "-";
    for (int i = 1; i < argc; ++i) {
        const bool hasValue = i + 1 < argc;
        if (std::strcmp(argv[i], "--checks") == 0 && hasValue) {
            options.checks = std::atoi(argv[++i]);
        } else if (std::strcmp(argv[i], "--zones") == 0 && hasValue) {
            options.zones = std::atoi(argv[++i]);
        } else if (std::strcmp(argv[i], "--seed") == 0 && hasValue) {
            options.seed = std::strtoull(argv[++i], nullptr, 10);
        } else if (std::strcmp(argv[i], "--compact") == 0) {
            options.compactLabels = true;
        } else if (std::strcmp(argv[i], "-o") == 0 && hasValue) {
            output = argv[++i];
        } else {
            std::fprintf(stderr, "usage: gen_exposition --checks N [--zones Z] [--seed S] [--compact] [-o FILE]\n");
            return 2;
        }
    }
    const QByteArray text = appclacks::simulator::ExpositionGenerator::generate(options);
    QFile file;
    const bool opened = std::strcmp(output, "-") == 0
        ? file.open(stdout, QIODevice::WriteOnly)
        : (file.setFileName(QString::fromLocal8Bit(output)), file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    if (!opened || file.write(text) != text.size()) {
        std::fprintf(stderr, "%s: cannot write\n", output);
        return 74;
    }
    return 0;
}
