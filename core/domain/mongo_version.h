#pragma once

#include <QMetaType>
#include <QString>

#include <compare>
#include <optional>

namespace snapline {

// A MongoDB server version (x.y.z) that knows where it stands on the release
// ladder: 3.6, 4.0, 4.2, 4.4, 5.0, 6.0, 7.0, 8.0, 9.0 … Before 5.0 each x.y is
// a major release; from 5.0 on, rapid releases (7.1–7.3, 8.1, 8.2 …) belong to
// the x.0 major release they follow.
class MongoVersion
{
public:
    MongoVersion() = default;
    MongoVersion(int major, int minor, int patch = 0);

    // Accepts "8.0", "7.0.12", "4.4.18-ent" and similar; nullopt otherwise.
    static std::optional<MongoVersion> parse(QStringView text);

    bool isValid() const { return m_major > 0; }
    int majorNumber() const { return m_major; }
    int minorNumber() const { return m_minor; }
    int patchNumber() const { return m_patch; }

    // The release without patch level: 7.0.12 → 7.0, 8.1.3 → 8.1.
    MongoVersion release() const { return {m_major, m_minor}; }
    // The major release this version belongs to: 7.3 → 7.0, 4.2 → 4.2.
    MongoVersion majorRelease() const;
    // Position of the major release on the ladder (3.6 = 0), or -1 when this
    // version is not a release Atlas ever ran (3.4, 4.1 …).
    int ladderIndex() const;
    bool isOnLadder() const { return ladderIndex() >= 0; }
    // A rapid release such as 7.1 or 8.2 (only from 5.0 on).
    bool isRapidRelease() const { return m_major >= 5 && m_minor != 0; }

    // The major release at a ladder position: 0 → 3.6, 7 → 8.0.
    static MongoVersion majorReleaseAt(int ladderIndex);

    QString toString() const;      // as parsed: "7.0" or "7.0.12"
    QString releaseString() const; // "7.0"

    friend std::strong_ordering operator<=>(const MongoVersion &a, const MongoVersion &b);
    friend bool operator==(const MongoVersion &a, const MongoVersion &b) { return std::is_eq(a <=> b); }

private:
    int m_major = 0;
    int m_minor = 0;
    int m_patch = 0;
    bool m_hasPatch = false;
};

} // namespace snapline

Q_DECLARE_METATYPE(snapline::MongoVersion)
