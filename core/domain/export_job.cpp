#include "domain/export_job.h"

#include "domain/enum_text.h"

namespace snapline {

namespace {
constexpr auto kStates
        = makeEnumText<ExportJobState>(std::pair{ExportJobState::Queued, QStringView(u"Queued")},
                                       std::pair{ExportJobState::InProgress, QStringView(u"InProgress")},
                                       std::pair{ExportJobState::Successful, QStringView(u"Successful")},
                                       std::pair{ExportJobState::Failed, QStringView(u"Failed")},
                                       std::pair{ExportJobState::Cancelled, QStringView(u"Cancelled")});
} // namespace

QString toString(ExportJobState value)
{
    return kStates.toString(value);
}

std::optional<ExportJobState> parseExportJobState(QStringView text)
{
    return kStates.parse(text);
}

} // namespace snapline
