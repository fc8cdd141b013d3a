#pragma once

#include <QString>

#include <optional>

namespace snapline {

// A cluster's instance size as Atlas names it: M0 (free), M2/M5 (shared),
// FLEX, SERVERLESS, or a dedicated M10 … M700 / R40 … (optionally _NVME).
class Tier
{
public:
    enum class Family { Free, Shared, Flex, Serverless, Dedicated };

    Tier() = default;
    static std::optional<Tier> parse(QStringView text);
    static Tier dedicated(int size) { return *parse(QStringLiteral("M%1").arg(size)); }

    Family family() const { return m_family; }
    QString name() const { return m_name; }
    int size() const { return m_size; }
    bool isNvme() const { return m_nvme; }

    bool isFree() const { return m_family == Family::Free; }
    bool isShared() const { return m_family == Family::Shared; }
    bool isFlex() const { return m_family == Family::Flex; }
    bool isServerless() const { return m_family == Family::Serverless; }
    bool isDedicated() const { return m_family == Family::Dedicated; }
    // M2, M5 and Flex: the shared tiers whose backups Atlas manages.
    bool isSharedOrFlex() const { return isShared() || isFlex(); }

    // Order for "M2 or greater": M0 < M2 < M5 < FLEX < M10 < … ; serverless is
    // not on this scale and answers -1.
    int rank() const;

    bool operator==(const Tier &other) const { return m_name == other.m_name; }

private:
    Family m_family = Family::Dedicated;
    QString m_name;
    int m_size = 0;
    bool m_nvme = false;
};

} // namespace snapline
