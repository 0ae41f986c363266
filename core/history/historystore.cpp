// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/history/historystore.h"

#include "core/exposition/prometheusnumber.h"
#include "core/health/healthsnapshot.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <limits>
#include <map>

namespace appclacks::core {

namespace {

// "ACDH": tells our files from any other SQLite file (PRAGMA application_id).
constexpr qint64 applicationId = 0x41434448;

std::atomic<quint64> connectionCounter { 0 };

std::int64_t blockStart(std::int64_t timeMs)
{
    // Floor division: a time before 1970 belongs to the block that starts before it.
    std::int64_t block = timeMs / HistoryStore::blockMs;
    if (timeMs % HistoryStore::blockMs < 0) {
        --block;
    }
    return block * HistoryStore::blockMs;
}

QString labelsText(const QList<QPair<QString, QString>> &labels)
{
    if (labels.isEmpty()) {
        return {};
    }
    QJsonArray array;
    for (const auto &[name, value] : labels) {
        array.append(QJsonArray { name, value });
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<QPair<QString, QString>> labelsFromText(const QString &text)
{
    QList<QPair<QString, QString>> labels;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const auto &entry : array) {
        const QJsonArray pair = entry.toArray();
        labels.append({ pair.at(0).toString(), pair.at(1).toString() });
    }
    return labels;
}

QList<QPair<QString, QString>> sortedLabels(QList<QPair<QString, QString>> labels)
{
    std::sort(labels.begin(), labels.end());
    return labels;
}

QString pairCacheKey(qint64 sourceId, const HistoryStore::PairInfo &pair, const QString &labels)
{
    return QString::number(sourceId) + QChar(0x1f) + pair.checkId + QChar(0x1f) + pair.checkName + QChar(0x1f)
        + pair.zone + QChar(0x1f) + labels;
}

// Puts `from`'s columns into `layout`'s order (a superset of from's series).
SampleBlock relayout(const SeriesLayout &from, const SampleBlock &block, const SeriesLayout &layout)
{
    if (from == layout) {
        return block;
    }
    SampleBlock result;
    result.times = block.times;
    result.resizeSeries(layout.size());
    for (std::size_t series = 0; series < from.size(); ++series) {
        const int target = layout.indexOf(from.series()[series]);
        result.values[std::size_t(target)] = block.values[series];
        result.present[std::size_t(target)] = block.present[series];
    }
    return result;
}

// Both blocks in `layout`'s order, merged by time; where both have a sample at the same time,
// `kept`'s stays (a sample is never written twice).
SampleBlock mergeByTime(const SampleBlock &kept, const SampleBlock &added)
{
    SampleBlock merged;
    merged.resizeSeries(kept.seriesCount());
    std::size_t i = 0;
    std::size_t j = 0;
    const auto take = [&merged](const SampleBlock &from, std::size_t index) {
        merged.times.push_back(from.times[index]);
        for (std::size_t series = 0; series < merged.values.size(); ++series) {
            merged.values[series].push_back(from.values[series][index]);
            merged.present[series].push_back(from.present[series][index]);
        }
    };
    while (i < kept.sampleCount() || j < added.sampleCount()) {
        if (j >= added.sampleCount() || (i < kept.sampleCount() && kept.times[i] <= added.times[j])) {
            if (j < added.sampleCount() && kept.times[i] == added.times[j]) {
                ++j;
            }
            take(kept, i++);
        } else {
            take(added, j++);
        }
    }
    return merged;
}

// The first (last) of a time from the blocks and one from the head rows, either of which SQL may
// give as NULL (none there); 0 when both are.
std::int64_t earliestOf(const QVariant &a, const QVariant &b)
{
    return a.isNull() ? b.toLongLong() : b.isNull() ? a.toLongLong() : std::min(a.toLongLong(), b.toLongLong());
}

std::int64_t latestOf(const QVariant &a, const QVariant &b)
{
    return a.isNull() ? b.toLongLong() : b.isNull() ? a.toLongLong() : std::max(a.toLongLong(), b.toLongLong());
}

// A layout-tagged block: how the pieces of a pair's history come out of the file.
struct Piece
{
    SeriesLayout layout;
    SampleBlock block;
};

// Every piece in one layout, merged by time.
void mergePieces(const std::vector<Piece> &pieces, SeriesLayout &layout, SampleBlock &block)
{
    layout = SeriesLayout();
    for (const Piece &piece : pieces) {
        layout = SeriesLayout::unite(layout, piece.layout);
    }
    block = SampleBlock();
    block.resizeSeries(layout.size());
    // A month of a pair is a few dozen pieces: sized once rather than regrown at every piece.
    std::size_t samples = 0;
    for (const Piece &piece : pieces) {
        samples += piece.block.sampleCount();
    }
    block.times.reserve(samples);
    for (std::size_t series = 0; series < layout.size(); ++series) {
        block.values[series].reserve(samples);
        block.present[series].reserve(samples);
    }
    for (const Piece &piece : pieces) {
        // Most pieces are in the merged layout already: appended as they are, without a copy.
        std::optional<SampleBlock> relaid;
        if (!(piece.layout == layout)) {
            relaid = relayout(piece.layout, piece.block, layout);
        }
        const SampleBlock &aligned = relaid ? *relaid : piece.block;
        if (block.times.empty() || aligned.times.empty() || block.times.back() < aligned.times.front()) {
            // In order already (the usual case): append column by column.
            block.times.insert(block.times.end(), aligned.times.begin(), aligned.times.end());
            for (std::size_t series = 0; series < layout.size(); ++series) {
                block.values[series].insert(
                    block.values[series].end(), aligned.values[series].begin(), aligned.values[series].end());
                block.present[series].insert(
                    block.present[series].end(), aligned.present[series].begin(), aligned.present[series].end());
            }
        } else {
            block = mergeByTime(block, aligned);
        }
    }
}

/// The id of the row of `table` whose unique `keyColumn` is `key`, inserted with `values` (the
/// key first, in the order of `columns`) when there is none; 0 and `error` set when SQLite fails.
qint64 insertOrFindId(const QSqlDatabase &database, const QString &table, const QStringList &columns,
    const QVariantList &values, QString *error)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (%3)")
                      .arg(table, columns.join(QLatin1String(", ")),
                          QStringList(columns.size(), QStringLiteral("?")).join(QLatin1String(", "))));
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        *error = query.lastError().text();
        return 0;
    }
    query.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(table, columns.front()));
    query.addBindValue(values.front());
    if (!query.exec() || !query.next()) {
        *error = query.lastError().text();
        return 0;
    }
    return query.value(0).toLongLong();
}

} // namespace

struct HistoryStore::Caches
{
    QHash<QString, qint64> sources;
    QHash<qint64, bool> sourceScraped; ///< the source has a successful scrape recorded
    QHash<QString, qint64> layoutIds;
    QHash<qint64, SeriesLayout> layouts;
    QHash<QString, qint64> pairs;
    QHash<QByteArray, RowLayout> rowLayouts; ///< by the signature appendOne() makes of a zone
};

// appendPast()'s rows, pair by pair, in runs of one layout: a run becomes blocks at the end.
struct HistoryStore::PastRows
{
    struct Run
    {
        qint64 layoutId = 0;
        SeriesLayout layout;
        SampleBlock block;
    };
    std::map<qint64, std::vector<Run>> pairs;
    std::map<qint64, std::int64_t> lastMsOfSource;
    std::vector<std::uint8_t> present;
};

