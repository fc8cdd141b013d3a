#include "domain/compliance_policy.h"

#include "domain/enum_text.h"

namespace snapline {

namespace {
constexpr auto kStates
        = makeEnumText<ComplianceState>(std::pair{ComplianceState::Active, QStringView(u"ACTIVE")},
                                        std::pair{ComplianceState::Enabling, QStringView(u"ENABLING")},
                                        std::pair{ComplianceState::Updating, QStringView(u"UPDATING")},
                                        std::pair{ComplianceState::Disabling, QStringView(u"DISABLING")});
} // namespace

QString toString(ComplianceState value)
{
    return kStates.toString(value);
}
std::optional<ComplianceState> parseComplianceState(QStringView text)
{
    return kStates.parse(text);
}

} // namespace snapline
