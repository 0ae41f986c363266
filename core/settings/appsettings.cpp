// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/settings/appsettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>

#include <algorithm>
#include <optional>

Q_LOGGING_CATEGORY(lcSettings, "appclacks.core.settings", QtInfoMsg)

namespace appclacks::core {

namespace {
const auto schemaVersionKey = QStringLiteral("schemaVersion");
const auto mainWindowGeometryKey = QStringLiteral("mainWindow/geometry");
const auto mainWindowStateKey = QStringLiteral("mainWindow/state");
const auto notificationsKey = QStringLiteral("notifications/enabled");
const auto mutedChecksKey = QStringLiteral("notifications/mutedChecks");
const auto themeKey = QStringLiteral("appearance/theme");
const auto defaultRangeKey = QStringLiteral("view/defaultRange");
const auto rangesKey = QStringLiteral("view/ranges");
const auto statusWindowKey = QStringLiteral("status/windowMinutes");
const auto refreshIntervalKey = QStringLiteral("refresh/intervalSeconds");
const auto historyRetentionKey = QStringLiteral("history/retentionDays");
} // namespace

namespace {

class Text final
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)
};

std::optional<SettingsFileCheck> &cachedCheck()
{
    static std::optional<SettingsFileCheck> check;
    return check;
}

QString backupBeside(const QString &path)
{
    const QString stem = path + QStringLiteral(".corrupt-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString backup = stem;
    for (int i = 2; QFileInfo::exists(backup); ++i) {
        backup = stem + QLatin1Char('-') + QString::number(i);
    }
    return QFile::copy(path, backup) ? backup : QString();
}

} // namespace

SettingsFileCheck AppSettings::checkFile()
{
    auto &cached = cachedCheck();
    if (cached) {
        return *cached;
    }
    SettingsFileCheck check;
    QSettings settings;
    const QString path = settings.fileName();
    switch (settings.status()) {
    case QSettings::NoError:
        break;
    case QSettings::AccessError:
        check.readOnly = true;
        check.problem = Text::tr("The settings file %1 cannot be read. Nothing will be saved until it can be: "
                                 "check its permissions.")
                            .arg(path);
        break;
    case QSettings::FormatError:
        // Keep the damaged file as it is, then write back what could be read, so that the next
        // start finds a clean file and this is reported once.
        check.backupPath = backupBeside(path);
        if (check.backupPath.isEmpty()) {
            check.readOnly = true;
            check.problem = Text::tr("The settings file %1 is damaged and could not be copied aside; it is left "
                                     "untouched and nothing will be saved.")
                                .arg(path);
            break;
        }
        check.problem = Text::tr("The settings file %1 was damaged. A copy is kept at %2; what could be read, "
                                 "profiles included, was kept. Profiles missing from the list are in that copy.")
                            .arg(path, check.backupPath);
        settings.setValue(schemaVersionKey, settings.value(schemaVersionKey, currentSchemaVersion));
        settings.sync();
        break;
    }
    if (const int version = settings.value(schemaVersionKey, 0).toInt(); version > currentSchemaVersion) {
        check.readOnly = true;
        check.problem = Text::tr("The settings in %1 were written by a newer version of Appclacks Desktop (settings "
                                 "version %2; this one knows up to %3). They are used read-only: nothing is changed "
                                 "or saved until the newer version is used again.")
                            .arg(path)
                            .arg(version)
                            .arg(currentSchemaVersion);
    }
    if (!check.problem.isEmpty()) {
        qCWarning(lcSettings).noquote() << check.problem;
    }
    cached = check;
    return check;
}

void AppSettings::resetFileCheck()
{
    cachedCheck().reset();
}

QString AppSettings::writeBlockedReason()
{
    const SettingsFileCheck check = checkFile();
    return check.readOnly ? check.problem : QString();
}

AppSettings::AppSettings()
    : m_readOnly(checkFile().readOnly)
{
    migrate();
}

void AppSettings::set(const QString &key, const QVariant &value)
{
    if (!m_readOnly) {
        m_settings.setValue(key, value);
    }
}

int AppSettings::schemaVersion() const
{
    return m_settings.value(schemaVersionKey, 0).toInt();
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return m_settings.value(mainWindowGeometryKey).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    set(mainWindowGeometryKey, geometry);
}

QByteArray AppSettings::mainWindowState() const
{
    return m_settings.value(mainWindowStateKey).toByteArray();
}

void AppSettings::setMainWindowState(const QByteArray &state)
{
    set(mainWindowStateKey, state);
}