HistoryStore::HistoryStore(const QString &path)
    : m_path(path)
    , m_connection(QStringLiteral("appclacks-history-%1").arg(connectionCounter.fetch_add(1)))
    , m_caches(std::make_unique<Caches>())
{ }

HistoryStore::~HistoryStore()
{
    closeDatabase();
}

QString HistoryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/history.sqlite");
}

bool HistoryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

void HistoryStore::closeDatabase()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase database = QSqlDatabase::database(m_connection, false);
            database.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool HistoryStore::exec(const QString &statement, QString *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(statement)) {
        if (error) {
            *error = tr("%1: %2").arg(QDir::toNativeSeparators(m_path), query.lastError().text());
        }
        return false;
    }
    return true;
}

bool HistoryStore::openDatabase(bool readOnly, QString *error)
{
    closeDatabase();
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    database.setDatabaseName(m_path);
    // Another process may hold a write transaction for a moment: wait for it rather than fail.
    database.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000")
                                        : QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!database.open()) {
        if (error) {
            *error = tr("%1: %2").arg(QDir::toNativeSeparators(m_path), database.lastError().text());
        }
        return false;
    }
    return true;
}

bool HistoryStore::moveAside(const QString &why, QString *error)
{
    closeDatabase();
    const QString aside = m_path + QStringLiteral(".unreadable-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (!QFile::rename(m_path, aside)) {
        if (error) {
            *error = tr("%1 %2, and it could not be moved aside to %3")
                         .arg(QDir::toNativeSeparators(m_path), why, QDir::toNativeSeparators(aside));
        }
        return false;
    }
    // The log and index belong to the file moved aside; a fresh file must not pick them up.
    for (const QString &suffix : { QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        if (QFile::exists(m_path + suffix) && !QFile::rename(m_path + suffix, aside + suffix)) {
            QFile::remove(m_path + suffix); // never left beside the new file
        }
    }
    m_notice = tr("%1 %2; it was moved aside to %3 and a new history was started.")
                   .arg(QDir::toNativeSeparators(m_path), why, QDir::toNativeSeparators(aside));
    return true;
}

bool HistoryStore::open(Access access, QString *error)
{
    m_notice.clear();
    m_writable = false;
    *m_caches = Caches();
    bool wantWrite = access == Access::ReadWrite;
    const QFileInfo info(m_path);
    if (wantWrite) {
        if (!QDir().mkpath(info.absolutePath())) {
            if (error) {
                *error = tr("%1: its folder cannot be created").arg(QDir::toNativeSeparators(m_path));
            }
            return false;
        }
        m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
        m_lock->setStaleLockTime(0); // a lock left by a killed process is stale once its pid is gone
        if (!m_lock->tryLock(0)) {
            qint64 pid = 0;
            QString host;
            QString application;
            m_lock->getLockInfo(&pid, &host, &application);
            m_lock.reset();
            wantWrite = false;
            m_notice = tr("Another Appclacks Desktop (process %1) is recording into %2; this one only reads it.")
                           .arg(pid)
                           .arg(QDir::toNativeSeparators(m_path));
        }
    } else if (!info.exists()) {
        if (error) {
            *error = tr("%1: there is no history there yet").arg(QDir::toNativeSeparators(m_path));
        }
        return false;
    }

    // A file that is not SQLite at all: say so before SQLite does, in words a person can act on.
    if (info.exists() && info.size() > 0) {
        QFile file(m_path);
        if (file.open(QIODevice::ReadOnly) && !file.read(16).startsWith("SQLite format 3")) {
            const QString why = tr("is not a history file (it is not an SQLite database)");
            if (!wantWrite) {
                if (error) {
                    *error = QDir::toNativeSeparators(m_path) + QLatin1Char(' ') + why;
                }
                return false;
            }
            if (!moveAside(why, error)) {
                return false;
            }
        }
    }

    if (!openDatabase(!wantWrite, error)) {
        return false;
    }
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    const auto pragma = [&query](const QString &name) -> std::optional<qint64> {
        if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next()) {
            return std::nullopt;
        }
        return query.value(0).toLongLong();
    };
    const std::optional<qint64> application = pragma(QStringLiteral("application_id"));
    const std::optional<qint64> version = pragma(QStringLiteral("user_version"));
    std::optional<qint64> tables;
    if (query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && query.next()) {
        tables = query.value(0).toLongLong();
    }
    const auto refuse = [&](const QString &why) {
        if (!wantWrite) {
            if (error) {
                *error = QDir::toNativeSeparators(m_path) + QLatin1Char(' ') + why;
            }
            closeDatabase();
            return false;
        }
        return moveAside(why, error) && openDatabase(false, error);
    };
    if (!application || !version || !tables) {
        if (!refuse(tr("is damaged (%1)").arg(query.lastError().text()))) {
            return false;
        }
    } else if (*tables > 0 && *application != applicationId) {
        if (!refuse(tr("is an SQLite database of another application"))) {
            return false;
        }
    } else if (*version > schemaVersion) {
        // Written by a newer version: never touched, never migrated down.
        closeDatabase();
        m_lock.reset();
        const QString why = tr("%1 was written by a newer version of Appclacks Desktop (history format %2; this "
                               "version reads up to %3). Update Appclacks Desktop to read it.")
                                .arg(QDir::toNativeSeparators(m_path))
                                .arg(*version)
                                .arg(schemaVersion);
        if (error) {
            *error = why;
        }
        m_notice = why;
        return false;
    } else if (*tables > 0) {
        query.exec(QStringLiteral("PRAGMA quick_check"));
        const QString check = query.next() ? query.value(0).toString() : query.lastError().text();
        if (check != QLatin1String("ok") && !refuse(tr("is damaged (%1)").arg(check))) {
            return false;
        }
    }

    // No statement may stay open (journal_mode refuses to change inside a read), and a file moved
    // aside has left a new connection behind.
    query = QSqlQuery(QSqlDatabase::database(m_connection, false));
    if (!wantWrite) {
        return true;
    }
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL"), error)
        // A process killed mid-write loses at most the transaction it had not committed; NORMAL
        // only risks the last transactions on power loss, which a history can afford.
        || !exec(QStringLiteral("PRAGMA synchronous=NORMAL"), error)) {
        return false;
    }
    const qint64 fileVersion
        = query.exec(QStringLiteral("PRAGMA user_version")) && query.next() ? query.value(0).toLongLong() : -1;
    query.finish();
    if (fileVersion < schemaVersion && !migrate(fileVersion, error)) {
        return false;
    }
    m_writable = true;
    return true;
}

