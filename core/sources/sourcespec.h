// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>
#include <QVariantMap>

#include <cstdint>
#include <optional>

class QCommandLineParser;

namespace appclacks::core {

/// The one spelling of "which kind of source" (docs/DESIGN.md, sources).
enum class SourceKind { None, Demo, File, Url, Profile };

/// Where health checks come from, as a value: parsed from the command line in one place
/// (fromCommandLine), chosen in the window, and saved in settings (toVariant/fromVariant).
/// Holds no secret: a profile's token stays in the keychain, a URL's credentials in the
/// environment, until SourceResolver reads them for one session.
struct SourceSpec
{
    SourceKind kind = SourceKind::None;
    std::uint64_t seed = 1; ///< Demo: the simulated fleet's seed
    QString path; ///< File: a path, or "-" for standard input
    QUrl url; ///< Url
    QString caFile; ///< Url: PEM bundle trusted in addition to the system's
    QString profile; ///< Profile: its name or id
    QString zoneLabel; ///< the label that names the zone; empty: "zone", or the profile's
    int timeoutMs = 10000; ///< Url and Profile: a scrape gives up after this long
    qint64 maxBytes = 0; ///< File: refuse files larger than this; 0 for no limit

    static SourceSpec demo(std::uint64_t seed = 1);
    static SourceSpec file(const QString &path);
    static SourceSpec fromUrl(const QUrl &url);
    static SourceSpec fromProfile(const QString &nameOrId);

    bool isValid() const { return kind != SourceKind::None; }
    /// Whether the source is scraped over HTTP (and so refreshed on an interval).
    bool isScraped() const
    {
        return kind == SourceKind::Demo || kind == SourceKind::Url || kind == SourceKind::Profile;
    }

    /// For settings: every field as plain values. A spec for standard input is not worth keeping.
    QVariantMap toVariant() const;
    static SourceSpec fromVariant(const QVariantMap &map);
    /// "profile:production", "url:https://host/metrics", "demo", "file:/path": what settings
    /// remember per source (its range). Never holds a secret; empty for no source or stdin.
    QString settingsKey() const;

    /// SOURCE's options, shared by every command that reads health checks.
    static QList<QCommandLineOption> commandLineOptions();
    /// "--demo [--seed N] | --file PATH | --profile NAME | --url URL [--ca-file PEM] [--timeout S]"
    static QString commandLineSynopsis();
    /// The source the options name. With `required`, exactly one source must be given;
    /// otherwise none is fine too (kind None). On a usage error, `error` says what is wrong.
    static std::optional<SourceSpec> fromCommandLine(const QCommandLineParser &parser, bool required, QString *error);
    /// --timeout's value in milliseconds (seconds, more than 0 and at most 3600); nothing, with
    /// `error`, for another. Shared with the commands that read a Prometheus-compatible server.
    static std::optional<int> timeoutMsFrom(const QString &seconds, QString *error);

    friend bool operator==(const SourceSpec &, const SourceSpec &) = default;
};

/// "demo", "file", "url", "profile".
QString sourceKindName(SourceKind kind);

} // namespace appclacks::core

Q_DECLARE_METATYPE(appclacks::core::SourceSpec)
