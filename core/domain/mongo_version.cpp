#include "domain/mongo_version.h"

#include <QRegularExpression>

#include <array>

namespace snapline {

namespace {

// Major releases before the 5.0 scheme, in ladder order.
constexpr std::array<std::pair<int, int>, 4> kLegacyMajors{{{3, 6}, {4, 0}, {4, 2}, {4, 4}}};
constexpr int kFirstModernMajor = 5;
// The rapid-release series of 5.x, 6.x and 7.x are closed: x.1 to x.3.
constexpr int kLastClosedMajor = 7;
constexpr int kLastClosedMinor = 3;

} // namespace

MongoVersion::MongoVersion(int major, int minor, int patch)
    : m_major(major)
    , m_minor(minor)
    , m_patch(patch)
    , m_hasPatch(patch != 0)
{}

std::optional<MongoVersion> MongoVersion::parse(QStringView text)
{
    static const QRegularExpression pattern(
            QStringLiteral(R"(^\s*(\d{1,3})\.(\d{1,3})(?:\.(\d{1,4}))?(?:[-+][0-9A-Za-z.\-]*)?\s*$)"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    MongoVersion version(match.capturedView(1).toInt(), match.capturedView(2).toInt(),
                         match.capturedView(3).toInt());
    version.m_hasPatch = match.hasCaptured(3);
    if (!version.isValid())
        return std::nullopt;
    return version;
}

MongoVersion MongoVersion::majorRelease() const
{
    if (m_major >= kFirstModernMajor)
        return {m_major, 0};
    return {m_major, m_minor};
}

int MongoVersion::ladderIndex() const
{
    if (m_major >= kFirstModernMajor) {
        if (m_major <= kLastClosedMajor && m_minor > kLastClosedMinor)
            return -1;
        return int(kLegacyMajors.size()) + (m_major - kFirstModernMajor);
    }
    for (std::size_t i = 0; i < kLegacyMajors.size(); ++i) {
        if (kLegacyMajors[i] == std::pair{m_major, m_minor})
            return int(i);
    }
    return -1;
}

MongoVersion MongoVersion::majorReleaseAt(int ladderIndex)
{
    if (ladderIndex < 0)
        return {};
    if (ladderIndex < int(kLegacyMajors.size()))
        return {kLegacyMajors[std::size_t(ladderIndex)].first,
                kLegacyMajors[std::size_t(ladderIndex)].second};
    return {kFirstModernMajor + ladderIndex - int(kLegacyMajors.size()), 0};
}

QString MongoVersion::toString() const
{
    if (!isValid())
        return {};
    if (m_hasPatch)
        return QStringLiteral("%1.%2.%3").arg(m_major).arg(m_minor).arg(m_patch);
    return releaseString();
}

QString MongoVersion::releaseString() const
{
    return QStringLiteral("%1.%2").arg(m_major).arg(m_minor);
}

std::strong_ordering operator<=>(const MongoVersion &a, const MongoVersion &b)
{
    if (auto c = a.m_major <=> b.m_major; std::is_neq(c))
        return c;
    if (auto c = a.m_minor <=> b.m_minor; std::is_neq(c))
        return c;
    return a.m_patch <=> b.m_patch;
}

} // namespace snapline