bool HistoryStore::migrate(qint64 from, QString *error)
{
    // Step k takes a file from schema version k to k + 1; a file is taken through every step
    // after its own version, each step in one transaction with the version it reaches.
    static const std::array<QStringList, schemaVersion> steps { {
        // 0 → 1: the first schema.
        {
            QStringLiteral("CREATE TABLE sources (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                           "zone_label TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE pairs (id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL REFERENCES sources(id), "
                "check_id TEXT NOT NULL, check_name TEXT NOT NULL, zone TEXT NOT NULL, labels TEXT NOT NULL, "
                "first_ms INTEGER NOT NULL, counts_from_zero INTEGER NOT NULL, "
                "UNIQUE (source_id, check_id, check_name, zone, labels))"),
            QStringLiteral("CREATE TABLE layouts (id INTEGER PRIMARY KEY, series TEXT NOT NULL UNIQUE)"),
            // One row per check × zone and two-hour block: ChunkCodec's bytes.
            QStringLiteral("CREATE TABLE blocks (pair_id INTEGER NOT NULL REFERENCES pairs(id), "
                           "block_ms INTEGER NOT NULL, first_ms INTEGER NOT NULL, last_ms INTEGER NOT NULL, "
                           "samples INTEGER NOT NULL, layout_id INTEGER NOT NULL REFERENCES layouts(id), "
                           "data BLOB NOT NULL, PRIMARY KEY (pair_id, block_ms))"),
            // The current block's scrapes, one row per check × zone and scrape, until the block is full.
            QStringLiteral(
                "CREATE TABLE head (pair_id INTEGER NOT NULL REFERENCES pairs(id), time_ms INTEGER NOT NULL, "
                "source_id INTEGER NOT NULL, samples INTEGER NOT NULL, layout_id INTEGER NOT NULL, "
                "data BLOB NOT NULL, PRIMARY KEY (pair_id, time_ms)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX head_by_source ON head (source_id, time_ms)"),
            // Every scrape of a collected source: when it happened, and why it failed if it did.
            QStringLiteral("CREATE TABLE scrapes (source_id INTEGER NOT NULL REFERENCES sources(id), "
                           "time_ms INTEGER NOT NULL, error TEXT, PRIMARY KEY (source_id, time_ms)) WITHOUT ROWID"),
        },
    } };
    if (from < 0) {
        *error = tr("%1: its schema version cannot be read").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    if (from == 0) {
        // auto_vacuum must be chosen before the first table: retention then gives pages back.
        if (!exec(QStringLiteral("PRAGMA auto_vacuum=INCREMENTAL"), error) || !exec(QStringLiteral("VACUUM"), error)) {
            return false;
        }
    }
    for (qint64 version = from; version < schemaVersion; ++version) {
        QStringList statements { QStringLiteral("BEGIN") };
        statements += steps[std::size_t(version)];
        statements << QStringLiteral("PRAGMA application_id=%1").arg(applicationId)
                   << QStringLiteral("PRAGMA user_version=%1").arg(version + 1) << QStringLiteral("COMMIT");
        for (const QString &statement : statements) {
            if (!exec(statement, error)) {
                exec(QStringLiteral("ROLLBACK"), nullptr);
                return false;
            }
        }
    }
    return true;
}

qint64 HistoryStore::ensureSource(const QString &name, const QString &zoneLabel, QString *error)
{
    if (const auto found = m_caches->sources.constFind(name); found != m_caches->sources.constEnd()) {
        return *found;
    }
    const qint64 id = insertOrFindId(QSqlDatabase::database(m_connection, false), QStringLiteral("sources"),
        { QStringLiteral("name"), QStringLiteral("zone_label") },
        { name, zoneLabel.isEmpty() ? QStringLiteral("zone") : zoneLabel }, error);
    if (id != 0) {
        m_caches->sources.insert(name, id);
    }
    return id;
}

qint64 HistoryStore::ensureLayout(const SeriesLayout &layout, QString *error)
{
    const QString text = layout.toText();
    if (const auto found = m_caches->layoutIds.constFind(text); found != m_caches->layoutIds.constEnd()) {
        return *found;
    }
    const qint64 id = insertOrFindId(QSqlDatabase::database(m_connection, false), QStringLiteral("layouts"),
        { QStringLiteral("series") }, { text }, error);
    if (id != 0) {
        m_caches->layoutIds.insert(text, id);
        m_caches->layouts.insert(id, layout);
    }
    return id;
}

std::optional<SeriesLayout> HistoryStore::layoutOf(qint64 layoutId, QString *error) const
{
    if (const auto found = m_caches->layouts.constFind(layoutId); found != m_caches->layouts.constEnd()) {
        return *found;
    }
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT series FROM layouts WHERE id = ?"));
    query.addBindValue(layoutId);
    if (!query.exec() || !query.next()) {
        *error = tr("%1: a block names series layout %2, which the file does not have")
                     .arg(QDir::toNativeSeparators(m_path))
                     .arg(layoutId);
        return std::nullopt;
    }
    const QString text = query.value(0).toString();
    std::optional<SeriesLayout> layout = SeriesLayout::fromText(text);
    if (!layout) {
        *error = tr("%1: series layout %2 is damaged").arg(QDir::toNativeSeparators(m_path)).arg(layoutId);
        return std::nullopt;
    }
    m_caches->layouts.insert(layoutId, *layout);
    m_caches->layoutIds.insert(text, layoutId);
    return layout;
}

qint64 HistoryStore::ensurePair(qint64 sourceId, const PairInfo &pair, bool *created, QString *error)
{
    const QString labels = labelsText(sortedLabels(pair.labels));
    const QString key = pairCacheKey(sourceId, pair, labels);
    if (created) {
        *created = false;
    }
    if (const auto found = m_caches->pairs.constFind(key); found != m_caches->pairs.constEnd()) {
        return *found;
    }
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT id FROM pairs WHERE source_id = ? AND check_id = ? AND check_name = ? AND "
                                 "zone = ? AND labels = ?"));
    const auto bindKey = [&] {
        query.addBindValue(sourceId);
        query.addBindValue(pair.checkId.isNull() ? QStringLiteral("") : pair.checkId);
        query.addBindValue(pair.checkName.isNull() ? QStringLiteral("") : pair.checkName);
        query.addBindValue(pair.zone.isNull() ? QStringLiteral("") : pair.zone);
        query.addBindValue(labels.isNull() ? QStringLiteral("") : labels);
    };
    bindKey();
    if (!query.exec()) {
        *error = query.lastError().text();
        return 0;
    }
    if (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        m_caches->pairs.insert(key, id);
        return id;
    }
    query.prepare(QStringLiteral("INSERT INTO pairs (source_id, check_id, check_name, zone, labels, first_ms, "
                                 "counts_from_zero) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    bindKey();
    query.addBindValue(qint64(pair.firstMs));
    query.addBindValue(pair.countsFromZero ? 1 : 0);
    if (!query.exec()) {
        *error = query.lastError().text();
        return 0;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    m_caches->pairs.insert(key, id);
    if (created) {
        *created = true;
    }
    return id;
}

bool HistoryStore::append(std::span<const ScrapeRecord> scrapes, QString *error)
{
    if (!m_writable) {
        *error = m_notice.isEmpty() ? tr("the history is open for reading only") : m_notice;
        return false;
    }
    if (!exec(QStringLiteral("BEGIN IMMEDIATE"), error)) {
        return false;
    }
    for (const ScrapeRecord &scrape : scrapes) {
        QString reason;
        if (!appendOne(scrape, &reason)) {
            exec(QStringLiteral("ROLLBACK"), nullptr);
            *m_caches = Caches(); // ids created in the rolled-back transaction are gone
            *error = tr("%1: %2").arg(QDir::toNativeSeparators(m_path), reason);
            return false;
        }
    }
    if (!exec(QStringLiteral("COMMIT"), error)) {
        exec(QStringLiteral("ROLLBACK"), nullptr);
        *m_caches = Caches();
        return false;
    }
    return true;
}

bool HistoryStore::appendPast(std::span<const ScrapeRecord> scrapes, QString *error)
{
    if (!m_writable) {
        *error = m_notice.isEmpty() ? tr("the history is open for reading only") : m_notice;
        return false;
    }
    if (!exec(QStringLiteral("BEGIN IMMEDIATE"), error)) {
        return false;
    }
    m_pastRows = std::make_unique<PastRows>();
    QString reason;
    bool ok = true;
    for (const ScrapeRecord &scrape : scrapes) {
        if (!appendOne(scrape, &reason)) {
            ok = false;
            break;
        }
    }
    for (auto &[pairId, runs] : m_pastRows->pairs) {
        for (PastRows::Run &run : runs) {
            if (ok && !mergeIntoBlocks(pairId, run.layout, run.block, &reason)) {
                ok = false;
            }
        }
    }
    for (const auto &[sourceId, lastMs] : m_pastRows->lastMsOfSource) {
        // Days over before the current block are one block each, as compactHead() leaves them.
        if (ok && !consolidateDays(sourceId, blockStart(lastMs), &reason)) {
            ok = false;
        }
    }
    m_pastRows.reset();
    if (!ok) {
        exec(QStringLiteral("ROLLBACK"), nullptr);
        *m_caches = Caches();
        *error = tr("%1: %2").arg(QDir::toNativeSeparators(m_path), reason);
        return false;
    }
    if (!exec(QStringLiteral("COMMIT"), error)) {
        exec(QStringLiteral("ROLLBACK"), nullptr);
        *m_caches = Caches();
        return false;
    }
    return true;
}

bool HistoryStore::appendOne(const ScrapeRecord &scrape, QString *error)
{
    const qint64 sourceId = ensureSource(scrape.source, scrape.zoneLabel, error);
    if (!sourceId) {
        return false;
    }
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    // Whether the source was scraped before: a check × zone it did not have then is new now.
    auto scraped = m_caches->sourceScraped.constFind(sourceId);
    if (scraped == m_caches->sourceScraped.constEnd()) {
        query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM scrapes WHERE source_id = ? AND error IS NULL)"));
        query.addBindValue(sourceId);
        if (!query.exec() || !query.next()) {
            *error = query.lastError().text();
            return false;
        }
        scraped = m_caches->sourceScraped.insert(sourceId, query.value(0).toBool());
    }
    const bool sourceScrapedBefore = *scraped;

    query.prepare(QStringLiteral("INSERT OR IGNORE INTO scrapes (source_id, time_ms, error) VALUES (?, ?, ?)"));
    query.addBindValue(sourceId);
    query.addBindValue(qint64(scrape.timeMs));
    query.addBindValue(scrape.snapshot ? QVariant() : QVariant(scrape.error));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    if (!scrape.snapshot) {
        return true; // a failed scrape is an event, with no samples
    }

    QSqlQuery insert(QSqlDatabase::database(m_connection, false));
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO head (pair_id, time_ms, source_id, samples, layout_id, data) "
                                  "VALUES (?, ?, ?, ?, ?, ?)"));
    std::vector<std::uint64_t> signature;
    std::vector<double> ordered;
    for (const CheckHealth &check : scrape.snapshot->checks) {
        for (const ZoneHealth &zone : check.zones) {
            // The zone's series as a cheap signature (bounds' bits, then which of the others it
            // has): almost every scrape repeats the last layout, found without building it.
            signature.clear();
            for (const Bucket &bucket : zone.buckets) {
                signature.push_back(std::bit_cast<std::uint64_t>(bucket.upperBound));
            }
            signature.push_back(std::uint64_t(zone.count.has_value()) | std::uint64_t(zone.sum.has_value()) << 1
                | std::uint64_t(zone.hasSuccess) << 2 | std::uint64_t(zone.hasFailure) << 3 | std::uint64_t(1) << 63);
            const RowLayout *rowLayout = rowLayoutFor(signature, zone, error);
            if (!rowLayout) {
                return false;
            }
            ordered.assign(rowLayout->layout.size(), 0.0);
            std::size_t input = 0;
            for (const Bucket &bucket : zone.buckets) {
                ordered[rowLayout->columnOf[input++]] = bucket.count;
            }
            if (zone.count) {
                ordered[rowLayout->columnOf[input++]] = *zone.count;
            }
            if (zone.sum) {
                ordered[rowLayout->columnOf[input++]] = *zone.sum;
            }
            if (zone.hasSuccess) {
                ordered[rowLayout->columnOf[input++]] = zone.success;
            }
            if (zone.hasFailure) {
                ordered[rowLayout->columnOf[input++]] = zone.failure;
            }

            PairInfo pair;
            pair.checkId = check.id;
            pair.checkName = check.name;
            pair.zone = zone.zone;
            pair.labels = check.extraLabels;
            pair.firstMs = scrape.timeMs;
            pair.countsFromZero = sourceScrapedBefore;
            const qint64 pairId = ensurePair(sourceId, pair, nullptr, error);
            if (!pairId) {
                return false;
            }
            if (m_pastRows) {
                std::vector<PastRows::Run> &runs = m_pastRows->pairs[pairId];
                if (!runs.empty() && runs.back().block.times.back() >= scrape.timeMs) {
                    continue; // a scrape out of order, ignored as append() ignores a second row
                }
                if (runs.empty() || runs.back().layoutId != rowLayout->layoutId) {
                    runs.push_back({ rowLayout->layoutId, rowLayout->layout, {} });
                    runs.back().block.resizeSeries(rowLayout->layout.size());
                }
                m_pastRows->present.assign(ordered.size(), 1);
                runs.back().block.appendRow(scrape.timeMs, ordered, m_pastRows->present);
                continue;
            }
            insert.addBindValue(pairId);
            insert.addBindValue(qint64(scrape.timeMs));
            insert.addBindValue(sourceId);
            insert.addBindValue(qint64(ordered.size()));
            insert.addBindValue(rowLayout->layoutId);
            insert.addBindValue(ChunkCodec::encodeRow(scrape.timeMs, ordered));
            if (!insert.exec()) {
                *error = insert.lastError().text();
                return false;
            }
        }
    }
    m_caches->sourceScraped.insert(sourceId, true);
    if (m_pastRows) {
        std::int64_t &lastMs = m_pastRows->lastMsOfSource.try_emplace(sourceId, scrape.timeMs).first->second;
        lastMs = std::max(lastMs, scrape.timeMs);
        return true;
    }
    return compactHead(sourceId, blockStart(scrape.timeMs), error);
}

