// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/profiles/profile.h"

#include <QList>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <optional>

class QNetworkRequest;
class QSslError;

namespace appclacks::core {

/// What every HTTP client of the app (the scraper, the Prometheus API client) does the same way
/// with credentials and TLS, written once: the Authorization header, the TLS configuration from a
/// profile's files, TLS errors described for a person, and URLs printed without user info.
class HttpSecurity final
{
public:
    HttpSecurity() = delete;

    /// Adds `Authorization: Basic …` or `Bearer …`; nothing for AuthMode::None.
    static void setAuthorization(
        QNetworkRequest &request, AuthMode mode, const QString &username, const QString &secret);
    /// The system's authorities plus `caFile`'s, and the client certificate and key when set
    /// (an RSA, EC or DSA key, PEM). Nothing, with `error` naming the file, when one is unusable.
    static std::optional<QSslConfiguration> tlsConfiguration(
        const QString &caFile, const QString &clientCertificateFile, const QString &clientKeyFile, QString *error);
    /// "certificate has expired (certificate CN=localhost, issued by CN=Test CA); …"
    static QString describeSslErrors(const QList<QSslError> &errors);
    /// The URL for a message: never its user info (which may hold a password), query or fragment.
    static QString describeUrl(const QUrl &url);
    /// localhost or a loopback address, where credentials may go over plain http://.
    static bool isLoopbackHost(const QString &host);
};

} // namespace appclacks::core
