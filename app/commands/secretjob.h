// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/profiles/secretstore.h"

#include <functional>

namespace appclacks::app {

/// Runs one keychain job and waits for its answer, which SecretStore guarantees (its own
/// timeout included). For the command line only: the window never waits on the keychain.
core::SecretResult waitForSecretJob(const std::function<void(core::SecretStore &, core::SecretStore::Callback)> &job);

} // namespace appclacks::app
