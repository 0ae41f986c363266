// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/scrape/scraperequest.h"

namespace appclacks::core {

ScrapeRequest ScrapeRequest::forProfile(const Profile &profile, const QString &secret)
{
    ScrapeRequest request;
    request.url = profile.metricsUrl();
    request.profileName = profile.name;
    request.authMode = profile.authMode;
    request.username = profile.username;
    request.secret = secret;
    request.caFile = profile.caFile;
    request.clientCertificateFile = profile.clientCertificateFile;
    request.clientKeyFile = profile.clientKeyFile;
    return request;
}

bool isTransient(ScrapeError error)
{
    switch (error) {
    case ScrapeError::Unreachable:
    case ScrapeError::TimedOut:
    case ScrapeError::RateLimited:
    case ScrapeError::ServerError:
    case ScrapeError::CorruptBody:
        return true;
    default:
        return false;
    }
}

int exitCodeFor(ScrapeError error)
{
    switch (error) {
    case ScrapeError::None:
        return 0;
    case ScrapeError::CredentialsRejected:
        return 77;
    case ScrapeError::BadData:
    case ScrapeError::NotMetrics:
    case ScrapeError::BodyTooLarge:
    case ScrapeError::CorruptBody:
        return 65;
    case ScrapeError::Configuration:
    case ScrapeError::InsecureCredentials:
        return 64;
    case ScrapeError::Unreadable:
        return 74;
    default:
        return 69;
    }
}

} // namespace appclacks::core
