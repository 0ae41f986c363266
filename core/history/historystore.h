// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/history/windowincrease.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <vector>

class QLockFile;

namespace appclacks::core {

struct HealthSnapshot;
struct ZoneHealth;

/// One scrape as the history keeps it: its counters, or why it failed.
struct ScrapeRecord
{
    QString source; ///< profile name, "demo", a URL's host and path, or an import's name
    std::int64_t timeMs = 0;
    std::shared_ptr<const HealthSnapshot> snapshot; ///< the counters as scraped (not a window); null on failure
    QString error; ///< why the scrape failed; empty when it did not
    QString zoneLabel = QStringLiteral("zone"); ///< the label the source names zones with
};

/// The history file: every scrape's counters, per check × zone, compressed in two-hour blocks
/// (docs/HISTORY.md). One SQLite file through QtSql, used from one thread (its connection's).
///
/// One process writes a file at a time (a lock file beside it); another opens it read-only and
/// says so. A file that is damaged or not ours is moved aside, never overwritten; one written by a
/// newer version is left alone and refused.
class HistoryStore final
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    enum class Access { ReadWrite, ReadOnly };

    struct SourceInfo
    {
        qint64 id = 0;
        QString name;
        QString zoneLabel;
        qint64 series = 0;
        qint64 samples = 0;
        std::int64_t firstMs = 0; ///< 0 when the source has no sample
        std::int64_t lastMs = 0;
        qint64 scrapes = 0; ///< scrapes recorded (imports record none)
        qint64 failedScrapes = 0;
    };

    struct PairInfo
    {
        qint64 id = 0;
        QString checkId;
        QString checkName;
        QString zone;
        QList<QPair<QString, QString>> labels; ///< the check's other labels, sorted by name
        std::int64_t firstMs = 0;
        bool countsFromZero = false;

        QString checkKey() const { return checkId.isEmpty() ? checkName : checkId; }
    };

    /// Two hours, as Prometheus's head block: long enough for zstd to find the patterns, short
    /// enough that the uncompressed rows of the current block stay small.
    static constexpr std::int64_t blockMs = 2 * 3600 * 1000;
    /// Once a day is over, its two-hour blocks become one: a day of a pair packs into a few
    /// kilobytes that zstd compresses better and SQLite stores with less overhead per row.
    static constexpr std::int64_t dayMs = 24 * 3600 * 1000;
    static constexpr int schemaVersion = 1;

    explicit HistoryStore(const QString &path);
    ~HistoryStore();

    /// QStandardPaths::AppLocalDataLocation/history.sqlite.
    static QString defaultPath();

    /// Opens the file, creating it when writing. Read-write falls back to read-only when another
    /// process writes the file, or when a newer version wrote it; notice() then says why.
    bool open(Access access, QString *error);
    bool isOpen() const;
    bool isWritable() const { return m_writable; }
    /// What the user should know about how the file was opened (read-only, moved aside), or empty.
    QString notice() const { return m_notice; }
    QString path() const { return m_path; }

    // Writing (read-write only). Each call is one transaction: all of it, or none of it.
    bool append(std::span<const ScrapeRecord> scrapes, QString *error);
    /// The same for many scrapes made up at once (the demo's generated day), in time order, many
    /// times faster: each check × zone's samples go straight into blocks instead of a row a
    /// scrape. A scrape no newer than the one before it in the same call adds no samples.
    bool appendPast(std::span<const ScrapeRecord> scrapes, QString *error);
    /// Removes blocks whose every sample is older than `cutoffMs`, and scrape events before it.
    bool removeBefore(std::int64_t cutoffMs, QString *error);
    /// Removes every sample, source and event.
    bool clear(QString *error);
    /// Packs the current block's rows into blocks too (on close, and before measuring the
    /// file): later scrapes of the same block are merged into it when it completes.
    bool compactAll(QString *error);

