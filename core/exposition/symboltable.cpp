// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/exposition/symboltable.h"

#include <QHashFunctions>

#include <cstring>

namespace appclacks::core {

SymbolTable::SymbolTable()
    : m_slots(64, 0)
{ }

std::uint64_t SymbolTable::hash(std::string_view name)
{
    // Qt's seeded hash (SipHash or AES): names come from the network, and an unseeded hash
    // would let a hostile endpoint send colliding names and make interning quadratic.
    return qHash(QByteArrayView(name.data(), qsizetype(name.size())), QHashSeed::globalSeed());
}

std::size_t SymbolTable::cacheSlot(std::string_view name)
{
    const auto first = static_cast<unsigned char>(name.front());
    const auto last = static_cast<unsigned char>(name.back());
    const auto middle = static_cast<unsigned char>(name[name.size() / 2]);
    return (name.size() * 31u + first * 7u + last * 131u + middle * 17u) & 255u;
}

SymbolId SymbolTable::intern(std::string_view name)
{
    CacheEntry &cached = m_cache[name.empty() ? 0 : cacheSlot(name)];
    if (cached.data && cached.size == name.size() && std::memcmp(cached.data, name.data(), name.size()) == 0) {
        return cached.id;
    }
    const std::size_t mask = m_slots.size() - 1;
    std::size_t slot = hash(name) & mask;
    while (m_slots[slot] != 0) {
        const SymbolId id = m_slots[slot] - 1;
        if (m_views[id] == name) {
            cached = { name.data(), std::uint32_t(name.size()), id };
            return id;
        }
        slot = (slot + 1) & mask;
    }
    const auto id = SymbolId(m_views.size());
    m_views.push_back(name);
    m_slots[slot] = id + 1;
    cached = { name.data(), std::uint32_t(name.size()), id };
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
