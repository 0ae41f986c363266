// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/exposition/symboltable.h"

#include <QHashFunctions>

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace appclacks::core {

SymbolTable::SymbolTable(Names names)
    : m_slots(64, 0)
    , m_copyNames(names == Names::Copy)
{ }

std::string_view SymbolTable::store(std::string_view name)
{
    if (!m_copyNames || name.empty()) {
        return name;
    }
    constexpr std::size_t blockSize = 16 * 1024;
    char *copy = nullptr;
    if (name.size() > blockSize / 4) {
        // A long name gets a block of its own, so that the current block's free space stays usable.
        copy = m_longNames.emplace_back(std::make_unique_for_overwrite<char[]>(name.size())).get();
    } else {
        if (name.size() > m_blockFree) {
            m_blocks.push_back(std::make_unique_for_overwrite<char[]>(blockSize));
            m_blockFree = blockSize;
        }
        copy = m_blocks.back().get() + (blockSize - m_blockFree);
        m_blockFree -= name.size();
    }
    std::memcpy(copy, name.data(), name.size());
    return { copy, name.size() };
}

std::uint64_t SymbolTable::hash(std::string_view name)
{
    // Qt's seeded hash (SipHash or AES): names come from the network, and an unseeded hash
    // would let a hostile endpoint send colliding names and make interning quadratic.
    return qHash(QByteArrayView(name.data(), qsizetype(name.size())), QHashSeed::globalSeed());
}

std::size_t SymbolTable::cacheSet(std::string_view name)
{
    // Length and three bytes, mixed by a multiplication so that names alike ("name" and
    // "healthcheck_duration_seconds_bucket" collided in the old sum) spread over the sets.
    const std::uint64_t key = std::uint64_t(name.size()) | std::uint64_t(static_cast<unsigned char>(name.front())) << 16
        | std::uint64_t(static_cast<unsigned char>(name.back())) << 24
        | std::uint64_t(static_cast<unsigned char>(name[name.size() / 2])) << 32;
    return std::size_t((key * 0x9E3779B97F4A7C15ull) >> (64 - cacheSetBits));
}

namespace {

// Names are short and compared on every line: eight bytes at a time, inline, without the call
// into the C library. Reads only inside both names.
bool sameBytes(const char *a, const char *b, std::size_t size)
{
    if (size >= 8) {
        std::size_t i = 0;
        for (; i + 8 <= size; i += 8) {
            std::uint64_t x;
            std::uint64_t y;
            std::memcpy(&x, a + i, 8);
            std::memcpy(&y, b + i, 8);
            if (x != y) {
                return false;
            }
        }
        if (i == size) {
            return true;
        }
        std::uint64_t x; // the last eight bytes, overlapping the ones already compared
        std::uint64_t y;
        std::memcpy(&x, a + size - 8, 8);
        std::memcpy(&y, b + size - 8, 8);
        return x == y;
    }
    for (std::size_t i = 0; i < size; ++i) {
        if (a[i] != b[i]) {
            return false;
        }
    }
    return true;
}

} // namespace

SymbolId SymbolTable::intern(std::string_view name)
{
    CacheEntry *set = &m_cache[name.empty() ? 0 : cacheSet(name) * 2];
    const auto matches = [&name](const CacheEntry &entry) {
        return entry.data && entry.size == name.size() && sameBytes(entry.data, name.data(), name.size());
    };
    if (matches(set[0])) {
        return set[0].id;
    }
    if (matches(set[1])) {
        return set[1].id;
    }
    // Two ways per set, the newest name first: two names that share a set both stay cached.
    set[1] = set[0];
    CacheEntry &cached = set[0];
    const std::size_t mask = m_slots.size() - 1;
    std::size_t slot = hash(name) & mask;
    while (m_slots[slot] != 0) {
        const SymbolId id = m_slots[slot] - 1;
        if (m_views[id] == name) {
            // The table's own view, not the caller's: with Names::Copy the caller's bytes go away.
            cached = { m_views[id].data(), std::uint32_t(name.size()), id };
            return id;
        }
        slot = (slot + 1) & mask;
    }
    const auto id = SymbolId(m_views.size());
    const std::string_view kept = store(name);
    m_views.push_back(kept);
    m_slots[slot] = id + 1;
    cached = { kept.data(), std::uint32_t(name.size()), id };
    if (m_views.size() * 2 > m_slots.size()) {
        grow();
    }
    return id;
}

std::optional<SymbolId> SymbolTable::find(std::string_view name) const
{
    const std::size_t mask = m_slots.size() - 1;
    std::size_t slot = hash(name) & mask;
    while (m_slots[slot] != 0) {
        const SymbolId id = m_slots[slot] - 1;
        if (m_views[id] == name) {
            return id;
        }
        slot = (slot + 1) & mask;
    }
    return std::nullopt;
}

void SymbolTable::grow()
{
    std::vector<std::uint32_t> slots(m_slots.size() * 2, 0);
    const std::size_t mask = slots.size() - 1;
    for (SymbolId id = 0; id < m_views.size(); ++id) {
        std::size_t slot = hash(m_views[id]) & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = id + 1;
    }
    m_slots = std::move(slots);
}

} // namespace appclacks::core
