// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/exposition/expositionparser.h"

#include <QDateTime>
#include <QString>

#include <memory>

namespace appclacks::core {

/// A saved exposition file (or standard input) read and parsed in one call. Blocking: run it on a
/// worker thread when a window is up.
class MetricsFile final
{
public:
    enum class Failure { None, Io, Data };

    struct Result
    {
        std::shared_ptr<const ExpositionDocument> document;
        Failure failure = Failure::None;
        QString message; ///< "PATH: reason" or "PATH:LINE:COLUMN: reason"
        QDateTime modified; ///< the file's modification time; now for standard input

        bool ok() const { return failure == Failure::None; }
    };

    /// `path` "-" reads standard input. The format is detected (`# EOF` means OpenMetrics).
    static Result load(const QString &path, const ParseLimits &limits = {});
};

} // namespace appclacks::core