const HistoryStore::RowLayout *HistoryStore::rowLayoutFor(
    const std::vector<std::uint64_t> &signature, const ZoneHealth &zone, QString *error)
{
    const QByteArray key(reinterpret_cast<const char *>(signature.data()), qsizetype(signature.size() * 8));
    if (const auto found = m_caches->rowLayouts.constFind(key); found != m_caches->rowLayouts.constEnd()) {
        return &*found;
    }
    std::vector<SeriesKey> keys;
    for (const Bucket &bucket : zone.buckets) {
        keys.push_back(SeriesKey::bucket(QString::fromStdString(formatPrometheusFloat(bucket.upperBound))));
    }
    if (zone.count) {
        keys.push_back(SeriesKey::of(SeriesKey::Kind::Count));
    }
    if (zone.sum) {
        keys.push_back(SeriesKey::of(SeriesKey::Kind::Sum));
    }
    if (zone.hasSuccess) {
        keys.push_back(SeriesKey::of(SeriesKey::Kind::Success));
    }
    if (zone.hasFailure) {
        keys.push_back(SeriesKey::of(SeriesKey::Kind::Failure));
    }
    RowLayout row;
    row.layout = SeriesLayout(keys);
    for (const SeriesKey &series : keys) {
        row.columnOf.push_back(std::size_t(row.layout.indexOf(series)));
    }
    row.layoutId = ensureLayout(row.layout, error);
    if (!row.layoutId) {
        return nullptr;
    }
    return &*m_caches->rowLayouts.insert(key, row);
}

