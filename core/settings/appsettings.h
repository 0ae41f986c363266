// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/history/timerange.h"
#include "core/sources/sourcespec.h"

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace appclacks::core {

/// What checkFile() found about the settings file.
struct SettingsFileCheck
{
    QString problem; ///< for a person, empty when the file is fine; never contains a secret
    QString backupPath; ///< where a damaged file was copied before anything was written
    bool readOnly = false; ///< nothing may be written: the file is unreadable or from a newer version
};

/// The one place that knows the keys and types of the application's settings. Read on the GUI
/// thread; values handed to workers are copies.
class AppSettings final
{
public:
    /// Bumped whenever a key is renamed or its meaning changes; migrate() carries old files forward.
    static constexpr int currentSchemaVersion = 1;

    AppSettings();

    /// Checks the settings file once per process, before anything writes to it: a damaged file
    /// (QSettings::FormatError) is copied beside itself ("….corrupt-<time>") and what could be
    /// read is written back clean, so the problem is reported once; an unreadable file
    /// (AccessError) or one written by a newer version (schema above currentSchemaVersion)
    /// makes the settings read-only for this process, never downgraded. Later calls return the
    /// first result. The window shows `problem` once at start; commands print it on stderr.
    static SettingsFileCheck checkFile();
    /// Forgets the result of checkFile(), so that the next call checks again (tests).
    static void resetFileCheck();
    /// Empty when the settings may be written; otherwise why not, for a person.
    static QString writeBlockedReason();

    bool isReadOnly() const { return m_readOnly; }

    int schemaVersion() const;

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);

    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);
    QStringList mutedChecks() const; ///< check keys whose notifications the user silenced
    void setMutedChecks(const QStringList &keys);
    /// Adds or removes one key as a read-modify-write under a lock file and a fresh read of the
    /// file, so that two instances muting checks at the same time lose neither change.
    /// Returns false when the lock could not be taken in time or the settings are read-only.
    bool setCheckMuted(const QString &key, bool muted);
    /// "system", "light" or "dark".
    QString theme() const;
    void setTheme(const QString &theme);
    /// The range a source opens with until one is chosen for it: the last 24 hours unless set.
    TimeRange defaultRange() const;
    void setDefaultRange(const TimeRange &range);
    /// The range last chosen for `source` (SourceSpec::settingsKey()), or the default range.
    TimeRange rangeFor(const QString &source) const;
    void setRangeFor(const QString &source, const TimeRange &range);
    /// How far back "now" reaches for a check's status: 5 minutes unless chosen (1 to 60).
    int statusWindowMinutes() const;
    void setStatusWindowMinutes(int minutes);
    int refreshIntervalSeconds() const;
    void setRefreshIntervalSeconds(int seconds);
    /// How long the history keeps scrapes: 90 days unless chosen (1 day to 10 years).
    int historyRetentionDays() const;
    void setHistoryRetentionDays(int days);
    /// The source the window had open last, reopened at the next start; never holds a secret.
    SourceSpec lastSource() const;
    void setLastSource(const SourceSpec &spec);

    void sync();

private:
    void migrate();
    void set(const QString &key, const QVariant &value);

    QSettings m_settings;
    bool m_readOnly = false;
};

} // namespace appclacks::core
