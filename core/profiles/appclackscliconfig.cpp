// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/profiles/appclackscliconfig.h"

#include "core/platform/userconfigdir.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

namespace appclacks::core {

namespace {

class Text final
{
    Q_DECLARE_TR_FUNCTIONS(AppclacksCliConfig)
};

constexpr qint64 maxFileBytes = 1024 * 1024; // a profiles file is a few hundred bytes

// A problem at a place in the file; thrown inside parse() only, and caught there.
struct YamlProblem
{
    YAML::Mark mark;
    QString reason;
};

QString where(const QString &fileName, const YAML::Mark &mark)
{
    QString file = fileName.isEmpty() ? QStringLiteral("appclacks.yaml") : fileName;
    if (mark.is_null() || mark.line < 0) {
        return file;
    }
    return file + QLatin1Char(':') + QString::number(mark.line + 1) + QLatin1Char(':')
        + QString::number(mark.column + 1);
}

QString scalarText(const YAML::Node &node)
{
    return QString::fromStdString(node.Scalar());
}

// The key/value pairs of a mapping as Go's YAML library sees them: "<<" merges the mappings it
// names (explicit keys win, then earlier mappings), and a key given twice is an error.
QList<std::pair<YAML::Node, YAML::Node>> entries(const YAML::Node &map)
{
    QList<std::pair<YAML::Node, YAML::Node>> explicitEntries;
    QList<YAML::Node> merged;
    QStringList seen;
    for (const auto &entry : map) {
        const YAML::Node key = entry.first;
        if (!key.IsScalar()) {
            throw YamlProblem { key.Mark(), Text::tr("a key must be a plain value, not a list or mapping") };
        }
        const QString name = scalarText(key);
        // Only a plain << merges (yaml-cpp tags plain scalars "?"); a quoted "<<" is a key.
        if (name == QLatin1String("<<") && key.Tag() == "?") {
            const YAML::Node value = entry.second;
            if (value.IsMap()) {
                merged.append(value);
            } else if (value.IsSequence()) {
                for (const auto &item : value) {
                    if (!item.IsMap()) {
                        throw YamlProblem { item.Mark(), Text::tr("'<<' merges mappings only") };
                    }
                    merged.append(item);
                }
            } else {
                throw YamlProblem { value.Mark(), Text::tr("'<<' merges mappings only") };
            }
            continue;
        }
        if (seen.contains(name)) {
            throw YamlProblem { key.Mark(), Text::tr("the key '%1' is given twice").arg(name) };
        }
        seen.append(name);
        explicitEntries.append({ key, entry.second });
    }
    for (const YAML::Node &source : std::as_const(merged)) {
        for (const auto &inherited : entries(source)) {
            const QString name = scalarText(inherited.first);
            if (!seen.contains(name)) {
                seen.append(name);
                explicitEntries.append(inherited);
            }
        }
    }
    return explicitEntries;
}

// A string field: Go's decoder takes any scalar's text (123 stays "123") and null as "".
QString stringValue(const YAML::Node &value, const QString &key)
{
    if (!value.IsDefined() || value.IsNull()) {
        return {};
    }
    if (!value.IsScalar()) {
        throw YamlProblem { value.Mark(), Text::tr("'%1' must be a text value, not a list or mapping").arg(key) };
    }
    return scalarText(value);
}

} // namespace

QString AppclacksCliConfig::defaultPath(QString *error)
{
    const QString folder = userConfigDir(QProcessEnvironment::systemEnvironment(), currentConfigDirRules(), error);
    return folder.isEmpty() ? QString() : folder + QStringLiteral("/appclacks/appclacks.yaml");
}

QString AppclacksCliConfig::defaultFolder()
{
    const QString path = defaultPath();
    const QFileInfo file(path);
    if (!path.isEmpty() && file.absoluteDir().exists()) {
        return file.absolutePath();
    }
    return QDir::homePath();
}

AppclacksCliConfig::Result AppclacksCliConfig::readFile(const QString &path)
{
    Result result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = path + QStringLiteral(": ") + file.errorString();
        result.unreadable = true;
        return result;
    }
    const QByteArray content = file.read(maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        result.error = path + QStringLiteral(": ") + file.errorString();
        result.unreadable = true;
        return result;
    }
    if (content.size() > maxFileBytes) {
        result.error = path + QStringLiteral(": ") + Text::tr("larger than 1 MiB: not an Appclacks CLI profiles file");
        return result;
    }
    return parse(content, path);
}

