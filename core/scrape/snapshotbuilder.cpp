// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/scrape/snapshotbuilder.h"

#include "core/exposition/expositionparser.h"
#include "core/scrape/bodydecoder.h"
#include "core/sources/metricsfile.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <limits>

namespace appclacks::core {

BuiltSnapshot SnapshotBuilder::window(
    std::shared_ptr<const HealthSnapshot> latest, const std::shared_ptr<const HealthSnapshot> &baseline)
{
    BuiltSnapshot built;
    if (latest && baseline) {
        built.displayed = std::make_shared<const HealthSnapshot>(increaseBetween(*baseline, *latest, &built.changes));
    } else {
        built.displayed = latest;
    }
    built.latest = std::move(latest);
    return built;
}

QString SnapshotBuilder::noHealthMetricsMessage()
{
    return QCoreApplication::translate("SnapshotBuilder",
        "the endpoint answered but has no health-check metrics (healthcheck_total, healthcheck_duration_seconds)");
}

BuiltSnapshot SnapshotBuilder::build(const Input &input)
{
    BuiltSnapshot built;
    const auto refuse = [&built](ScrapeError kind, const QString &message) {
        built.errorKind = kind;
        built.error = message;
        return built;
    };
    HealthSnapshot snapshot;
    QString where;
    QString duplicate;
    if (!input.filePath.isEmpty()) {
        where = input.filePath;
        // A local file is the user's own: no network cap, unless they asked for one.
        ParseLimits limits = ParseLimits::localFile();
        if (input.maxFileBytes > 0) {
            limits.maxBodyBytes = input.maxFileBytes;
        }
        const MetricsFile::Result file = MetricsFile::load(input.filePath, limits);
        if (!file.ok()) {
            built.unreadable = file.failure == MetricsFile::Failure::Io;
            return refuse(built.unreadable ? ScrapeError::Unreadable : ScrapeError::BadData, file.message);
        }
        snapshot = HealthSnapshot::fromDocument(*file.document, input.options, &duplicate);
        if (duplicate.isEmpty() && snapshot.checks.empty() && snapshot.ignoredSamples == 0
            && !HealthSnapshot::hasHealthFamily(*file.document)) {
            duplicate = noHealthMetricsMessage();
            return refuse(ScrapeError::NotMetrics, where + QStringLiteral(": ") + duplicate);
        }
        snapshot.scrapedAt = file.modified;
    } else {
        // Decompression runs here, on the worker: a large or hostile gzip body never holds the GUI.
        where = input.where;
        const qint64 cap = input.maxBodyBytes > 0 ? input.maxBodyBytes : std::numeric_limits<qint64>::max();
        DecodedBody decoded = BodyDecoder::decode(input.body, input.contentEncoding, cap, where);
        if (!decoded.ok()) {
            return refuse(decoded.error, decoded.message);
        }
        built.decodedBytes = decoded.body.size();
        if (BodyDecoder::looksLikeHtml(decoded.body)) {
            return refuse(ScrapeError::NotMetrics,
                QCoreApplication::translate(
                    "HttpScraper", "%1 is not a metrics endpoint: it answered with %2. Check the URL.")
                    .arg(where, QCoreApplication::translate("HttpScraper", "an HTML page")));
        }
        const auto parsed = ExpositionParser(input.limits).parse(decoded.body, input.format);
        if (!parsed.ok()) {
            return refuse(ScrapeError::BadData,
                where.isEmpty() ? parsed.error.toString() : where + QLatin1Char(':') + parsed.error.toString());
        }
        snapshot = HealthSnapshot::fromDocument(*parsed.document, input.options, &duplicate);
        if (duplicate.isEmpty() && snapshot.checks.empty() && snapshot.ignoredSamples == 0
            && !HealthSnapshot::hasHealthFamily(*parsed.document)) {
            const QString message = noHealthMetricsMessage();
            return refuse(ScrapeError::NotMetrics, where.isEmpty() ? message : where + QStringLiteral(": ") + message);
        }
        snapshot.scrapedAt = input.scrapedAt;
    }
    if (!duplicate.isEmpty()) {
        return refuse(ScrapeError::BadData, where.isEmpty() ? duplicate : where + QStringLiteral(": ") + duplicate);
    }
    snapshot.source = input.source;
    markTransitions(snapshot, input.previous.get());
    BuiltSnapshot result = window(std::make_shared<const HealthSnapshot>(std::move(snapshot)), input.baseline);
    result.decodedBytes = built.decodedBytes;
    return result;
}

void SnapshotBuilder::runAsync(
    std::function<BuiltSnapshot()> work, QObject *context, std::function<void(BuiltSnapshot)> done)
{
    // The guard is only read on the context's thread: on the worker, the context could be destroyed
    // between a check and the post. The result is posted to the application object, which outlives
    // every context, and dropped there if the context has gone.
    Q_ASSERT(context && context->thread() == QCoreApplication::instance()->thread());
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([work = std::move(work), guard, done = std::move(done)]() mutable {
        // No exception may cross the thread boundary: a failure becomes a result.
        BuiltSnapshot built;
        try {
            built = work();
        } catch (const std::exception &exception) {
            built = {};
            built.error = QString::fromUtf8(exception.what());
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, done = std::move(done), built = std::move(built)]() mutable {
                if (guard) {
                    done(std::move(built));
                }
            },
            Qt::QueuedConnection);
    });
}

void SnapshotBuilder::buildAsync(Input input, QObject *context, std::function<void(BuiltSnapshot)> done)
{
    runAsync([input = std::move(input)] { return build(input); }, context, std::move(done));
}

void SnapshotBuilder::releaseAsync(std::shared_ptr<const HealthSnapshot> snapshot)
{
    if (snapshot.use_count() == 1) {
        QThreadPool::globalInstance()->start([snapshot = std::move(snapshot)]() mutable { snapshot.reset(); });
    }
}

} // namespace appclacks::core
