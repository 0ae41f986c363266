// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/history/rangehistory.h"

namespace appclacks::core {

RangeHistory::RangeHistory(TimeRange base)
    : m_base(base)
{ }

TimeRange RangeHistory::current() const
{
    return m_stack.empty() ? m_base : m_stack.back();
}

void RangeHistory::push(const TimeRange &range)
{
    if (range == current()) {
        return;
    }
    m_stack.push_back(range);
    // A long session of zooming keeps memory bounded; the base (for Reset) is never dropped.
    if (m_stack.size() > depth) {
        m_stack.erase(m_stack.begin());
    }
}

bool RangeHistory::back()
{
    if (m_stack.empty()) {
        return false;
    }
    m_stack.pop_back();
    return true;
}

void RangeHistory::reset()
{
    m_stack.clear();
}

void RangeHistory::setBase(const TimeRange &base)
{
    m_base = base;
    m_stack.clear();
}

} // namespace appclacks::core