AppclacksCliConfig::Result AppclacksCliConfig::parse(const QByteArray &yaml, const QString &fileName)
{
    Result result;
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (!root.IsDefined() || root.IsNull()) {
            return result; // an empty file: no profiles, as for the CLI
        }
        if (!root.IsMap()) {
            throw YamlProblem { root.Mark(), Text::tr("the file must be a mapping of settings") };
        }
        QList<YAML::Mark> profileMarks;
        for (const auto &[key, value] : entries(root)) {
            const QString name = scalarText(key);
            if (name == QLatin1String("default-profile")) {
                result.defaultProfile = stringValue(value, name);
            } else if (name == QLatin1String("profiles")) {
                if (value.IsNull()) {
                    continue;
                }
                if (!value.IsMap()) {
                    throw YamlProblem { value.Mark(), Text::tr("'profiles' must be a mapping of profile names") };
                }
                for (const auto &[profileKey, profileValue] : entries(value)) {
                    CliProfile profile;
                    profile.name = scalarText(profileKey);
                    if (!profileValue.IsNull() && !profileValue.IsMap()) {
                        throw YamlProblem { profileValue.Mark(),
                            Text::tr("profile '%1' must be a mapping").arg(profile.name) };
                    }
                    if (profileValue.IsMap()) {
                        for (const auto &[field, fieldValue] : entries(profileValue)) {
                            const QString fieldName = scalarText(field);
                            if (fieldName == QLatin1String("organization-id")) {
                                profile.organizationId = stringValue(fieldValue, fieldName);
                            } else if (fieldName == QLatin1String("api-token")) {
                                profile.apiToken = stringValue(fieldValue, fieldName);
                            } else if (fieldName == QLatin1String("api-endpoint")
                                || fieldName == QLatin1String("endpoint")) {
                                profile.apiEndpoint = stringValue(fieldValue, fieldName);
                            }
                        }
                    }
                    result.profiles.append(profile);
                    profileMarks.append(profileKey.Mark());
                }
            }
            // Other settings of the CLI are not ours.
        }
        for (qsizetype i = 0; i < result.profiles.size(); ++i) {
            if (result.profiles.at(i).organizationId.isEmpty()) {
                throw YamlProblem { profileMarks.at(i),
                    Text::tr("profile '%1' has no organization-id").arg(result.profiles.at(i).name) };
            }
        }
        return result;
    } catch (const YamlProblem &problem) {
        Result failed;
        failed.error = where(fileName, problem.mark) + QStringLiteral(": ") + problem.reason;
        return failed;
    } catch (const YAML::Exception &exception) {
        // yaml-cpp's own messages name the construct, never the value ("end of map flow not found").
        Result failed;
        failed.error = where(fileName, exception.mark) + QStringLiteral(": ") + QString::fromStdString(exception.msg);
        return failed;
    } catch (const std::exception &exception) {
        Result failed;
        failed.error
            = where(fileName, YAML::Mark::null_mark()) + QStringLiteral(": ") + QString::fromUtf8(exception.what());
        return failed;
    }
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
    existing.url
        = cli.apiEndpoint.isEmpty() ? Profile::defaultAppclacksUrl() : Profile::urlFromUserInput(cli.apiEndpoint);
    existing.username = cli.organizationId;
    existing.authMode = AuthMode::Basic;
    return existing;
}

} // namespace appclacks::core
