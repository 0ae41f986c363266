// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/prometheus/prometheuscopy.h"

#include "core/exposition/expositionwriter.h"
#include "core/exposition/prometheusnumber.h"
#include "core/history/openmetricsbackfill.h"
#include "core/prometheus/prometheusapi.h"
#include "core/prometheus/prometheusreply.h"
#include "core/prometheus/promqlqueries.h"

#include <QIODevice>

namespace appclacks::core {

namespace {

constexpr std::int64_t shortestSliceMs = 60000;

} // namespace

PrometheusCopy::PrometheusCopy(const PrometheusEndpoint &endpoint, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_api(new PrometheusApi(endpoint, network, this))
{
    // The selector depends on the endpoint alone: made once, not for every slice.
    const auto promql = PromqlQueries::forEndpoint(endpoint, &m_endpointError);
    if (promql) {
        const LabelMatcher healthChecks { QStringLiteral("__name__"), LabelMatcher::Op::RegexMatch,
            QStringLiteral("%1|%2|%3|%4")
                .arg(QLatin1String(PromqlQueries::totalMetric), QLatin1String(PromqlQueries::bucketMetric),
                    QLatin1String(PromqlQueries::sumMetric), QLatin1String(PromqlQueries::countMetric)) };
        m_selector = promql->selector(QString(), {}, { healthChecks });
    }
}

PrometheusCopy::~PrometheusCopy()
{
    if (m_inFlight) {
        m_inFlight->disconnect(this);
        m_inFlight->abort();
    }
}

QString PrometheusCopy::seriesSelector() const
{
    return m_selector;
}

void PrometheusCopy::copy(const TimeWindow &window, QIODevice *output)
{
    cancel();
    m_window = window;
    m_output = output;
    m_copiedToMs = window.fromMs;
    m_result = PrometheusCopyResult();
    m_seriesSeen.clear();
    if (m_selector.isEmpty()) {
        PrometheusResult failure;
        failure.error = PrometheusError::Configuration;
        failure.message = m_endpointError;
        // As every answer: after copy() returns, so that a caller connected afterwards hears it.
        QMetaObject::invokeMethod(
            this, [this, failure] { finish(failure); }, Qt::QueuedConnection);
        return;
    }
    askNextSlice();
}

void PrometheusCopy::cancel()
{
    if (!m_inFlight) {
        return;
    }
    m_inFlight->disconnect(this);
    m_inFlight->abort();
    m_inFlight->deleteLater();
    m_inFlight = nullptr;
    PrometheusResult cancelled;
    cancelled.error = PrometheusError::Cancelled;
    cancelled.message = tr("Cancelled");
    finish(cancelled);
}

void PrometheusCopy::askNextSlice()
{
    if (m_copiedToMs >= m_window.toMs) {
        const QByteArray eof = "# EOF\n";
        if (m_output->write(eof) != eof.size()) {
            PrometheusResult failure;
            failure.error = PrometheusError::Configuration;
            failure.message = tr("The copy could not be written: %1").arg(m_output->errorString());
            finish(failure);
            return;
        }
        finish(PrometheusResult());
        return;
    }
    m_askedToMs = std::min(m_copiedToMs + m_sliceMs, m_window.toMs);
    const QString expression
        = m_selector + QLatin1Char('[') + PromqlQueries::duration(m_askedToMs - m_copiedToMs) + QLatin1Char(']');
    PrometheusReply *reply = m_api->query(expression, m_askedToMs);
    m_inFlight = reply;
    connect(reply, &PrometheusReply::finished, this, [this, reply] { onAnswered(reply); });
}

void PrometheusCopy::onAnswered(PrometheusReply *reply)
{
    reply->deleteLater();
    m_inFlight = nullptr;
    const PrometheusResult &result = reply->result();
    for (const QString &warning : result.warnings) {
        if (!m_result.warnings.contains(warning)) {
            m_result.warnings << warning;
        }
    }
    if (!result.ok()) {
        if (result.mayPassInPieces() && m_askedToMs - m_copiedToMs > shortestSliceMs) {
            m_sliceMs = std::max(shortestSliceMs, (m_askedToMs - m_copiedToMs) / 2);
            askNextSlice();
            return;
        }
        finish(result);
        return;
    }
    QString error;
    if (!write(result, &error)) {
        PrometheusResult failure;
        failure.error = PrometheusError::NotPrometheus;
        failure.message = error;
        finish(failure);
        return;
    }
    m_copiedToMs = m_askedToMs;
    Q_EMIT progressed(m_copiedToMs - m_window.fromMs, m_window.toMs - m_window.fromMs);
    askNextSlice();
}

bool PrometheusCopy::write(const PrometheusResult &result, QString *error)
{
    if (result.resultType != PrometheusResultType::Matrix) {
        *error = tr("%1 answered a range selector without its raw samples (not a matrix)")
                     .arg(m_api->endpoint().displayName());
        return false;
    }
    std::string text;
    for (const PrometheusSeries &series : result.series) {
        const QString name = series.labels.value(QStringLiteral("__name__"));
        if (name.isEmpty()) {
            continue; // a series without its name cannot be a health check's
        }
        std::string line = name.toStdString() + '{';
        bool first = true;
        for (auto label = series.labels.cbegin(); label != series.labels.cend(); ++label) {
            if (label.key() == QLatin1String("__name__")) {
                continue;
            }
            line += first ? "" : ",";
            first = false;
            line += label.key().toStdString() + "=\"";
            const QByteArray value = label.value().toUtf8();
            ExpositionWriter::appendEscapedLabelValue(
                line, std::string_view(value.constData(), std::size_t(value.size())));
            line += '"';
        }
        line += "} ";
        bool any = false;
        for (const PrometheusSample &sample : series.samples) {
            // Prometheus 2 holds both ends of a range: a boundary's sample is the earlier slice's.
            if (sample.timeMs <= m_copiedToMs || sample.timeMs > m_askedToMs) {
                continue;
            }
            text += line;
            text += formatPrometheusFloat(sample.value);
            text += ' ';
            text += OpenMetricsBackfill::formatTimestamp(sample.timeMs).toStdString();
            text += '\n';
            ++m_result.samples;
            any = true;
        }
        if (any) {
            m_seriesSeen.insert(QByteArray::fromStdString(line));
        }
    }
    if (m_output->write(text.data(), qint64(text.size())) != qint64(text.size())) {
        *error = tr("The copy could not be written: %1").arg(m_output->errorString());
        return false;
    }
    return true;
}

void PrometheusCopy::finish(PrometheusResult failure)
{
    m_result.failure = std::move(failure);
    m_result.series = m_seriesSeen.size();
    Q_EMIT finished(m_result);
}

} // namespace appclacks::core
