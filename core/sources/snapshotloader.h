// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/scrape/scraperequest.h"
#include "core/scrape/snapshotbuilder.h"
#include "core/sources/sourceresolver.h"

#include <QObject>

class QNetworkAccessManager;

namespace appclacks::core {

class HttpScraper;

/// One refresh of a resolved source, good or bad.
struct LoadResult
{
    ScrapeMetadata metadata;
    BuiltSnapshot built; ///< built.latest is null when the refresh failed
    std::optional<int> retryAfterSeconds; ///< what a 429 or 503 asked for

    bool ok() const { return built.latest != nullptr; }
    /// The command line's exit code for a failure (docs/DESIGN.md).
    int exitCode() const;
};

/// Reads a resolved source once — a scrape over HTTP, or a local file — and hands the bytes to
/// the SnapshotBuilder: the one road every source takes to a complete snapshot, in the window,
/// the command line and the tests. GUI-thread object (QNetworkAccessManager is asynchronous
/// already); everything else happens on one worker hop.
class SnapshotLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotLoader)

public:
    /// What the builder needs besides the bytes: the previous snapshot and the window's start.
    struct Context
    {
        std::shared_ptr<const HealthSnapshot> previous;
        std::shared_ptr<const HealthSnapshot> baseline;
    };

    explicit SnapshotLoader(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~SnapshotLoader() override;

    /// Starts one load; `finished` follows exactly once unless cancel() comes first.
    void load(const ResolvedSource &source, const Context &context);
    void cancel();
    bool isLoading() const { return m_loading; }

    /// Resolves and loads `spec` once, waiting in a local event loop: for the command line and
    /// tests, never for the window. `resolution` receives a resolving error, if any.
    static LoadResult loadBlocking(const SourceSpec &spec, const DemoLauncher &demoLauncher, Resolution *resolution);

Q_SIGNALS:
    void finished(const appclacks::core::LoadResult &result);

private:
    void build(SnapshotBuilder::Input input, ScrapeMetadata metadata);

    QNetworkAccessManager *m_network = nullptr;
    HttpScraper *m_scraper = nullptr;
    bool m_loading = false;
    quint64 m_generation = 0; // results of a cancelled load are dropped
};

} // namespace appclacks::core

Q_DECLARE_METATYPE(appclacks::core::LoadResult)
