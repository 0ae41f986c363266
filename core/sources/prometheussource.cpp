// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/sources/prometheussource.h"

#include "core/util/backgroundthread.h"

#include <QNetworkAccessManager>

namespace appclacks::core {

PrometheusSource::PrometheusSource(const PrometheusEndpoint &endpoint, QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("prometheus"));
    // One network access manager for both readers, as Qt wants one per thread; all three move to
    // the thread before it starts, so that every reply is made and read there.
    auto *network = new QNetworkAccessManager;
    m_snapshots = new PrometheusSnapshots(endpoint, network);
    m_overTime = new PrometheusOverTime(endpoint, network);
    for (QObject *object :
        { static_cast<QObject *>(network), static_cast<QObject *>(m_snapshots), static_cast<QObject *>(m_overTime) }) {
        object->moveToThread(&m_thread);
    }
    // The readers go before the manager their replies belong to.
    connect(&m_thread, &QThread::finished, m_snapshots, &QObject::deleteLater);
    connect(&m_thread, &QThread::finished, m_overTime, &QObject::deleteLater);
    connect(&m_thread, &QThread::finished, network, &QObject::deleteLater);
    connect(m_snapshots, &PrometheusSnapshots::progressed, this, &PrometheusSource::progressed);
    connect(m_snapshots, &PrometheusSnapshots::finished, this, &PrometheusSource::rangeRead);
    connect(m_overTime, &PrometheusOverTime::finished, this, &PrometheusSource::checkRead);
    startInBackground(&m_thread);
}

PrometheusSource::~PrometheusSource()
{
    // Signals already queued to this object die with it; the readers abandon their replies
    // when deleted on their thread, after its event loop ends.
    disconnect(m_snapshots, nullptr, this, nullptr);
    disconnect(m_overTime, nullptr, this, nullptr);
    m_thread.quit();
    m_thread.wait();
}

void PrometheusSource::readRange(const PrometheusRangeRequest &request)
{
    QMetaObject::invokeMethod(m_snapshots, [reader = m_snapshots, request] { reader->read(request); });
}

void PrometheusSource::readCheck(const PrometheusCheckRequest &request)
{
    QMetaObject::invokeMethod(m_overTime, [reader = m_overTime, request] { reader->read(request); });
}

void PrometheusSource::cancel()
{
    QMetaObject::invokeMethod(m_snapshots, [reader = m_snapshots] { reader->cancel(); });
}

} // namespace appclacks::core