bool HistoryStore::compactHead(qint64 sourceId, std::int64_t beforeMs, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT pair_id, time_ms, layout_id, data FROM head WHERE source_id = ? AND time_ms < ? "
                       "ORDER BY pair_id, time_ms"));
    query.addBindValue(sourceId);
    query.addBindValue(qint64(beforeMs));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    qint64 currentPair = 0;
    std::vector<Piece> pieces;
    bool any = false;
    const auto flush = [&]() {
        if (pieces.empty()) {
            return true;
        }
        SeriesLayout layout;
        SampleBlock block;
        mergePieces(pieces, layout, block);
        pieces.clear();
        return mergeIntoBlocks(currentPair, layout, block, error);
    };
    while (query.next()) {
        any = true;
        const qint64 pairId = query.value(0).toLongLong();
        if (pairId != currentPair && !flush()) {
            return false;
        }
        currentPair = pairId;
        Piece piece;
        if (!decodeStored(query.value(2).toLongLong(), query.value(3).toByteArray(), tr("a scrape row"),
                QString::number(pairId), piece.layout, piece.block, error)) {
            return false;
        }
        pieces.push_back(std::move(piece));
    }
    if (!flush()) {
        return false;
    }
    if (!any) {
        return true;
    }
    query.prepare(QStringLiteral("DELETE FROM head WHERE source_id = ? AND time_ms < ?"));
    query.addBindValue(sourceId);
    query.addBindValue(qint64(beforeMs));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return consolidateDays(sourceId, beforeMs, error);
}

bool HistoryStore::consolidateDays(qint64 sourceId, std::int64_t beforeMs, QString *error)
{
    // Days that are over (or the current block's rows were packed early, by compactAll, and the
    // day has ended since) and still hold more than one block.
    const std::int64_t dayBoundary = beforeMs == std::numeric_limits<std::int64_t>::max()
        ? beforeMs
        : beforeMs - (((beforeMs % dayMs) + dayMs) % dayMs);
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT b.pair_id, b.block_ms - ((b.block_ms %1 %2) + %2) %1 %2 AS day FROM blocks b "
                                 "JOIN pairs p ON p.id = b.pair_id WHERE p.source_id = ? AND b.block_ms < ? "
                                 "GROUP BY b.pair_id, day HAVING COUNT(*) > 1")
                      .arg(QStringLiteral("%"))
                      .arg(dayMs));
    query.addBindValue(sourceId);
    query.addBindValue(qint64(dayBoundary));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    std::vector<std::pair<qint64, std::int64_t>> days;
    while (query.next()) {
        const std::int64_t day = query.value(1).toLongLong();
        if (day + dayMs <= dayBoundary) {
            days.emplace_back(query.value(0).toLongLong(), day);
        }
    }
    query.finish();
    for (const auto &[pairId, day] : days) {
        query.prepare(QStringLiteral("SELECT layout_id, data FROM blocks WHERE pair_id = ? AND block_ms >= ? AND "
                                     "block_ms < ? ORDER BY block_ms"));
        query.addBindValue(pairId);
        query.addBindValue(qint64(day));
        query.addBindValue(qint64(day + dayMs));
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
        std::vector<Piece> pieces;
        while (query.next()) {
            Piece piece;
            if (!decodeStored(query.value(0).toLongLong(), query.value(1).toByteArray(), tr("a block"),
                    QString::number(pairId), piece.layout, piece.block, error)) {
                return false;
            }
            pieces.push_back(std::move(piece));
        }
        query.finish();
        SeriesLayout layout;
        SampleBlock merged;
        mergePieces(pieces, layout, merged);
        query.prepare(QStringLiteral("DELETE FROM blocks WHERE pair_id = ? AND block_ms >= ? AND block_ms < ?"));
        query.addBindValue(pairId);
        query.addBindValue(qint64(day));
        query.addBindValue(qint64(day + dayMs));
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
        if (!writeBlock(pairId, day, layout, merged, error)) {
            return false;
        }
    }
    return true;
}

bool HistoryStore::decodeStored(qint64 layoutId, const QByteArray &bytes, const QString &what, const QString &check,
    SeriesLayout &layout, SampleBlock &block, QString *error, std::span<const SeriesKey::Kind> only) const
{
    const std::optional<SeriesLayout> stored = layoutOf(layoutId, error);
    if (!stored) {
        return false;
    }
    QString reason;
    std::vector<SeriesKey> kept;
    std::vector<std::uint8_t> wanted;
    if (!only.empty()) {
        wanted.reserve(stored->size());
        for (const SeriesKey &key : stored->series()) {
            const bool want = std::find(only.begin(), only.end(), key.kind) != only.end();
            wanted.push_back(want ? 1 : 0);
            if (want) {
                kept.push_back(key);
            }
        }
    }
    // Appended to what `block` holds: the caller's earlier blocks of this layout, or nothing.
    if (!ChunkCodec::decodeAppending(bytes, wanted, block, &reason)
        || block.seriesCount() != (only.empty() ? stored->size() : kept.size())) {
        *error = tr("%1: %2 of check %3 is damaged: %4").arg(QDir::toNativeSeparators(m_path), what, check, reason);
        return false;
    }
    layout = only.empty() ? *stored : SeriesLayout(std::move(kept));
    return true;
}

