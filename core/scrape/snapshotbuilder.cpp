// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/scrape/snapshotbuilder.h"

#include "core/exposition/expositionparser.h"
#include "core/sources/metricsfile.h"

#include <QPointer>
#include <QThreadPool>

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

BuiltSnapshot SnapshotBuilder::build(const Input &input)
{
    BuiltSnapshot built;
    HealthSnapshot snapshot;
    if (!input.filePath.isEmpty()) {
        // A local file is the user's own: no network cap, unless they asked for one.
        ParseLimits limits = ParseLimits::localFile();
        if (input.maxFileBytes > 0) {
            limits.maxBodyBytes = input.maxFileBytes;
        }
        const MetricsFile::Result file = MetricsFile::load(input.filePath, limits);
        if (!file.ok()) {
            built.error = file.message;
            built.unreadable = file.failure == MetricsFile::Failure::Io;
            return built;
        }
        snapshot = HealthSnapshot::fromDocument(*file.document, input.options);
        snapshot.scrapedAt = file.modified;
    } else {
        const auto parsed = ExpositionParser(input.limits).parse(input.body, input.format);
        if (!parsed.ok()) {
            built.error = parsed.error.toString();
            return built;
        }
        snapshot = HealthSnapshot::fromDocument(*parsed.document, input.options);
        snapshot.scrapedAt = input.scrapedAt;
    }
    snapshot.source = input.source;
    markTransitions(snapshot, input.previous.get());
    return window(std::make_shared<const HealthSnapshot>(std::move(snapshot)), input.baseline);
}

void SnapshotBuilder::runAsync(
    std::function<BuiltSnapshot()> work, QObject *context, std::function<void(BuiltSnapshot)> done)
{
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
        if (!guard) {
            return;
        }
        QMetaObject::invokeMethod(
            guard.data(),
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

} // namespace appclacks::core
