// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

// Back and reset after zooming: the ranges a window went through.

#include "core/history/rangehistory.h"

#include <QStandardPaths>
#include <QTest>

using appclacks::core::RangeHistory;
using appclacks::core::TimeRange;

class TestRangeHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void startsAtTheBase()
    {
        const RangeHistory history(TimeRange::last(24 * 3600 * 1000LL));
        QCOMPARE(history.current(), TimeRange::last(24 * 3600 * 1000LL));
        QVERIFY(!history.canGoBack());
        QCOMPARE(history.size(), std::size_t(0));
        QCOMPARE(RangeHistory().current(), TimeRange::sinceProberStarted());
    }

    void pushBackAndReset()
    {
        const TimeRange day = TimeRange::last(24 * 3600 * 1000LL);
        const TimeRange first = TimeRange::custom(1000, 9000);
        const TimeRange second = TimeRange::custom(2000, 4000);
        RangeHistory history(day);
        history.push(first);
        history.push(second);
        QCOMPARE(history.current(), second);
        QCOMPARE(history.size(), std::size_t(2));
        // The same range twice is one zoom, not two.
        history.push(second);
        QCOMPARE(history.size(), std::size_t(2));
        QVERIFY(history.back());
        QCOMPARE(history.current(), first);
        QVERIFY(history.back());
        QCOMPARE(history.current(), day);
        QVERIFY(!history.back());
        QCOMPARE(history.current(), day);

        history.push(first);
        history.push(second);
        history.reset();
        QCOMPARE(history.current(), day);
        QVERIFY(!history.canGoBack());
        QCOMPARE(history.base(), day);
    }

    void aNewBaseForgetsTheZooms()
    {
        RangeHistory history(TimeRange::last(3600 * 1000LL));
        history.push(TimeRange::custom(1, 2));
        const TimeRange week = TimeRange::last(7 * 24 * 3600 * 1000LL);
        history.setBase(week);
        QCOMPARE(history.current(), week);
        QVERIFY(!history.canGoBack());
        // Pushing the base itself is no zoom.
        history.push(week);
        QVERIFY(!history.canGoBack());
    }

    void depthIsBoundedAndTheBaseKept()
    {
        const TimeRange day = TimeRange::last(24 * 3600 * 1000LL);
        RangeHistory history(day);
        const int pushes = int(RangeHistory::depth) + 20;
        for (int i = 0; i < pushes; ++i) {
            history.push(TimeRange::custom(i, i + 1000));
        }
        QCOMPARE(history.size(), RangeHistory::depth);
        QCOMPARE(history.current(), TimeRange::custom(pushes - 1, pushes - 1 + 1000));
        while (history.back()) { }
        QCOMPARE(history.current(), day);
    }
};

QTEST_GUILESS_MAIN(TestRangeHistory)

#include "tst_rangehistory.moc"