bool HistoryStore::writeBlock(
    qint64 pairId, std::int64_t start, const SeriesLayout &layout, const SampleBlock &block, QString *error)
{
    const qint64 layoutId = ensureLayout(layout, error);
    if (!layoutId) {
        return false;
    }
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO blocks (pair_id, block_ms, first_ms, last_ms, samples, "
                                 "layout_id, data) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(pairId);
    query.addBindValue(qint64(start));
    query.addBindValue(qint64(block.times.front()));
    query.addBindValue(qint64(block.times.back()));
    query.addBindValue(qint64(block.storedSamples()));
    query.addBindValue(layoutId);
    query.addBindValue(ChunkCodec::encode(block));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool HistoryStore::mergeIntoBlocks(qint64 pairId, const SeriesLayout &layout, const SampleBlock &rows, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    std::size_t begin = 0;
    while (begin < rows.sampleCount()) {
        const std::int64_t start = blockStart(rows.times[begin]);
        std::size_t end = begin;
        while (end < rows.sampleCount() && rows.times[end] < start + blockMs) {
            ++end;
        }
        SampleBlock part;
        part.times.assign(rows.times.begin() + std::ptrdiff_t(begin), rows.times.begin() + std::ptrdiff_t(end));
        part.values.resize(layout.size());
        part.present.resize(layout.size());
        for (std::size_t series = 0; series < layout.size(); ++series) {
            part.values[series].assign(
                rows.values[series].begin() + std::ptrdiff_t(begin), rows.values[series].begin() + std::ptrdiff_t(end));
            part.present[series].assign(rows.present[series].begin() + std::ptrdiff_t(begin),
                rows.present[series].begin() + std::ptrdiff_t(end));
        }
        begin = end;

        SeriesLayout merged = layout;
        query.prepare(QStringLiteral("SELECT layout_id, data FROM blocks WHERE pair_id = ? AND block_ms = ?"));
        query.addBindValue(pairId);
        query.addBindValue(qint64(start));
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
        if (query.next()) {
            // Samples for a block already written (late scrapes, an import over stored data):
            // merged, the stored sample kept where both have one.
            SeriesLayout storedLayout;
            SampleBlock stored;
            if (!decodeStored(query.value(0).toLongLong(), query.value(1).toByteArray(), tr("a block"),
                    QString::number(pairId), storedLayout, stored, error)) {
                return false;
            }
            merged = SeriesLayout::unite(storedLayout, layout);
            part = mergeByTime(relayout(storedLayout, stored, merged), relayout(layout, part, merged));
        }
        if (!writeBlock(pairId, start, merged, part, error)) {
            return false;
        }
    }
    return true;
}

bool HistoryStore::giveBackFreePages(QString *error)
{
    // incremental_vacuum frees a page a step, and QtSql may step it only once: repeat until the
    // free list is empty (or stops shrinking).
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    qint64 before = -1;
    while (true) {
        if (!query.exec(QStringLiteral("PRAGMA freelist_count")) || !query.next()) {
            *error = query.lastError().text();
            return false;
        }
        const qint64 free = query.value(0).toLongLong();
        query.finish();
        if (free == 0 || free == before) {
            return true;
        }
        before = free;
        if (!query.exec(QStringLiteral("PRAGMA incremental_vacuum"))) {
            *error = query.lastError().text();
            return false;
        }
        while (query.next()) { }
    }
}

bool HistoryStore::compactAll(QString *error)
{
    if (!m_writable) {
        *error = m_notice;
        return false;
    }
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT DISTINCT source_id FROM head"))) {
        *error = query.lastError().text();
        return false;
    }
    std::vector<qint64> sources;
    while (query.next()) {
        sources.push_back(query.value(0).toLongLong());
    }
    query.finish();
    if (sources.empty()) {
        return true;
    }
    if (!exec(QStringLiteral("BEGIN IMMEDIATE"), error)) {
        return false;
    }
    for (const qint64 source : sources) {
        QString reason;
        if (!compactHead(source, std::numeric_limits<std::int64_t>::max(), &reason)) {
            exec(QStringLiteral("ROLLBACK"), nullptr);
            *m_caches = Caches();
            *error = tr("%1: %2").arg(QDir::toNativeSeparators(m_path), reason);
            return false;
        }
    }
    if (!exec(QStringLiteral("COMMIT"), error)) {
        exec(QStringLiteral("ROLLBACK"), nullptr);
        return false;
    }
    return giveBackFreePages(error);
}

bool HistoryStore::removeBefore(std::int64_t cutoffMs, QString *error)
{
    if (!m_writable) {
        *error = m_notice;
        return false;
    }
    QSqlDatabase database = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(database);
    if (!exec(QStringLiteral("BEGIN IMMEDIATE"), error)) {
        return false;
    }
    const QStringList statements {
        QStringLiteral("DELETE FROM blocks WHERE last_ms < ?"),
        QStringLiteral("DELETE FROM head WHERE time_ms < ?"),
        QStringLiteral("DELETE FROM scrapes WHERE time_ms < ?"),
    };
    for (const QString &statement : statements) {
        query.prepare(statement);
        query.addBindValue(qint64(cutoffMs));
        if (!query.exec()) {
            *error = query.lastError().text();
            exec(QStringLiteral("ROLLBACK"), nullptr);
            return false;
        }
    }
    if (!exec(QStringLiteral("COMMIT"), error)) {
        exec(QStringLiteral("ROLLBACK"), nullptr);
        return false;
    }
    // Give the freed pages back to the file system (auto_vacuum=INCREMENTAL).
    return giveBackFreePages(error);
}

bool HistoryStore::clear(QString *error)
{
    if (!m_writable) {
        *error = m_notice;
        return false;
    }
    const QStringList statements {
        QStringLiteral("BEGIN IMMEDIATE"),
        QStringLiteral("DELETE FROM blocks"),
        QStringLiteral("DELETE FROM head"),
        QStringLiteral("DELETE FROM scrapes"),
        QStringLiteral("DELETE FROM pairs"),
        QStringLiteral("DELETE FROM layouts"),
        QStringLiteral("DELETE FROM sources"),
        QStringLiteral("COMMIT"),
    };
    for (const QString &statement : statements) {
        if (!exec(statement, error)) {
            exec(QStringLiteral("ROLLBACK"), nullptr);
            return false;
        }
    }
    *m_caches = Caches();
    return exec(QStringLiteral("VACUUM"), error);
}

std::optional<std::vector<HistoryStore::SourceInfo>> HistoryStore::sources(QString *error) const
{
    return querySources(nullptr, error);
}

std::optional<HistoryStore::SourceInfo> HistoryStore::sourceSpan(const QString &name, QString *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    // A pair's blocks do not overlap: its first block holds its first sample, its last its last.
    query.prepare(QStringLiteral(
        "SELECT s.id, s.name, s.zone_label, "
        "(SELECT MIN((SELECT b.first_ms FROM blocks b WHERE b.pair_id = p.id ORDER BY b.block_ms LIMIT 1)) "
        "FROM pairs p WHERE p.source_id = s.id), "
        "(SELECT MAX((SELECT b.last_ms FROM blocks b WHERE b.pair_id = p.id ORDER BY b.block_ms DESC LIMIT 1)) "
        "FROM pairs p WHERE p.source_id = s.id), "
        "(SELECT MIN(h.time_ms) FROM head h WHERE h.source_id = s.id), "
        "(SELECT MAX(h.time_ms) FROM head h WHERE h.source_id = s.id) "
        "FROM sources s WHERE s.name = ?"));
    query.addBindValue(name);
    if (!query.exec()) {
        *error = tr("%1: %2").arg(QDir::toNativeSeparators(m_path), query.lastError().text());
        return std::nullopt;
    }
    if (!query.next()) {
        return std::nullopt;
    }
    SourceInfo info;
    info.id = query.value(0).toLongLong();
    info.name = query.value(1).toString();
    info.zoneLabel = query.value(2).toString();
    info.firstMs = earliestOf(query.value(3), query.value(5));
    info.lastMs = latestOf(query.value(4), query.value(6));
    return info;
}

std::optional<HistoryStore::SourceInfo> HistoryStore::source(const QString &name, QString *error) const
{
    // The session asks for its one source on every refresh: the sums below are per source, so
    // filtering by name skips every other source's blocks and rows.
    std::optional<std::vector<SourceInfo>> found = querySources(&name, error);
    if (!found || found->empty()) {
        return std::nullopt;
    }
    return std::move(found->front());
}

std::optional<std::vector<HistoryStore::SourceInfo>> HistoryStore::querySources(
    const QString *name, QString *error) const
{
    std::vector<SourceInfo> result;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT s.id, s.name, s.zone_label, "
        "(SELECT COALESCE(SUM(b.samples), 0) FROM blocks b JOIN pairs p ON p.id = b.pair_id WHERE p.source_id = "
        "s.id), "
        "(SELECT COALESCE(SUM(h.samples), 0) FROM head h WHERE h.source_id = s.id), "
        "(SELECT MIN(b.first_ms) FROM blocks b JOIN pairs p ON p.id = b.pair_id WHERE p.source_id = s.id), "
        "(SELECT MAX(b.last_ms) FROM blocks b JOIN pairs p ON p.id = b.pair_id WHERE p.source_id = s.id), "
        "(SELECT MIN(h.time_ms) FROM head h WHERE h.source_id = s.id), "
        "(SELECT MAX(h.time_ms) FROM head h WHERE h.source_id = s.id), "
        "(SELECT COUNT(*) FROM scrapes c WHERE c.source_id = s.id), "
        "(SELECT COUNT(*) FROM scrapes c WHERE c.source_id = s.id AND c.error IS NOT NULL) "
        "FROM sources s%1 ORDER BY s.name")
                      .arg(name ? QStringLiteral(" WHERE s.name = ?") : QString()));
    if (name) {
        query.addBindValue(*name);
    }
    if (!query.exec()) {
        *error = tr("%1: %2").arg(QDir::toNativeSeparators(m_path), query.lastError().text());
        return std::nullopt;
    }
    while (query.next()) {
        SourceInfo info;
        info.id = query.value(0).toLongLong();
        info.name = query.value(1).toString();
        info.zoneLabel = query.value(2).toString();
        info.samples = query.value(3).toLongLong() + query.value(4).toLongLong();
        info.firstMs = earliestOf(query.value(5), query.value(7));
        info.lastMs = latestOf(query.value(6), query.value(8));
        info.scrapes = query.value(9).toLongLong();
        info.failedScrapes = query.value(10).toLongLong();
        result.push_back(info);
    }
    // Series: every series of every layout a pair's blocks and rows have used.
    for (SourceInfo &info : result) {
        query.prepare(
            QStringLiteral("SELECT DISTINCT pair_id, layout_id FROM (SELECT b.pair_id, b.layout_id FROM blocks b "
                           "JOIN pairs p ON p.id = b.pair_id WHERE p.source_id = ? UNION ALL SELECT "
                           "pair_id, layout_id FROM head WHERE source_id = ?) ORDER BY pair_id"));
        query.addBindValue(info.id);
        query.addBindValue(info.id);
        if (!query.exec()) {
            *error = query.lastError().text();
            return std::nullopt;
        }
        qint64 pair = -1;
        SeriesLayout united;
        while (query.next()) {
            if (query.value(0).toLongLong() != pair) {
                info.series += qint64(united.size());
                united = SeriesLayout();
                pair = query.value(0).toLongLong();
            }
            const std::optional<SeriesLayout> layout = layoutOf(query.value(1).toLongLong(), error);
            if (!layout) {
                return std::nullopt;
            }
            united = SeriesLayout::unite(united, *layout);
        }
        info.series += qint64(united.size());
    }
    return result;
}

