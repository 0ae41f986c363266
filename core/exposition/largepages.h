// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <cstddef>

namespace appclacks::core {

/// Asks the system to back the untouched pages of [data, data + size) with transparent huge pages
/// where it offers them (Linux, "madvise" mode), so that filling a large fresh buffer takes one
/// page fault per 2 MiB instead of one per 4 KiB. A no-op for small buffers and elsewhere.
void adviseLargePages(void *data, std::size_t size);

} // namespace appclacks::core
