// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/profiles/profilestore.h"

#include "core/settings/appsettings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace appclacks::core {

namespace {

class Text final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
};

const auto profilesGroup = QStringLiteral("profiles");
const auto lastUsedKey = QStringLiteral("lastUsedProfile");

Profile readProfile(QSettings &settings, const QString &id)
{
    Profile profile;
    profile.id = id;
    settings.beginGroup(id);
    profile.name = settings.value(QStringLiteral("name")).toString();
    endpointKindFromName(
        settings.value(QStringLiteral("kind"), endpointKindName(profile.kind)).toString(), profile.kind);
    // User info never belongs in a stored URL (validation refuses it); a file from an older
    // version that has some does not get it back into a request or onto a screen.
    profile.url
        = QUrl(settings.value(QStringLiteral("url"), profile.url.toString()).toString()).adjusted(QUrl::RemoveUserInfo);
    profile.username = settings.value(QStringLiteral("username")).toString();
    authModeFromName(
        settings.value(QStringLiteral("auth"), authModeName(profile.authMode)).toString(), profile.authMode);
    profile.zoneLabel = settings.value(QStringLiteral("zoneLabel"), profile.zoneLabel).toString();
    profile.caFile = settings.value(QStringLiteral("caFile")).toString();
    profile.clientCertificateFile = settings.value(QStringLiteral("clientCertificateFile")).toString();
    profile.clientKeyFile = settings.value(QStringLiteral("clientKeyFile")).toString();
    profile.refreshIntervalSeconds
        = settings.value(QStringLiteral("refreshInterval"), profile.refreshIntervalSeconds).toInt();
    // Absent from files written before the Prometheus kind: the defaults.
    profile.tenant = settings.value(QStringLiteral("tenant")).toString();
    profile.labelMatchers = settings.value(QStringLiteral("labelMatchers")).toString();
    profile.nameLabel = settings.value(QStringLiteral("nameLabel"), profile.nameLabel).toString();
    profile.idLabel = settings.value(QStringLiteral("idLabel"), profile.idLabel).toString();
    settings.endGroup();
    return profile;
}

} // namespace

QString ProfileStore::writeBlockedReason()
{
    return AppSettings::writeBlockedReason();
}

QList<Profile> ProfileStore::profiles() const
{
    AppSettings::checkFile(); // a damaged file is copied aside before anyone writes to it
    QSettings settings;
    settings.beginGroup(profilesGroup);
    QList<Profile> all;
    const QStringList ids = settings.childGroups();
    for (const QString &id : ids) {
        all.append(readProfile(settings, id));
    }
    std::sort(all.begin(), all.end(),
        [](const Profile &a, const Profile &b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
    return all;
}

std::optional<Profile> ProfileStore::find(const QString &nameOrId) const
{
    const QList<Profile> all = profiles();
    for (const Profile &profile : all) {
        if (profile.id == nameOrId || profile.name == nameOrId) {
            return profile;
        }
    }
    return std::nullopt;
}

std::optional<Profile> ProfileStore::findByName(const QString &name) const
{
    const QList<Profile> all = profiles();
    for (const Profile &profile : all) {
        if (profile.name == name) {
            return profile;
        }
    }
    return std::nullopt;
}

QString ProfileStore::nameConflict(const Profile &profile) const
{
    const std::optional<Profile> named = findByName(profile.name);
    if (!named || profile.id.isEmpty() || named->id == profile.id) {
        return {};
    }
    return Text::tr("Another profile is already called “%1”.").arg(profile.name);
}

Profile ProfileStore::save(Profile profile)
{
    if (profile.id.isEmpty()) {
        // Adding a name again updates that profile: its keychain entry stays the same too.
        const std::optional<Profile> named = findByName(profile.name);
        profile.id = named ? named->id : QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    if (!writeBlockedReason().isEmpty() || !nameConflict(profile).isEmpty()) {
        return profile;
    }
    QSettings settings;
    settings.beginGroup(profilesGroup);
    settings.remove(profile.id);
    settings.beginGroup(profile.id);
    settings.setValue(QStringLiteral("name"), profile.name);
    settings.setValue(QStringLiteral("kind"), endpointKindName(profile.kind));
    settings.setValue(QStringLiteral("url"), profile.url.toString(QUrl::RemoveUserInfo));
    settings.setValue(QStringLiteral("username"), profile.username);
    settings.setValue(QStringLiteral("auth"), authModeName(profile.authMode));
    settings.setValue(QStringLiteral("zoneLabel"), profile.zoneLabel);
    settings.setValue(QStringLiteral("caFile"), profile.caFile);
    settings.setValue(QStringLiteral("clientCertificateFile"), profile.clientCertificateFile);
    settings.setValue(QStringLiteral("clientKeyFile"), profile.clientKeyFile);
    settings.setValue(QStringLiteral("refreshInterval"), profile.refreshIntervalSeconds);
    if (profile.kind == EndpointKind::PrometheusServer) {
        // Only where they mean something: the other kinds' groups stay as they were.
        settings.setValue(QStringLiteral("tenant"), profile.tenant);
        settings.setValue(QStringLiteral("labelMatchers"), profile.labelMatchers);
        settings.setValue(QStringLiteral("nameLabel"), profile.nameLabel);
        settings.setValue(QStringLiteral("idLabel"), profile.idLabel);
    }
    settings.endGroup();
    settings.endGroup();
    settings.sync();
    return profile;
}

bool ProfileStore::remove(const QString &id)
{
    if (!writeBlockedReason().isEmpty()) {
        return false;
    }
    QSettings settings;
    settings.beginGroup(profilesGroup);
    if (!settings.childGroups().contains(id)) {
        return false;
    }
    settings.remove(id);
    settings.endGroup();
    if (settings.value(lastUsedKey).toString() == id) {
        settings.remove(lastUsedKey);
    }
    settings.sync();
    return true;
}

QString ProfileStore::lastUsedProfileId() const
{
    return QSettings().value(lastUsedKey).toString();
}

void ProfileStore::setLastUsedProfileId(const QString &id)
{
    if (!writeBlockedReason().isEmpty()) {
        return;
    }
    QSettings().setValue(lastUsedKey, id);
}

} // namespace appclacks::core
