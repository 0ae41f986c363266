// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/sources/sourcespec.h"

#include <QCommandLineParser>

namespace appclacks::core {

namespace {

class SourceText final
{
    Q_DECLARE_TR_FUNCTIONS(SourceSpec)
};

const QString demoOption = QStringLiteral("demo");
const QString seedOption = QStringLiteral("seed");
const QString fileOption = QStringLiteral("file");
const QString urlOption = QStringLiteral("url");
const QString profileOption = QStringLiteral("profile");
const QString caFileOption = QStringLiteral("ca-file");
const QString timeoutOption = QStringLiteral("timeout");
const QString zoneLabelOption = QStringLiteral("zone-label");
const QString maxBytesOption = QStringLiteral("max-bytes");

// Settings keys: stable names, never the enum's numbers.
const QString kindKey = QStringLiteral("kind");

} // namespace

QString sourceKindName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::None:
        return QStringLiteral("none");
    case SourceKind::Demo:
        return QStringLiteral("demo");
    case SourceKind::File:
        return QStringLiteral("file");
    case SourceKind::Url:
        return QStringLiteral("url");
    case SourceKind::Profile:
        return QStringLiteral("profile");
    }
    return {};
}

SourceSpec SourceSpec::demo(std::uint64_t seed)
{
    SourceSpec spec;
    spec.kind = SourceKind::Demo;
    spec.seed = seed;
    return spec;
}

SourceSpec SourceSpec::file(const QString &path)
{
    SourceSpec spec;
    spec.kind = SourceKind::File;
    spec.path = path;
    return spec;
}

SourceSpec SourceSpec::fromUrl(const QUrl &url)
{
    SourceSpec spec;
    spec.kind = SourceKind::Url;
    spec.url = url;
    return spec;
}

SourceSpec SourceSpec::fromProfile(const QString &nameOrId)
{
    SourceSpec spec;
    spec.kind = SourceKind::Profile;
    spec.profile = nameOrId;
    return spec;
}

QVariantMap SourceSpec::toVariant() const
{
    QVariantMap map;
    if (kind == SourceKind::None || (kind == SourceKind::File && path == QLatin1String("-"))) {
        return map;
    }
    map.insert(kindKey, sourceKindName(kind));
    switch (kind) {
    case SourceKind::Demo:
        map.insert(QStringLiteral("seed"), QString::number(seed));
        break;
    case SourceKind::File:
        map.insert(QStringLiteral("path"), path);
        break;
    case SourceKind::Url:
        map.insert(QStringLiteral("url"), url.toString(QUrl::RemoveUserInfo));
        map.insert(QStringLiteral("caFile"), caFile);
        break;
    case SourceKind::Profile:
        map.insert(QStringLiteral("profile"), profile);
        break;
    case SourceKind::None:
        break;
    }
    if (!zoneLabel.isEmpty()) {
        map.insert(QStringLiteral("zoneLabel"), zoneLabel);
    }
    return map;
}

QString SourceSpec::settingsKey() const
{
    switch (kind) {
    case SourceKind::Demo:
        return QStringLiteral("demo");
    case SourceKind::File:
        return path == QLatin1String("-") ? QString() : QStringLiteral("file:") + path;
    case SourceKind::Url:
        return QStringLiteral("url:") + url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    case SourceKind::Profile:
        return QStringLiteral("profile:") + profile;
    case SourceKind::None:
        break;
    }
    return {};
}

SourceSpec SourceSpec::fromVariant(const QVariantMap &map)
{
    const QString kind = map.value(kindKey).toString();
    SourceSpec spec;
    if (kind == sourceKindName(SourceKind::Demo)) {
        spec = demo(map.value(QStringLiteral("seed")).toString().toULongLong());
    } else if (kind == sourceKindName(SourceKind::File)) {
        spec = file(map.value(QStringLiteral("path")).toString());
    } else if (kind == sourceKindName(SourceKind::Url)) {
        spec = fromUrl(QUrl(map.value(QStringLiteral("url")).toString()));
        spec.caFile = map.value(QStringLiteral("caFile")).toString();
    } else if (kind == sourceKindName(SourceKind::Profile)) {
        spec = fromProfile(map.value(QStringLiteral("profile")).toString());
    } else {
        return {};
    }
    spec.zoneLabel = map.value(QStringLiteral("zoneLabel")).toString();
    return spec;
}

