#pragma once

#include <QString>

#include <random>

namespace snapline::sandbox {

// Deterministic randomness for a seeded organization: the same seed gives
// the same ids, names and history.
class IdSource
{
public:
    explicit IdSource(quint64 seed)
        : m_engine(seed)
    {}

    QString objectId();                             // 24 lowercase hex digits, like Atlas ids
    QString token(int length, bool letters = true); // [a-z0-9]
    double uniform() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_engine); }
    qint64 between(qint64 low, qint64 high)
    {
        return std::uniform_int_distribution<qint64>(low, high)(m_engine);
    }
    bool chance(double probability) { return uniform() < probability; }

private:
    std::mt19937_64 m_engine;
};

} // namespace snapline::sandbox
