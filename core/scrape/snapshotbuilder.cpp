// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/scrape/snapshotbuilder.h"

#include "core/exposition/expositionparser.h"

#include <QPointer>
#include <QThreadPool>

namespace appclacks::core {

BuiltSnapshot SnapshotBuilder::build(const Input &input)
{
    BuiltSnapshot built;
    const auto parsed = ExpositionParser(input.limits).parse(input.body, input.format);
    if (!parsed.ok()) {
        built.error = parsed.error.toString();
        return built;
    }
    HealthSnapshot snapshot = HealthSnapshot::fromDocument(*parsed.document, input.options);
    snapshot.source = input.source;
    snapshot.scrapedAt = input.scrapedAt;
    built.snapshot = std::make_shared<const HealthSnapshot>(std::move(snapshot));
    return built;
}

void SnapshotBuilder::buildAsync(Input input, QObject *context, std::function<void(BuiltSnapshot)> done)
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([input = std::move(input), guard, done = std::move(done)]() mutable {
        // No exception may cross the thread boundary: a failure becomes a result.
        BuiltSnapshot built;
        try {
            built = build(input);
        } catch (const std::exception &exception) {
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

} // namespace appclacks::core
