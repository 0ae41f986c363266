// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/sources/snapshotloader.h"

#include "core/scrape/httpscraper.h"
#include "core/util/exitcode.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>

namespace appclacks::core {

int LoadResult::exitCode() const
{
    return ok() ? int(ExitOk) : exitCodeFor(metadata.error);
}

SnapshotLoader::SnapshotLoader(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

SnapshotLoader::~SnapshotLoader()
{
    cancel();
}

void SnapshotLoader::cancel()
{
    ++m_generation;
    m_loading = false;
    if (m_scraper) {
        m_scraper->disconnect(this);
        m_scraper->abort();
        m_scraper->deleteLater();
        m_scraper = nullptr;
    }
}

void SnapshotLoader::load(const ResolvedSource &source, const Context &context)
{
    cancel();
    m_loading = true;
    SnapshotBuilder::Input input;
    input.options = source.options;
    input.source = source.name;
    input.previous = context.previous;
    input.baseline = context.baseline;

    if (source.prometheus) {
        // A server that keeps the history itself is read over a range (PrometheusSnapshots),
        // never scraped: saying so beats requesting its base URL.
        LoadResult result;
        result.metadata.time = QDateTime::currentDateTimeUtc();
        result.metadata.error = ScrapeError::Configuration;
        result.metadata.message = tr("“%1” is a Prometheus-compatible server: its figures are read over a range "
                                     "(--last, or --from and --to), not scraped.")
                                      .arg(source.name);
        QMetaObject::invokeMethod(
            this,
            [this, result] {
                m_loading = false;
                Q_EMIT finished(result);
            },
            Qt::QueuedConnection);
        return;
    }
    if (!source.request) {
        // A local file: read, parsed and built in the same worker hop.
        input.filePath = source.spec.path;
        input.maxFileBytes = source.spec.maxBytes;
        ScrapeMetadata metadata;
        metadata.time = QDateTime::currentDateTimeUtc();
        metadata.bytes = source.spec.path == QLatin1String("-") ? 0 : QFileInfo(source.spec.path).size();
        build(std::move(input), metadata);
        return;
    }

    m_scraper = new HttpScraper(m_network, this);
    const quint64 generation = m_generation;
    const QString url = source.request->url.toString(QUrl::RemoveUserInfo);
    const qint64 maxBodyBytes = source.request->maxBodyBytes;
    connect(m_scraper, &HttpScraper::finished, this,
        [this, generation, url, maxBodyBytes, input = std::move(input)](const ScrapeResponse &response) mutable {
            m_scraper->deleteLater();
            m_scraper = nullptr;
            if (generation != m_generation) {
                return;
            }
            ScrapeMetadata metadata;
            metadata.time = response.startedAt;
            metadata.durationMs = response.durationMs;
            metadata.bytes = response.bytes;
            metadata.httpStatus = response.httpStatus;
            metadata.error = response.error;
            metadata.message = response.message;
            if (!response.ok()) {
                m_loading = false;
                LoadResult result;
                result.metadata = metadata;
                result.retryAfterSeconds = response.retryAfterSeconds;
                Q_EMIT finished(result);
                return;
            }
            input.body = response.body;
            input.contentEncoding = response.contentEncoding;
            input.maxBodyBytes = maxBodyBytes;
            input.where = url;
            input.format = response.format;
            input.scrapedAt = response.startedAt;
            build(std::move(input), metadata);
        });
    m_scraper->start(*source.request);
}

void SnapshotLoader::build(SnapshotBuilder::Input input, ScrapeMetadata metadata)
{
    const quint64 generation = m_generation;
    const bool file = !input.filePath.isEmpty();
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    SnapshotBuilder::buildAsync(
        std::move(input), this, [this, generation, metadata, file, clock](BuiltSnapshot built) mutable {
            if (generation != m_generation) {
                return; // cancelled, or superseded by a newer load
            }
            m_loading = false;
            if (file) {
                metadata.durationMs = clock->elapsed();
            }
            if (!built.latest) {
                metadata.error = built.errorKind != ScrapeError::None
                    ? built.errorKind
                    : (built.unreadable ? ScrapeError::Unreadable : ScrapeError::BadData);
                // "PATH:LINE:COLUMN: reason" for a file, "URL:LINE:COLUMN: reason" for a scrape:
                // the builder names where.
                metadata.message = built.error;
            } else if (!file) {
                metadata.bytes = built.decodedBytes;
            }
            LoadResult result;
            result.metadata = metadata;
            result.built = std::move(built);
            Q_EMIT finished(result);
        });
}

LoadResult SnapshotLoader::loadBlocking(
    const SourceSpec &spec, const DemoLauncher &demoLauncher, Resolution *resolution)
{
    QEventLoop loop;
    SourceResolver resolver(demoLauncher);
    std::optional<Resolution> resolved;
    resolver.resolve(spec, [&](const Resolution &answer) {
        resolved = answer;
        loop.quit();
    });
    if (!resolved) {
        loop.exec();
    }
    if (resolution) {
        *resolution = *resolved;
    }
    if (!resolved->source) {
        LoadResult result;
        result.metadata.error = ScrapeError::Configuration;
        result.metadata.message = resolved->error;
        return result;
    }
    QNetworkAccessManager network;
    SnapshotLoader loader(&network);
    std::optional<LoadResult> loaded;
    connect(&loader, &SnapshotLoader::finished, &loop, [&](const LoadResult &result) {
        loaded = result;
        loop.quit();
    });
    loader.load(*resolved->source, {});
    if (!loaded) {
        loop.exec();
    }
    return *loaded;
}

} // namespace appclacks::core
