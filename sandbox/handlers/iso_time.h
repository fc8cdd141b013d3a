#pragma once

#include <QByteArrayView>

namespace snapline::sandbox {

// A UTC time written as Qt::ISODate writes it ("2024-05-01T03:00:00Z"), without QDateTime, whose
// formatting costs microseconds per call: a page of 500 snapshots carries 1,000 of these.
class IsoTimeText
{
public:
    explicit IsoTimeText(qint64 secondsSinceEpoch);
    QByteArrayView view() const { return {m_chars, m_size}; }

private:
    char m_chars[40];
    qsizetype m_size = 0;
};

} // namespace snapline::sandbox
