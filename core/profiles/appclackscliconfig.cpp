// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/profiles/appclackscliconfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>

namespace appclacks::core {

namespace {

class Text final
{
    Q_DECLARE_TR_FUNCTIONS(AppclacksCliConfig)
};

// A YAML scalar as the CLI's file holds them: plain, 'single' or "double" quoted, with an
// optional trailing comment on plain scalars.
bool unquote(QString text, QString &value, QString &error)
{
    text = text.trimmed();
    const QChar quote = text.isEmpty() ? QChar() : text.at(0);
    if (quote != QLatin1Char('"') && quote != QLatin1Char('\'')) {
        const qsizetype comment = text.indexOf(QStringLiteral(" #"));
        value = (comment >= 0 ? text.left(comment) : text).trimmed();
        return true;
    }
    value.clear();
    qsizetype i = 1;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quote == QLatin1Char('"') && c == QLatin1Char('\\') && i + 1 < text.size()) {
            const QChar next = text.at(++i);
            value += next == QLatin1Char('n') ? QChar(QLatin1Char('\n'))
                : next == QLatin1Char('t')    ? QChar(QLatin1Char('\t'))
                                              : next;
            continue;
        }
        if (c == quote) {
            if (quote == QLatin1Char('\'') && i + 1 < text.size() && text.at(i + 1) == quote) {
                value += quote; // '' is a quote inside single quotes
                ++i;
                continue;
            }
            break;
        }
        value += c;
    }
    if (i >= text.size()) {
        error = quote == QLatin1Char('"') ? Text::tr("unterminated double-quoted value")
                                          : Text::tr("unterminated single-quoted value");
        return false;
    }
    const QString rest = text.mid(i + 1).trimmed();
    if (!rest.isEmpty() && !rest.startsWith(QLatin1Char('#'))) {
        error = Text::tr("unexpected text after a quoted value");
        return false;
    }
    return true;
}

int indentation(const QString &line)
{
    int spaces = 0;
    while (spaces < line.size() && line.at(spaces) == QLatin1Char(' ')) {
        ++spaces;
    }
    return spaces;
}

} // namespace

QString AppclacksCliConfig::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/appclacks/appclacks.yaml");
}

AppclacksCliConfig::Result AppclacksCliConfig::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        result.error = path + QStringLiteral(": ") + file.errorString();
        return result;
    }
    return parse(file.read(qint64(1024) * 1024), path);
}

AppclacksCliConfig::Result AppclacksCliConfig::parse(const QByteArray &yaml, const QString &fileName)
{
    Result result;
    const QStringList lines = QString::fromUtf8(yaml).split(QLatin1Char('\n'));
    auto fail = [&](int line, const QString &reason) {
        Result failed;
        failed.error = (fileName.isEmpty() ? QStringLiteral("appclacks.yaml") : fileName) + QLatin1Char(':')
            + QString::number(line) + QStringLiteral(": ") + reason;
        return failed;
    };

    enum class Section { Top, Profiles } section = Section::Top;
    int profileIndent = -1;
    CliProfile *current = nullptr;
    for (int number = 1; number <= lines.size(); ++number) {
        QString line = lines.at(number - 1);
        if (line.endsWith(QLatin1Char('\r'))) {
            line.chop(1);
        }
        const QString content = line.trimmed();
        if (content.isEmpty() || content.startsWith(QLatin1Char('#')) || content == QLatin1String("---")) {
            continue;
        }
        if (line.contains(QLatin1Char('\t')) && line.indexOf(QLatin1Char('\t')) < indentation(line) + 1) {
            return fail(number, Text::tr("tabs are not allowed for indentation in YAML"));
        }
        const qsizetype colon = content.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            return fail(number, Text::tr("expected 'key: value'"));
        }
        QString key;
        QString error;
        if (!unquote(content.left(colon), key, error)) {
            return fail(number, error);
        }
        QString value;
        if (!unquote(content.mid(colon + 1), value, error)) {
            return fail(number, error);
        }
        const int indent = indentation(line);

        if (indent == 0) {
            current = nullptr;
            profileIndent = -1;
            if (key == QLatin1String("default-profile")) {
                result.defaultProfile = value;
                section = Section::Top;
            } else if (key == QLatin1String("profiles")) {
                if (!value.isEmpty() && value != QLatin1String("{}")) {
                    return fail(number, Text::tr("'profiles' must be a mapping of profile names"));
                }
                section = Section::Profiles;
            } else {
                section = Section::Top; // other settings of the CLI are not ours
            }
            continue;
        }
        if (section != Section::Profiles) {
            continue;
        }
        if (profileIndent < 0 || indent == profileIndent) {
            profileIndent = indent;
            if (!value.isEmpty()) {
                return fail(number, Text::tr("profile '%1' must be a mapping").arg(key));
            }
            result.profiles.append(CliProfile { key, {}, {}, {} });
            current = &result.profiles.last();
            continue;
        }
        if (indent < profileIndent || !current) {
            return fail(number, Text::tr("unexpected indentation"));
        }
        if (key == QLatin1String("organization-id")) {
            current->organizationId = value;
        } else if (key == QLatin1String("api-token")) {
            current->apiToken = value;
        } else if (key == QLatin1String("api-endpoint") || key == QLatin1String("endpoint")) {
            current->apiEndpoint = value;
        }
    }
    for (const CliProfile &profile : std::as_const(result.profiles)) {
        if (profile.organizationId.isEmpty()) {
            return fail(lines.size(), Text::tr("profile '%1' has no organization-id").arg(profile.name));
        }
    }
    return result;
}

QList<CliProfile> AppclacksCliConfig::fromEnvironment(const QProcessEnvironment &environment)
{
    const QString organization = environment.value(QStringLiteral("APPCLACKS_ORGANIZATION_ID"));
    const QString token = environment.value(QStringLiteral("APPCLACKS_TOKEN"));
    if (organization.isEmpty() || token.isEmpty()) {
        return {};
    }
    return { CliProfile { QStringLiteral("environment"), organization, token,
        environment.value(QStringLiteral("APPCLACKS_API_ENDPOINT")) } };
}

QString AppclacksCliConfig::selectedProfile(const QProcessEnvironment &environment, const Result &file)
{
    const QString fromEnvironment = environment.value(QStringLiteral("APPCLACKS_PROFILE"));
    return fromEnvironment.isEmpty() ? file.defaultProfile : fromEnvironment;
}

Profile AppclacksCliConfig::toProfile(const CliProfile &cli, Profile existing)
{
    existing.name = cli.name;
    existing.kind = EndpointKind::AppclacksApi;
    existing.url = cli.apiEndpoint.isEmpty() ? Profile::defaultAppclacksUrl() : QUrl::fromUserInput(cli.apiEndpoint);
    existing.username = cli.organizationId;
    existing.authMode = AuthMode::Basic;
    return existing;
}

} // namespace appclacks::core