std::optional<std::vector<HistoryStore::PairInfo>> HistoryStore::pairs(
    qint64 sourceId, QString *error, const QString &check) const
{
    std::vector<PairInfo> result;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, check_id, check_name, zone, labels, first_ms, counts_from_zero FROM pairs "
                                 "WHERE source_id = ?%1 ORDER BY check_name, check_id, zone, labels")
                      .arg(check.isEmpty() ? QString() : QStringLiteral(" AND (check_id = ? OR check_name = ?)")));
    query.addBindValue(sourceId);
    if (!check.isEmpty()) {
        query.addBindValue(check);
        query.addBindValue(check);
    }
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    while (query.next()) {
        PairInfo pair;
        pair.id = query.value(0).toLongLong();
        pair.checkId = query.value(1).toString();
        pair.checkName = query.value(2).toString();
        pair.zone = query.value(3).toString();
        pair.labels = labelsFromText(query.value(4).toString());
        pair.firstMs = query.value(5).toLongLong();
        pair.countsFromZero = query.value(6).toBool();
        result.push_back(pair);
    }
    return result;
}

std::optional<PairHistory> HistoryStore::history(const PairInfo &pair, std::int64_t fromMs, std::int64_t toMs,
    QString *error, std::span<const SeriesKey::Kind> only) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    // The baseline (the last sample at or before `from`) is in the last block starting at or
    // before `from`, or, when that block's samples all come after `from`, in the one before.
    query.prepare(QStringLiteral("SELECT block_ms FROM blocks WHERE pair_id = ? AND block_ms <= ? ORDER BY block_ms "
                                 "DESC LIMIT 2"));
    query.addBindValue(pair.id);
    query.addBindValue(qint64(fromMs));
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    qint64 firstBlock = std::numeric_limits<qint64>::max();
    while (query.next()) {
        firstBlock = query.value(0).toLongLong();
    }
    if (firstBlock == std::numeric_limits<qint64>::max()) {
        firstBlock = std::numeric_limits<qint64>::min();
    }
    // Consecutive blocks of one layout, in time order (nearly always all of them), are decoded
    // into one piece, in place: a month of a pair is then never copied, nor merged.
    std::vector<Piece> pieces;
    qint64 lastLayoutId = 0;
    const auto readPieces = [&](QSqlQuery &rows, const QString &what) {
        while (rows.next()) {
            const qint64 layoutId = rows.value(0).toLongLong();
            const bool extend = !pieces.empty() && layoutId == lastLayoutId;
            if (!extend) {
                pieces.emplace_back();
                lastLayoutId = layoutId;
            }
            Piece &piece = pieces.back();
            const std::size_t before = piece.block.sampleCount();
            if (!decodeStored(layoutId, rows.value(1).toByteArray(), what, pair.checkKey(), piece.layout, piece.block,
                    error, only)) {
                return false;
            }
            if (extend && piece.block.sampleCount() > before
                && piece.block.times[before] <= piece.block.times[before - 1]) {
                // Out of order (a row the block before already holds): its own piece, merged by time.
                Piece tail;
                tail.layout = piece.layout;
                tail.block = piece.block.takeTail(before);
                pieces.push_back(std::move(tail));
            }
        }
        return true;
    };
    query.prepare(QStringLiteral("SELECT layout_id, data FROM blocks WHERE pair_id = ? AND block_ms >= ? AND "
                                 "block_ms <= ? ORDER BY block_ms"));
    query.addBindValue(pair.id);
    query.addBindValue(firstBlock);
    query.addBindValue(qint64(toMs));
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    if (!readPieces(query, tr("a block"))) {
        return std::nullopt;
    }
    query.prepare(
        QStringLiteral("SELECT layout_id, data FROM head WHERE pair_id = ? AND time_ms <= ? ORDER BY time_ms"));
    query.addBindValue(pair.id);
    query.addBindValue(qint64(toMs));
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    if (!readPieces(query, tr("a scrape row"))) {
        return std::nullopt;
    }
    PairHistory history;
    if (pieces.size() == 1) {
        history.layout = std::move(pieces.front().layout);
        history.block = std::move(pieces.front().block);
    } else {
        mergePieces(pieces, history.layout, history.block);
    }
    history.firstMs = pair.firstMs;
    history.countsFromZero = pair.countsFromZero;
    return history;
}

bool HistoryStore::forEachBlock(const PairInfo &pair,
    const std::function<bool(const SeriesLayout &, const SampleBlock &)> &visit, QString *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT layout_id, data FROM blocks WHERE pair_id = ? ORDER BY block_ms"));
    query.addBindValue(pair.id);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    std::vector<Piece> pieces;
    const auto visitRows = [&](QSqlQuery &rows) {
        while (rows.next()) {
            Piece piece;
            if (!decodeStored(rows.value(0).toLongLong(), rows.value(1).toByteArray(), tr("a block"), pair.checkKey(),
                    piece.layout, piece.block, error)) {
                return false;
            }
            pieces.push_back(std::move(piece));
        }
        return true;
    };
    if (!visitRows(query)) {
        return false;
    }
    for (const Piece &piece : pieces) {
        if (!visit(piece.layout, piece.block)) {
            return true;
        }
    }
    pieces.clear();
    // The current block's rows, merged into one block.
    query.prepare(QStringLiteral("SELECT layout_id, data FROM head WHERE pair_id = ? ORDER BY time_ms"));
    query.addBindValue(pair.id);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    if (!visitRows(query)) {
        return false;
    }
    if (!pieces.empty()) {
        SeriesLayout layout;
        SampleBlock block;
        mergePieces(pieces, layout, block);
        visit(layout, block);
    }
    return true;
}

