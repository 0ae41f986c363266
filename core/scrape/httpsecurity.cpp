// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/scrape/httpsecurity.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslError>
#include <QSslKey>
#include <QStringList>

namespace appclacks::core {

namespace {

// The messages were HttpScraper's first: they keep its translation context (QT_TRANSLATE_NOOP
// marks each for lupdate).
QString translate(const char *text)
{
    return QCoreApplication::translate("appclacks::core::HttpScraper", text);
}

QString certificateName(const QSslCertificate &certificate, bool issuer)
{
    const QStringList parts = issuer ? certificate.issuerInfo(QSslCertificate::CommonName)
                                     : certificate.subjectInfo(QSslCertificate::CommonName);
    if (!parts.isEmpty()) {
        return QStringLiteral("CN=") + parts.join(QLatin1Char(','));
    }
    return issuer ? certificate.issuerDisplayName() : certificate.subjectDisplayName();
}

} // namespace

void HttpSecurity::setAuthorization(
    QNetworkRequest &request, AuthMode mode, const QString &username, const QString &secret)
{
    if (mode == AuthMode::Basic) {
        request.setRawHeader("Authorization", "Basic " + (username + QLatin1Char(':') + secret).toUtf8().toBase64());
    } else if (mode == AuthMode::Bearer) {
        request.setRawHeader("Authorization", "Bearer " + secret.toUtf8());
    }
}

std::optional<QSslConfiguration> HttpSecurity::tlsConfiguration(
    const QString &caFile, const QString &clientCertificateFile, const QString &clientKeyFile, QString *error)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!caFile.isEmpty()) {
        const QList<QSslCertificate> authorities = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (authorities.isEmpty()) {
            *error = translate(
                QT_TRANSLATE_NOOP("appclacks::core::HttpScraper", "Cannot read a PEM certificate from the CA file %1."))
                         .arg(caFile);
            return std::nullopt;
        }
        tls.addCaCertificates(authorities);
    }
    if (!clientCertificateFile.isEmpty()) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(clientCertificateFile, QSsl::Pem);
        // Read once, then try each algorithm on the bytes: QSslKey(QIODevice *) consumes the
        // device, so a second attempt on the same file would see nothing.
        QFile keyFile(clientKeyFile);
        const QByteArray pem = keyFile.open(QIODevice::ReadOnly) ? keyFile.read(1024 * 1024) : QByteArray();
        QSslKey usableKey;
        for (const QSsl::KeyAlgorithm algorithm : { QSsl::Rsa, QSsl::Ec, QSsl::Dsa }) {
            if (!pem.isEmpty() && usableKey.isNull()) {
                usableKey = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
            }
        }
        if (certificates.isEmpty() || usableKey.isNull()) {
            *error = translate(QT_TRANSLATE_NOOP("appclacks::core::HttpScraper",
                                   "Cannot read the client certificate %1 or its key %2."))
                         .arg(clientCertificateFile, clientKeyFile);
            return std::nullopt;
        }
        tls.setLocalCertificate(certificates.constFirst());
        tls.setPrivateKey(usableKey);
    }
    return tls;
}

QString HttpSecurity::describeSslErrors(const QList<QSslError> &errors)
{
    QStringList lines;
    for (const QSslError &error : errors) {
        const QSslCertificate certificate = error.certificate();
        if (certificate.isNull()) {
            lines << error.errorString();
        } else {
            lines << translate(QT_TRANSLATE_NOOP("appclacks::core::HttpScraper", "%1 (certificate %2, issued by %3)"))
                         .arg(error.errorString(), certificateName(certificate, false),
                             certificateName(certificate, true));
        }
    }
    return lines.join(QStringLiteral("; "));
}

QString HttpSecurity::describeUrl(const QUrl &url)
{
    return url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

bool HttpSecurity::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace appclacks::core
