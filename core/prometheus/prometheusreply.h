// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/prometheus/prometheusendpoint.h"
#include "core/prometheus/prometheusresult.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;
class QSslError;
class QTimer;

namespace appclacks::core {

/// One call in flight to a Prometheus-compatible server, made by PrometheusApi. finished() is
/// emitted exactly once, never from within the call that made the reply (connect to it after the
/// call returns), then result() holds the answer or the error. abort() ends it with
/// PrometheusError::Cancelled; the endpoint's timeoutMs with TimedOut. The reply belongs to the
/// PrometheusApi that made it: delete it (deleteLater() from finished()) when done with it.
class PrometheusReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrometheusReply)

public:
    enum class Kind { BuildInfo, Query, QueryRange, Series, LabelValues };

    ~PrometheusReply() override;

    Kind kind() const { return m_kind; }
    bool isFinished() const { return m_done; }
    const PrometheusResult &result() const { return m_result; }
    /// Stops the transfer; finished() follows with PrometheusError::Cancelled (unless already finished).
    void abort();

    /// Decodes Prometheus's JSON envelope as `kind` expects it, for a response of `httpStatus`.
    /// Sets error, message (naming `where`), errorType, serverError, warnings and the data;
    /// httpStatus, url, bytes and duration are the caller's. A body that is not the envelope
    /// gives NotPrometheus, or NotFound / ServerError / HttpError by its status.
    static PrometheusResult decode(Kind kind, int httpStatus, const QByteArray &body, const QString &where);

Q_SIGNALS:
    void finished();

private:
    friend class PrometheusApi;
    PrometheusReply(Kind kind, const PrometheusEndpoint &endpoint, QObject *parent);
    /// GET when `form` is null, a form-encoded POST of it otherwise.
    void start(QNetworkAccessManager *network, const QUrl &url, const QByteArray &form);
    void onMetaDataChanged();
    void onReadyRead();
    void onSslErrors(const QList<QSslError> &errors);
    void onReplyFinished();
    void fail(PrometheusError error, const QString &message);
    void finish();
    QString where() const;

    Kind m_kind;
    PrometheusEndpoint m_endpoint;
    PrometheusResult m_result;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_deadline = nullptr;
    QElapsedTimer m_clock;
    QByteArray m_body;
    QString m_tlsErrors;
    bool m_done = false;
    bool m_finishQueued = false;
};

} // namespace appclacks::core
