// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/exposition/largepages.h"

#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace appclacks::core {

void adviseLargePages(void *data, std::size_t size)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    // Only whole 2 MiB blocks inside the buffer can become huge pages; below two of them the
    // saving is not worth a system call.
    constexpr std::uintptr_t hugePage = std::uintptr_t(2) * 1024 * 1024;
    const auto begin = reinterpret_cast<std::uintptr_t>(data);
    const std::uintptr_t first = (begin + hugePage - 1) & ~(hugePage - 1);
    const std::uintptr_t last = (begin + size) & ~(hugePage - 1);
    if (last > first && last - first >= 2 * hugePage) {
        // Advice only: on failure (no THP in this kernel) the buffer simply keeps small pages.
        (void)madvise(reinterpret_cast<void *>(first), last - first, MADV_HUGEPAGE);
    }
#else
    (void)data;
    (void)size;
#endif
}

} // namespace appclacks::core
