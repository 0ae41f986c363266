// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

// Issue 13, spreadsheet formulas: every CSV the app writes neutralises text fields that a
// spreadsheet would evaluate, and quotes as RFC 4180 says.

#include "core/exposition/expositionparser.h"
#include "core/health/healthreport.h"
#include "core/health/healthsnapshot.h"
#include "core/util/csvwriter.h"

#include <QTest>

using namespace appclacks::core;

class TestCsvWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formulaFieldsAreNeutralised_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("equals") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
        QTest::newRow("plus") << QStringLiteral("+cmd|' /C calc'!A0") << QStringLiteral("'+cmd|' /C calc'!A0");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
        QTest::newRow("hyperlink with quotes and comma") << QStringLiteral(
            "=HYPERLINK(\"http://x\",\"y\")") << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        QTest::newRow("plain") << QStringLiteral("api-gateway") << QStringLiteral("api-gateway");
        QTest::newRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("empty") << QString() << QString();
    }

    void formulaFieldsAreNeutralised()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(CsvWriter::textField(text), field);
    }

    void numbersStayNumbers()
    {
        QCOMPARE(CsvWriter::plainField(QStringLiteral("-1.5")), QStringLiteral("-1.5"));
        CsvWriter csv;
        csv.addRow({ QStringLiteral("a"), CsvWriter::textField(QStringLiteral("=x")) });
        csv.addRow({});
        QCOMPARE(csv.text(), QStringLiteral("a,'=x\r\n\r\n"));
    }

    // Ids, names and zones as a hostile server would send them, through the summary's CSV.
    void healthCsvNeutralisesIdsNamesAndZones()
    {
        // Built line by line: moc's own lexer does not follow raw strings that hold quotes.
        const QByteArray hostile
            = "id=\"=HYPERLINK(\\\"http://evil\\\",\\\"x\\\")\",name=\"+cmd|' /C calc'!A0\",zone=\"-2+3\"";
        const QByteArray exposition = "# TYPE healthcheck_total counter\n"
                                      "healthcheck_total{"
            + hostile
            + ",status=\"success\"} 5\n"
              "healthcheck_total{"
            + hostile
            + ",status=\"failure\"} 1\n"
              "healthcheck_total{id=\"@SUM(1)\",name=\"\ttab\",zone=\"@zone\",status=\"success\"} 3\n";
        const ExpositionParser::Result parsed = ExpositionParser().parse(exposition, ExpositionFormat::Text004);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error.toString()));
        const HealthSnapshot snapshot = HealthSnapshot::fromDocument(*parsed.document);
        QCOMPARE(snapshot.checks.size(), std::size_t(2));
        const QString csv = QString::fromUtf8(HealthReport::toCsv(snapshot));
        const QStringList rows = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 1 + 2 * 2);
        for (const QString &row : rows.mid(1)) {
            // No field of any row may start with a formula character once the CSV quotes are removed.
            QStringList fields;
            QString current;
            bool quoted = false;
            for (qsizetype i = 0; i < row.size(); ++i) {
                const QChar c = row.at(i);
                if (c == QLatin1Char('"')) {
                    if (quoted && i + 1 < row.size() && row.at(i + 1) == QLatin1Char('"')) {
                        current += c;
                        ++i;
                    } else {
                        quoted = !quoted;
                    }
                } else if (c == QLatin1Char(',') && !quoted) {
                    fields << current;
                    current.clear();
                } else {
                    current += c;
                }
            }
            fields << current;
            QCOMPARE(fields.size(), 14);
            for (const QString &field : std::as_const(fields).mid(0, 4)) {
                QVERIFY2(!CsvWriter::startsLikeFormula(field), qPrintable(row));
            }
        }
        QVERIFY2(csv.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",'+cmd|' /C calc'!A0,")),
            qPrintable(csv));
        QVERIFY(csv.contains(QStringLiteral(",zone,'-2+3,5,1,")));
        QVERIFY(csv.contains(QStringLiteral("'@SUM(1),'\ttab,zone,'@zone,3,")));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
