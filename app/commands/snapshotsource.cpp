// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "app/commands/snapshotsource.h"

#include "core/sources/snapshotloader.h"
#include "core/util/exitcode.h"
#include "simulator/demolauncher.h"

namespace appclacks::app::SnapshotSource {

std::optional<core::SourceSpec> specFrom(const QCommandLineParser &parser, QString &error)
{
    return core::SourceSpec::fromCommandLine(parser, true, &error);
}

Loaded load(const core::SourceSpec &spec)
{
    core::Resolution resolution;
    const core::LoadResult result = core::SnapshotLoader::loadBlocking(spec, simulator::demoLauncher(), &resolution);
    if (!resolution.source) {
        return { nullptr, resolution.exitCode, resolution.error };
    }
    if (!result.ok()) {
        return { nullptr, result.exitCode(), result.metadata.message };
    }
    return { result.built.latest, core::ExitOk, {} };
}

} // namespace appclacks::app::SnapshotSource
