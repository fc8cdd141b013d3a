#include "domain/restore_job.h"

#include "domain/enum_text.h"

namespace snapline {

namespace {

constexpr auto kDeliveries
        = makeEnumText<DeliveryType>(std::pair{DeliveryType::Automated, QStringView(u"automated")},
                                     std::pair{DeliveryType::Download, QStringView(u"download")},
                                     std::pair{DeliveryType::PointInTime, QStringView(u"pointInTime")});

constexpr auto kStates
        = makeEnumText<RestoreJobState>(std::pair{RestoreJobState::InProgress, QStringView(u"inProgress")},
                                        std::pair{RestoreJobState::Completed, QStringView(u"completed")},
                                        std::pair{RestoreJobState::Failed, QStringView(u"failed")},
                                        std::pair{RestoreJobState::Cancelled, QStringView(u"cancelled")},
                                        std::pair{RestoreJobState::Expired, QStringView(u"expired")});

} // namespace

QString toString(DeliveryType value)
{
    return kDeliveries.toString(value);
}
QString toString(RestoreJobState value)
{
    return kStates.toString(value);
}
std::optional<DeliveryType> parseDeliveryType(QStringView text)
{
    return kDeliveries.parse(text);
}

QString PointInTime::describe() const
{
    QString when = toDateTime().toString(Qt::ISODate);
    if (isOplog())
        return QStringLiteral("%1 (oplog %2:%3)").arg(when).arg(*oplogTs).arg(oplogInc.value_or(0));
    return when;
}

RestoreJobState RestoreJob::state() const
{
    if (cancelled)
        return RestoreJobState::Cancelled;
    if (failed)
        return RestoreJobState::Failed;
    if (expired)
        return RestoreJobState::Expired;
    if (finishedAt.isValid())
        return RestoreJobState::Completed;
    return RestoreJobState::InProgress;
}

} // namespace snapline
