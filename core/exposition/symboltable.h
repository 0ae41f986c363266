// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/exposition/expositiondocument.h"

#include <array>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace appclacks::core {

/// Interns metric and label names during one parse. Names are views into the input, never
/// copied, unless the table is told to copy them: a parse that reads its input a window at a time
/// reuses the window's memory, so each new name is copied once into the table's own blocks. A small two-way
/// set-associative cache in front of an open-addressing table makes the common case, the same names line after line, a
/// length check and a memcmp.
class SymbolTable final
{
public:
    enum class Names { ViewInput, Copy };

    explicit SymbolTable(Names names = Names::ViewInput);

    SymbolId intern(std::string_view name);
    std::optional<SymbolId> find(std::string_view name) const;
    std::string_view view(SymbolId id) const { return m_views[id]; }
    std::size_t size() const { return m_views.size(); }

    std::vector<std::string_view> takeViews() { return std::move(m_views); }

private:
    struct CacheEntry
    {
        const char *data = nullptr;
        std::uint32_t size = 0;
        SymbolId id = 0;
    };

    static std::uint64_t hash(std::string_view name);
    static constexpr int cacheSetBits = 8;
    static std::size_t cacheSet(std::string_view name);
    void grow();
    std::string_view store(std::string_view name);

    std::array<CacheEntry, 2 << cacheSetBits> m_cache {};
    std::vector<std::uint32_t> m_slots; // id + 1, 0 = empty
    std::vector<std::string_view> m_views;
    const bool m_copyNames;
    // Copies of the names with Names::Copy: blocks that never move, so that views stay valid.
    std::vector<std::unique_ptr<char[]>> m_blocks;
    std::size_t m_blockFree = 0;
    std::vector<std::unique_ptr<char[]>> m_longNames;
};

} // namespace appclacks::core
