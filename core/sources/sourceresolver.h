// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/health/healthsnapshot.h"
#include "core/prometheus/prometheusendpoint.h"
#include "core/sources/demoserver.h"
#include "core/sources/sourcespec.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace appclacks::core {

class SecretStore;

/// A source ready to be read: what to scrape (with its secret, for this session only) or which
/// file to read, how its labels are named, and what keeps it alive (the demo's server).
struct ResolvedSource
{
    SourceSpec spec;
    QString name; ///< as titles and the status bar name it: "production", "demo", "fleet.prom"
    std::optional<ScrapeRequest> request; ///< for sources scraped over HTTP
    /// For a Prometheus-compatible server: read through its query API, never scraped.
    std::optional<PrometheusEndpoint> prometheus;
    HealthOptions options;
    int refreshSeconds = 0; ///< a profile's own interval; 0 when the source has none
    std::shared_ptr<DemoServer> demo; ///< the demo's server, running while this is kept
};

/// What resolving a spec gave: a source, or an error with the command line's exit code.
struct Resolution
{
    std::optional<ResolvedSource> source;
    int exitCode = 0; ///< sysexits (docs/DESIGN.md): 2 usage, 69 unavailable, 77 credentials
    QString error; ///< for a person; never contains a secret
};

/// Turns a SourceSpec into a ResolvedSource: finds the profile and reads its token from the
/// keychain, starts the demo, takes a URL's credentials from the environment. Asynchronous, as
/// the keychain is: the GUI thread never waits. Use on the GUI thread.
class SourceResolver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceResolver)

public:
    using Callback = std::function<void(const Resolution &)>;

    /// `demoLauncher` starts the demo; without one, a demo spec resolves to an error.
    explicit SourceResolver(DemoLauncher demoLauncher, QObject *parent = nullptr);
    ~SourceResolver() override;

    /// `done` runs once, later or within this call; never after cancel() or destruction.
    void resolve(const SourceSpec &spec, const Callback &done);
    /// Drops the answers of every resolve() still waiting (a newer source was chosen).
    void cancel();

    /// How fast the demo's simulated time runs (the window makes it move visibly).
    void setDemoTimeScale(double scale) { m_demoTimeScale = scale; }

    SecretStore *secrets() const { return m_secrets; }

private:
    DemoLauncher m_demoLauncher;
    SecretStore *m_secrets = nullptr;
    double m_demoTimeScale = 1;
    quint64 m_generation = 0;
};

} // namespace appclacks::core
