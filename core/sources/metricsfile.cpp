// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/sources/metricsfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace appclacks::core {

MetricsFile::Result MetricsFile::load(const QString &path, const ParseLimits &limits)
{
    Result result;
    const bool standardInput = path == QLatin1String("-");
    const QString shownName = standardInput ? QStringLiteral("<stdin>") : path;
    QFile file;
    const bool opened = standardInput ? file.open(stdin, QIODevice::ReadOnly)
                                      : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        result.failure = Failure::Io;
        result.message = shownName + QStringLiteral(": ") + file.errorString();
        return result;
    }
    result.modified = standardInput ? QDateTime::currentDateTimeUtc() : QFileInfo(file).lastModified().toUTC();
    // One byte past the limit, so that an oversized file is refused rather than cut short.
    const QByteArray input = file.read(limits.maxBodyBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        result.failure = Failure::Io;
        result.message = shownName + QStringLiteral(": ") + file.errorString();
        return result;
    }
    const auto parsed = ExpositionParser(limits).parse(input, ExpositionParser::detectFormat(input));
    if (!parsed.ok()) {
        result.failure = Failure::Data;
        result.message = shownName + QLatin1Char(':') + parsed.error.toString();
        return result;
    }
    result.document = parsed.document;
    return result;
}

} // namespace appclacks::core
