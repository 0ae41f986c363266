// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

// Issue 13, body caps and gzip members: the documented cap (ScrapeRequest::maxBodyBytes, after
// decompression) is inclusive, a body of several gzip members is decoded whole, and decoding
// runs off the GUI thread.

#include "core/scrape/bodydecoder.h"
#include "core/util/gzipcodec.h"
#include "simulator/gzipencoder.h"

#include <QTest>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

using namespace appclacks::core;

namespace {

QByteArray bytes(qsizetype size, char fill = 'x')
{
    QByteArray data(size, fill);
    for (qsizetype i = 0; i < size; i += 97) {
        data[i] = '\n'; // not one run: compresses, but not to nothing
    }
    return data;
}

const QString where = QStringLiteral("http://127.0.0.1/metrics");

} // namespace

class TestBodyDecoder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bodyCapIsInclusive_data()
    {
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<qint64>("cap");
        QTest::addColumn<bool>("kept");
        constexpr qint64 cap = 1024 * 1024;
        QTest::newRow("identity at the cap") << QByteArray() << cap << cap << true;
        QTest::newRow("identity one byte over") << QByteArray() << cap + 1 << cap << false;
        QTest::newRow("gzip at the cap") << QByteArray("gzip") << cap << cap << true;
        QTest::newRow("gzip one byte over") << QByteArray("gzip") << cap + 1 << cap << false;
        QTest::newRow("x-gzip at the cap, odd size") << QByteArray(" X-Gzip ") << cap - 7 << cap - 7 << true;
        QTest::newRow("gzip one byte over, odd size") << QByteArray("gzip") << cap - 6 << cap - 7 << false;
    }

    void bodyCapIsInclusive()
    {
        QFETCH(QByteArray, encoding);
        QFETCH(qint64, size);
        QFETCH(qint64, cap);
        QFETCH(bool, kept);
        const QByteArray plain = bytes(qsizetype(size));
        const QByteArray sent = encoding.isEmpty() ? plain : appclacks::simulator::GzipEncoder::gzip(plain);
        const DecodedBody decoded = BodyDecoder::decode(sent, encoding, cap, where);
        if (kept) {
            QVERIFY2(decoded.ok(), qPrintable(decoded.message));
            QCOMPARE(decoded.body.size(), plain.size());
            QVERIFY(decoded.body == plain);
        } else {
            QCOMPARE(decoded.error, ScrapeError::BodyTooLarge);
            QVERIFY(decoded.body.isEmpty());
            QVERIFY2(decoded.message.contains(where), qPrintable(decoded.message));
        }
    }

    void severalGzipMembersAreDecodedWhole()
    {
        const QByteArray first = QByteArrayLiteral("healthcheck_total{name=\"a\",status=\"success\"} 1\n");
        const QByteArray second = QByteArrayLiteral("healthcheck_total{name=\"b\",status=\"success\"} 2\n");
        const QByteArray third = bytes(200000);
        const QByteArray body = appclacks::simulator::GzipEncoder::gzip(first)
            + appclacks::simulator::GzipEncoder::gzip(second) + appclacks::simulator::GzipEncoder::gzip(third);
        const DecodedBody decoded = BodyDecoder::decode(body, "gzip", 1 << 20, where);
        QVERIFY2(decoded.ok(), qPrintable(decoded.message));
        QVERIFY2(decoded.body == first + second + third, "a member after the first was dropped");

        // The cap counts every member together.
        QCOMPARE(BodyDecoder::decode(body, "gzip", first.size() + second.size() + third.size() - 1, where).error,
            ScrapeError::BodyTooLarge);
    }

    void gzipTailIsNeverIgnored_data()
    {
        QTest::addColumn<QByteArray>("tail");
        QTest::newRow("garbage") << QByteArray("garbage after the member");
        QTest::newRow("zeros") << QByteArray(16, '\0');
        QTest::newRow("half a magic number") << QByteArray("\x1f");
        QTest::newRow("a member's header only") << QByteArray("\x1f\x8b\x08\x00", 4);
        QTest::newRow("a member cut short") << appclacks::simulator::GzipEncoder::gzip(bytes(5000)).chopped(9);
    }

    void gzipTailIsNeverIgnored()
    {
        QFETCH(QByteArray, tail);
        const QByteArray body = appclacks::simulator::GzipEncoder::gzip(QByteArrayLiteral("up 1\n")) + tail;
        const DecodedBody decoded = BodyDecoder::decode(body, "gzip", 1 << 20, where);
        QCOMPARE(decoded.error, ScrapeError::CorruptBody);
        QVERIFY(decoded.body.isEmpty());
    }

    void unknownEncodingIsRefused()
    {
        QCOMPARE(BodyDecoder::decode("x", "br", 10, where).error, ScrapeError::CorruptBody);
    }

    void decodesOnAWorkerThread()
    {
        const QByteArray plain = bytes(300000);
        QThread *worker = nullptr;
        auto future = QtConcurrent::run([&plain, &worker] {
            worker = QThread::currentThread();
            return BodyDecoder::decode(appclacks::simulator::GzipEncoder::gzip(plain), "gzip", plain.size(), where);
        });
        const DecodedBody decoded = future.result();
        QVERIFY(worker != nullptr && worker != QThread::currentThread());
        QVERIFY(decoded.ok());
        QVERIFY(decoded.body == plain);
    }
};

QTEST_GUILESS_MAIN(TestBodyDecoder)
#include "tst_bodydecoder.moc"
