// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/profiles/profile.h"

#include <QString>

namespace appclacks::core {

/// The bridge the Appclacks docs describe: a Prometheus scrape job that scrapes what a profile
/// scrapes, ready to paste under `scrape_configs:` in prometheus.yml, and the Prometheus profile
/// that then reads it back. The job never holds a secret: the token or password goes in a file
/// whose placeholder path the job names (password_file, credentials_file), and a comment says so.
class ScrapeConfig final
{
public:
    /// Whether `profile` can be scraped by Prometheus (an Appclacks or exposition profile).
    static bool canWrite(const Profile &profile);
    /// The job as YAML, indented as an item of `scrape_configs:`; empty when !canWrite(profile).
    static QString write(const Profile &profile);
    /// `production` → `production`, `Staging EU (old)` → `staging-eu-old`: Prometheus's job label.
    static QString jobName(const Profile &profile);
    /// Where the job expects the token or password, relative to prometheus.yml's folder (as
    /// Prometheus resolves it); empty when the profile has no authentication.
    static QString secretFilePath(const Profile &profile);
    /// A Prometheus profile for the server that runs the job: http://localhost:9090, the job as
    /// its matcher, the source's zone label. Not saved.
    static Profile prometheusProfileFor(const Profile &profile);
};

} // namespace appclacks::core