QList<QCommandLineOption> SourceSpec::commandLineOptions()
{
    return {
        QCommandLineOption(demoOption,
            SourceText::tr("Start the built-in simulator on a free loopback port and scrape "
                           "it over HTTP, as a real profile is scraped.")),
        QCommandLineOption(seedOption, SourceText::tr("With --demo: the simulated fleet's seed (default 1)."),
            QStringLiteral("n"), QStringLiteral("1")),
        QCommandLineOption(
            fileOption, SourceText::tr("A saved exposition file, or - for standard input."), QStringLiteral("path")),
        QCommandLineOption(urlOption,
            SourceText::tr("Scrape this URL; Basic credentials come from APPCLACKS_ORGANIZATION_ID and "
                           "APPCLACKS_TOKEN when both are set."),
            QStringLiteral("url")),
        QCommandLineOption(
            profileOption, SourceText::tr("Scrape a saved profile (see `profile list`)."), QStringLiteral("name")),
        QCommandLineOption(
            caFileOption, SourceText::tr("With --url: also trust the CAs in this PEM file."), QStringLiteral("pem")),
        QCommandLineOption(timeoutOption,
            SourceText::tr("With --url or --profile: give up after this many seconds (default 10)."),
            QStringLiteral("seconds"), QStringLiteral("10")),
        QCommandLineOption(zoneLabelOption,
            SourceText::tr("The label that names the zone (default: zone, or the profile's)."), QStringLiteral("name")),
        QCommandLineOption(maxBytesOption,
            SourceText::tr("With --file: refuse a file larger than this many bytes (default: no limit)."),
            QStringLiteral("bytes")),
    };
}

std::optional<int> SourceSpec::timeoutMsFrom(const QString &seconds, QString *error)
{
    bool ok = false;
    const double timeout = seconds.toDouble(&ok);
    if (!ok || timeout <= 0 || timeout > 3600) {
        *error = SourceText::tr("--timeout takes a number of seconds between 0 and 3600");
        return std::nullopt;
    }
    return std::max(1, int(timeout * 1000));
}

QString SourceSpec::commandLineSynopsis()
{
    return QStringLiteral("--demo [--seed N] | --file PATH | --profile NAME | --url URL [--ca-file PEM] [--timeout S]");
}

std::optional<SourceSpec> SourceSpec::fromCommandLine(const QCommandLineParser &parser, bool required, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<SourceSpec> {
        if (error) {
            *error = message;
        }
        return std::nullopt;
    };
    int given = 0;
    for (const QString &name : { demoOption, fileOption, urlOption, profileOption }) {
        given += parser.isSet(name) ? 1 : 0;
    }
    if (given > 1 || (required && given == 0)) {
        return fail(SourceText::tr("give exactly one source: %1").arg(commandLineSynopsis()));
    }
    SourceSpec spec;
    if (parser.isSet(demoOption)) {
        bool ok = false;
        spec = demo(parser.value(seedOption).toULongLong(&ok));
        if (!ok) {
            return fail(SourceText::tr("--seed takes a non-negative integer"));
        }
    } else if (parser.isSet(fileOption)) {
        spec = file(parser.value(fileOption));
    } else if (parser.isSet(urlOption)) {
        spec = fromUrl(QUrl::fromUserInput(parser.value(urlOption)));
        if (!spec.url.isValid() || spec.url.host().isEmpty()) {
            return fail(SourceText::tr("--url takes an http:// or https:// address"));
        }
        spec.caFile = parser.value(caFileOption);
    } else if (parser.isSet(profileOption)) {
        spec = fromProfile(parser.value(profileOption));
    }
    if (parser.isSet(caFileOption) && spec.kind != SourceKind::Url) {
        return fail(SourceText::tr("--ca-file goes with --url (a profile has its own CA file)"));
    }
    QString timeoutError;
    const auto timeoutMs = timeoutMsFrom(parser.value(timeoutOption), &timeoutError);
    if (!timeoutMs) {
        return fail(timeoutError);
    }
    spec.timeoutMs = *timeoutMs;
    if (parser.isSet(maxBytesOption)) {
        bool ok = false;
        spec.maxBytes = parser.value(maxBytesOption).toLongLong(&ok);
        if (!ok || spec.maxBytes <= 0) {
            return fail(SourceText::tr("--max-bytes takes a positive number of bytes"));
        }
        if (spec.kind != SourceKind::File) {
            return fail(SourceText::tr("--max-bytes goes with --file (network bodies have their own limit)"));
        }
    }
    spec.zoneLabel = parser.value(zoneLabelOption);
    return spec;
}

} // namespace appclacks::core
