// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

namespace appclacks::core {

/// Exit codes of the command line, after sysexits.h (docs/DESIGN.md); core reports its errors with
/// them so that every command maps a failure the same way.
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 2,
    ExitDataError = 65,
    ExitUnavailable = 69,
    ExitIoError = 74,
    ExitCredentialsRejected = 77,
};

} // namespace appclacks::core
