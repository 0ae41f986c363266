// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/history/timerange.h"

#include <cstddef>
#include <vector>

namespace appclacks::core {

/// The ranges a window went through while zooming: a drag pushes the chosen range, Back returns
/// to the one before it, Reset to the range the zooming started from. Whoever owns the window's
/// range keeps one (per source); the charts only propose ranges.
class RangeHistory final
{
public:
    /// At most this many ranges are kept before the oldest is forgotten (the base stays).
    static constexpr std::size_t depth = 50;

    explicit RangeHistory(TimeRange base = TimeRange::sinceProberStarted());

    /// The range to show.
    TimeRange current() const;
    /// The range before any zoom.
    TimeRange base() const { return m_base; }
    /// True while zoomed in (there is something to go back to).
    bool canGoBack() const { return !m_stack.empty(); }
    /// How many zooms Back can undo.
    std::size_t size() const { return m_stack.size(); }

    /// Makes `range` current, keeping the previous one for back(); pushing the current range
    /// again changes nothing.
    void push(const TimeRange &range);
    /// Returns to the previous range; false (and nothing changes) when not zoomed.
    bool back();
    /// Returns to the base range and forgets the zooms.
    void reset();
    /// A new base (the user picked a range in the toolbar): the zooms are forgotten.
    void setBase(const TimeRange &base);

private:
    TimeRange m_base;
    std::vector<TimeRange> m_stack; ///< the zooms, oldest first; current() is the last
};

} // namespace appclacks::core
