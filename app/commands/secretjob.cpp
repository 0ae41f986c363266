// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "app/commands/secretjob.h"

#include <QEventLoop>

#include <optional>

namespace appclacks::app {

core::SecretResult waitForSecretJob(const std::function<void(core::SecretStore &, core::SecretStore::Callback)> &job)
{
    core::SecretStore secrets;
    QEventLoop loop;
    std::optional<core::SecretResult> result;
    job(secrets, [&](const core::SecretResult &answer) {
        result = answer;
        loop.quit();
    });
    if (!result) { // an answer given before exec() would leave the loop running forever
        loop.exec();
    }
    return *result;
}

} // namespace appclacks::app
