// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

namespace appclacks::core {

/// Keeps the memory of large, short-lived buffers (a scrape's body and its parsed document) in
/// the process between scrapes. By default glibc hands each multi-megabyte block back to the
/// kernel when it is freed, so every scrape faults the same memory in again, which costs more
/// than the parse itself on a virtual machine. Call once at start-up; a no-op elsewhere.
void keepLargeBuffersBetweenScrapes();

} // namespace appclacks::core