std::int64_t HistoryStore::lastSampleMs(qint64 sourceId, QString *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT MAX(t) FROM (SELECT MAX(b.last_ms) AS t FROM blocks b JOIN pairs p ON p.id = "
                                 "b.pair_id WHERE p.source_id = ? UNION ALL SELECT MAX(time_ms) FROM head WHERE "
                                 "source_id = ?)"));
    query.addBindValue(sourceId);
    query.addBindValue(sourceId);
    if (!query.exec() || !query.next()) {
        *error = query.lastError().text();
        return 0;
    }
    return query.value(0).toLongLong();
}

qint64 HistoryStore::bytesOnDisk() const
{
    qint64 bytes = 0;
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        bytes += QFileInfo(m_path + suffix).size();
    }
    return bytes;
}

// ---------------------------------------------------------------------------------------------
// Import

class HistoryImport final : public HistoryStore::Import
{
public:
    HistoryImport(HistoryStore &store, qint64 sourceId)
        : m_store(store)
        , m_sourceId(sourceId)
        , m_stage(QSqlDatabase::database(store.m_connection, false))
    {
        m_stage.prepare(
            QStringLiteral("INSERT INTO temp.import_stage (pair_id, time_ms, series, bits) VALUES (?, ?, ?, ?)"));
    }

    ~HistoryImport() override
    {
        if (!m_committed) {
            m_stage.finish();
            m_store.exec(QStringLiteral("ROLLBACK"), nullptr);
            *m_store.m_caches = HistoryStore::Caches();
            m_store.exec(QStringLiteral("DROP TABLE IF EXISTS temp.import_stage"), nullptr);
        }
    }

    bool add(const HistoryStore::PairInfo &pair, const SeriesKey &series, std::int64_t timeMs, double value,
        QString *error) override
    {
        HistoryStore::PairInfo info = pair;
        info.firstMs = timeMs;
        info.countsFromZero = false;
        const qint64 pairId = m_store.ensurePair(m_sourceId, info, nullptr, error);
        if (!pairId) {
            return false;
        }
        SeriesLayout one({ series });
        const QString seriesText = one.toText();
        const QString key = QString::number(pairId) + QLatin1Char(' ') + seriesText;
        auto last = m_lastTime.find(key);
        if (last != m_lastTime.end() && *last >= timeMs) {
            *error = *last == timeMs
                ? HistoryStore::tr("a second sample of this series at the same time")
                : HistoryStore::tr("this series' samples go back in time (each series' samples must be in time order)");
            return false;
        }
        m_lastTime.insert(key, timeMs);
        m_stage.addBindValue(pairId);
        m_stage.addBindValue(qint64(timeMs));
        m_stage.addBindValue(seriesText);
        // As bits: SQLite stores a NaN as NULL, and the history keeps every value exactly.
        m_stage.addBindValue(qint64(std::bit_cast<std::uint64_t>(value)));
        if (!m_stage.exec()) {
            *error = m_stage.lastError().text();
            return false;
        }
        ++m_samples;
        return true;
    }

    bool commit(QString *error) override
    {
        m_stage.finish();
        QSqlQuery query(QSqlDatabase::database(m_store.m_connection, false));
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT pair_id, time_ms, series, bits FROM temp.import_stage "
                                       "ORDER BY pair_id, time_ms"))) {
            *error = query.lastError().text();
            return false;
        }
        // One pair's samples at a time, cut into blocks as they come: memory stays one block's.
        qint64 currentPair = 0;
        std::int64_t currentBlock = 0;
        std::vector<std::pair<std::int64_t, std::vector<std::pair<SeriesKey, double>>>> rows;
        const auto flush = [&]() {
            if (rows.empty()) {
                return true;
            }
            std::vector<SeriesKey> keys;
            for (const auto &[time, samples] : rows) {
                for (const auto &[key, value] : samples) {
                    keys.push_back(key);
                }
            }
            const SeriesLayout layout(keys);
            SampleBlock block;
            block.resizeSeries(layout.size());
            std::vector<double> row(layout.size());
            std::vector<std::uint8_t> present(layout.size());
            for (const auto &[time, samples] : rows) {
                std::fill(present.begin(), present.end(), 0);
                for (const auto &[key, value] : samples) {
                    const auto index = std::size_t(layout.indexOf(key));
                    row[index] = value;
                    present[index] = 1;
                }
                block.appendRow(time, row, present);
            }
            rows.clear();
            return m_store.mergeIntoBlocks(currentPair, layout, block, error);
        };
        QHash<QString, SeriesKey> keys;
        while (query.next()) {
            const qint64 pairId = query.value(0).toLongLong();
            const std::int64_t time = query.value(1).toLongLong();
            if (pairId != currentPair || blockStart(time) != currentBlock) {
                if (!flush()) {
                    return false;
                }
                currentPair = pairId;
                currentBlock = blockStart(time);
            }
            if (rows.empty() || rows.back().first != time) {
                rows.push_back({ time, {} });
            }
            const QString seriesText = query.value(2).toString();
            auto key = keys.find(seriesText);
            if (key == keys.end()) {
                key = keys.insert(seriesText, SeriesLayout::fromText(seriesText).value().series().front());
            }
            rows.back().second.emplace_back(*key, std::bit_cast<double>(std::uint64_t(query.value(3).toLongLong())));
        }
        if (!flush()) {
            return false;
        }
        query.finish();
        // An imported pair starts at its earliest sample, whichever series came first in the file.
        if (!m_store.exec(QStringLiteral("UPDATE pairs SET first_ms = (SELECT MIN(time_ms) FROM temp.import_stage s "
                                         "WHERE s.pair_id = pairs.id) WHERE id IN (SELECT pair_id FROM "
                                         "temp.import_stage) AND first_ms > (SELECT MIN(time_ms) FROM "
                                         "temp.import_stage s WHERE s.pair_id = pairs.id)"),
                error)
            || !m_store.exec(QStringLiteral("COMMIT"), error)) {
            return false;
        }
        m_committed = true;
        m_store.exec(QStringLiteral("DROP TABLE IF EXISTS temp.import_stage"), nullptr);
        return true;
    }

    qint64 samples() const override { return m_samples; }

private:
    HistoryStore &m_store;
    qint64 m_sourceId;
    QSqlQuery m_stage;
    QHash<QString, std::int64_t> m_lastTime;
    qint64 m_samples = 0;
    bool m_committed = false;
};

std::unique_ptr<HistoryStore::Import> HistoryStore::beginImport(
    const QString &source, const QString &zoneLabel, QString *error)
{
    if (!m_writable) {
        *error = m_notice.isEmpty() ? tr("the history is open for reading only") : m_notice;
        return nullptr;
    }
    if (!exec(QStringLiteral("DROP TABLE IF EXISTS temp.import_stage"), error)
        || !exec(QStringLiteral("CREATE TEMP TABLE import_stage (pair_id INTEGER NOT NULL, time_ms INTEGER NOT NULL, "
                                "series TEXT NOT NULL, bits INTEGER NOT NULL)"),
            error)
        || !exec(QStringLiteral("BEGIN IMMEDIATE"), error)) {
        return nullptr;
    }
    const qint64 sourceId = ensureSource(source, zoneLabel, error);
    if (!sourceId) {
        exec(QStringLiteral("ROLLBACK"), nullptr);
        *m_caches = Caches();
        return nullptr;
    }
    return std::make_unique<HistoryImport>(*this, sourceId);
}

} // namespace appclacks::core