bool AppSettings::notificationsEnabled() const
{
    return m_settings.value(notificationsKey, true).toBool();
}

void AppSettings::setNotificationsEnabled(bool enabled)
{
    set(notificationsKey, enabled);
}

QStringList AppSettings::mutedChecks() const
{
    return m_settings.value(mutedChecksKey).toStringList();
}

void AppSettings::setMutedChecks(const QStringList &keys)
{
    set(mutedChecksKey, keys);
}

QString AppSettings::theme() const
{
    const QString theme = m_settings.value(themeKey, QStringLiteral("system")).toString();
    return theme == QLatin1String("light") || theme == QLatin1String("dark") ? theme : QStringLiteral("system");
}

void AppSettings::setTheme(const QString &theme)
{
    set(themeKey, theme);
}

TimeRange AppSettings::defaultRange() const
{
    return TimeRange::fromText(m_settings.value(defaultRangeKey).toString())
        .value_or(TimeRange::last(24 * 3600 * 1000));
}

void AppSettings::setDefaultRange(const TimeRange &range)
{
    set(defaultRangeKey, range.toText());
}

TimeRange AppSettings::rangeFor(const QString &source) const
{
    const QString text = m_settings.value(rangesKey).toMap().value(source).toString();
    return TimeRange::fromText(text).value_or(defaultRange());
}

void AppSettings::setRangeFor(const QString &source, const TimeRange &range)
{
    if (source.isEmpty()) {
        return;
    }
    QVariantMap ranges = m_settings.value(rangesKey).toMap();
    ranges.insert(source, range.toText());
    set(rangesKey, ranges);
}

int AppSettings::statusWindowMinutes() const
{
    return std::clamp(m_settings.value(statusWindowKey, 5).toInt(), 1, 60);
}

void AppSettings::setStatusWindowMinutes(int minutes)
{
    set(statusWindowKey, minutes);
}

SourceSpec AppSettings::lastSource() const
{
    const QVariant stored = m_settings.value(QStringLiteral("lastSource"));
    if (stored.isValid()) {
        return SourceSpec::fromVariant(stored.toMap());
    }
    // Before the source was kept whole, only the last profile was.
    const QString profile = m_settings.value(QStringLiteral("lastUsedProfile")).toString();
    return profile.isEmpty() ? SourceSpec() : SourceSpec::fromProfile(profile);
}

void AppSettings::setLastSource(const SourceSpec &spec)
{
    const QVariantMap map = spec.toVariant();
    if (map.isEmpty()) {
        return; // standard input, or nothing: keep what can be reopened
    }
    m_settings.setValue(QStringLiteral("lastSource"), map);
}

int AppSettings::refreshIntervalSeconds() const
{
    return std::clamp(m_settings.value(refreshIntervalKey, 30).toInt(), 5, 3600);
}

void AppSettings::setRefreshIntervalSeconds(int seconds)
{
    set(refreshIntervalKey, seconds);
}

int AppSettings::historyRetentionDays() const
{
    return std::clamp(m_settings.value(historyRetentionKey, 90).toInt(), 1, 3650);
}

void AppSettings::setHistoryRetentionDays(int days)
{
    set(historyRetentionKey, days);
}

bool AppSettings::setCheckMuted(const QString &key, bool muted)
{
    if (m_readOnly) {
        return false;
    }
    // QSettings merges another process's changes key by key, but the list is one key: without
    // the lock, two instances muting at once would each write back the list they read.
    // Not "<file>.lock": QSettings::sync() takes that one itself.
    QLockFile lock(m_settings.fileName() + QStringLiteral(".update-lock"));
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(5000)) {
        qCWarning(lcSettings) << "settings lock not acquired:" << lock.error();
        return false;
    }
    m_settings.sync(); // our pending changes out, the other instances' in
    QStringList keys = mutedChecks();
    if (muted && !keys.contains(key)) {
        keys.append(key);
    } else if (!muted) {
        keys.removeAll(key);
    }
    m_settings.setValue(mutedChecksKey, keys);
    m_settings.sync();
    return m_settings.status() == QSettings::NoError;
}

void AppSettings::sync()
{
    if (!m_readOnly) {
        m_settings.sync();
    }
}

void AppSettings::migrate()
{
    const int version = schemaVersion();
    if (version >= currentSchemaVersion || m_readOnly) {
        return; // a newer file is never downgraded
    }
    // Version 0 is "no file yet": nothing to carry over. Later versions add their steps here,
    // one `if (version < N)` block each, so a file of any age walks forward.
    set(schemaVersionKey, currentSchemaVersion);
}

} // namespace appclacks::core
