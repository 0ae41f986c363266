// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/platform/memorytuning.h"

#include <cstdlib> // defines __GLIBC__ on glibc systems

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace appclacks::core {

void keepLargeBuffersBetweenScrapes()
{
#if defined(__GLIBC__)
    // Blocks up to 32 MiB (the most glibc's mallopt accepts on 64-bit) come from the heap and
    // stay there once freed.
    constexpr int limit = 32 * 1024 * 1024;
    mallopt(M_MMAP_THRESHOLD, limit);
    mallopt(M_TRIM_THRESHOLD, 2 * limit);
#endif
}

} // namespace appclacks::core
