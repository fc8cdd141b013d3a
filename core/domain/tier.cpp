#include "domain/tier.h"

#include <QRegularExpression>

namespace snapline {

std::optional<Tier> Tier::parse(QStringView text)
{
    const QString upper = text.trimmed().toString().toUpper();
    Tier tier;
    tier.m_name = upper;
    if (upper == u"M0") {
        tier.m_family = Family::Free;
        return tier;
    }
    if (upper == u"M2" || upper == u"M5") {
        tier.m_family = Family::Shared;
        tier.m_size = upper == u"M2" ? 2 : 5;
        return tier;
    }
    if (upper == u"FLEX") {
        tier.m_family = Family::Flex;
        return tier;
    }
    if (upper == u"SERVERLESS") {
        tier.m_family = Family::Serverless;
        return tier;
    }
    static const QRegularExpression dedicated(QStringLiteral(R"(^[MR](\d{2,3})(_NVME)?(_GEN_2)?$)"));
    const auto match = dedicated.match(upper);
    if (!match.hasMatch())
        return std::nullopt;
    tier.m_family = Family::Dedicated;
    tier.m_size = match.captured(1).toInt();
    tier.m_nvme = match.hasCaptured(2);
    if (tier.m_size < 10 || tier.m_size > 700)
        return std::nullopt;
    return tier;
}

int Tier::rank() const
{
    switch (m_family) {
    case Family::Free:
        return 0;
    case Family::Shared:
        return m_size;
    case Family::Flex:
        return 6;
    case Family::Dedicated:
        return 10 + m_size;
    case Family::Serverless:
        return -1;
    }
    return -1;
}

} // namespace snapline
