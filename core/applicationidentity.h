// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

namespace appclacks::core {

/// The reverse-DNS id used for the desktop file, AppStream, the macOS bundle and QSettings.
inline constexpr auto applicationId = "com.appclacks.Desktop";
inline constexpr auto productName = "Appclacks Desktop";
inline constexpr auto executableName = "appclacks-desktop";

/// Sets organization, domain, name and version on QCoreApplication so that QSettings and
/// QStandardPaths resolve under the com.appclacks.Desktop identity on every platform.
void applyApplicationIdentity();

QString applicationVersion();

} // namespace appclacks::core