    // Reading.
    std::optional<std::vector<SourceInfo>> sources(QString *error) const;
    /// The one source of that name, or nullopt with `error` untouched when the file has none.
    std::optional<SourceInfo> source(const QString &name, QString *error) const;
    /// The same with what reading a range needs only: id, name, zone label, first and last sample
    /// (the totals stay 0). A few index lookups a pair, where source() sums every block: the
    /// window asks on every refresh and for every chart.
    std::optional<SourceInfo> sourceSpan(const QString &name, QString *error) const;
    /// The source's check × zone pairs; with `check`, only those of the check with that id or name.
    std::optional<std::vector<PairInfo>> pairs(qint64 sourceId, QString *error, const QString &check = {}) const;
    /// The pair's samples from the last one at or before `fromMs` through `toMs`, merged from its
    /// blocks and the current block's rows. With `only`, just the series of those kinds (the
    /// outcome counters, say): the others are neither decoded nor copied.
    std::optional<PairHistory> history(const PairInfo &pair, std::int64_t fromMs, std::int64_t toMs, QString *error,
        std::span<const SeriesKey::Kind> only = {}) const;
    /// Every stored sample of the pair, block by block in time order (export).
    bool forEachBlock(const PairInfo &pair, const std::function<bool(const SeriesLayout &, const SampleBlock &)> &visit,
        QString *error) const;
    /// The newest sample time of a source, or 0.
    std::int64_t lastSampleMs(qint64 sourceId, QString *error) const;
    /// Bytes on disk: the file, its write-ahead log and shared memory index.
    qint64 bytesOnDisk() const;

    /// For `history import`: samples arrive series by series; they are staged in a temporary table
    /// and turned into blocks at commit. All of one import is committed, or none of it.
    class Import;
    std::unique_ptr<Import> beginImport(const QString &source, const QString &zoneLabel, QString *error);

    /// The connection's name, for the few queries a test makes directly.
    QString connectionName() const { return m_connection; }

private:
    friend class HistoryImport;
    struct Caches;
    struct PastRows;
    /// How a scraped zone's series map to a stored layout's columns.
    struct RowLayout
    {
        SeriesLayout layout;
        std::vector<std::size_t> columnOf; ///< in the order appendOne() lists the zone's series
        qint64 layoutId = 0;
    };
    const RowLayout *rowLayoutFor(const std::vector<std::uint64_t> &signature, const ZoneHealth &zone, QString *error);

    bool openDatabase(bool readOnly, QString *error);
    void closeDatabase();
    bool moveAside(const QString &why, QString *error);
    bool migrate(qint64 fromVersion, QString *error);
    bool exec(const QString &statement, QString *error) const;
    bool giveBackFreePages(QString *error);
    /// Every source, or with `name` only that one (an empty list when there is none).
    std::optional<std::vector<SourceInfo>> querySources(const QString *name, QString *error) const;
    qint64 ensureSource(const QString &name, const QString &zoneLabel, QString *error);
    qint64 ensureLayout(const SeriesLayout &layout, QString *error);
    std::optional<SeriesLayout> layoutOf(qint64 layoutId, QString *error) const;
    qint64 ensurePair(qint64 sourceId, const PairInfo &pair, bool *created, QString *error);
    bool appendOne(const ScrapeRecord &scrape, QString *error);
    /// Turns the current-block rows older than `beforeMs` into blocks.
    bool compactHead(qint64 sourceId, std::int64_t beforeMs, QString *error);
    bool mergeIntoBlocks(qint64 pairId, const SeriesLayout &layout, const SampleBlock &rows, QString *error);
    /// A stored block or row and its layout, appended to `block` (empty, or earlier blocks of the
    /// same layout); `what` and `check` name it in the error if damaged.
    bool decodeStored(qint64 layoutId, const QByteArray &bytes, const QString &what, const QString &check,
        SeriesLayout &layout, SampleBlock &block, QString *error, std::span<const SeriesKey::Kind> only = {}) const;
    /// Writes (or replaces) the pair's block that starts at `start`.
    bool writeBlock(
        qint64 pairId, std::int64_t start, const SeriesLayout &layout, const SampleBlock &block, QString *error);
    /// Makes the blocks of every day before `beforeMs` that has several into one.
    bool consolidateDays(qint64 sourceId, std::int64_t beforeMs, QString *error);

    QString m_path;
    QString m_connection;
    std::unique_ptr<QLockFile> m_lock;
    bool m_writable = false;
    QString m_notice;
    std::unique_ptr<Caches> m_caches;
    std::unique_ptr<PastRows> m_pastRows; ///< while appendPast() runs: the rows it gathers
};

/// An import in progress (HistoryStore::beginImport). Destroyed without commit(), it leaves the
/// file as it was.
class HistoryStore::Import
{
public:
    virtual ~Import() = default;
    /// One sample of one series of a check × zone; each series' samples in time order.
    virtual bool add(
        const HistoryStore::PairInfo &pair, const SeriesKey &series, std::int64_t timeMs, double value, QString *error)
        = 0;
    virtual bool commit(QString *error) = 0;
    virtual qint64 samples() const = 0;
};

} // namespace appclacks::core
