#pragma once

#include "rules/proposed_action.h"
#include "rules/verdict.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace snapline {

// Renders a verdict for programs (JSON, stable field names) and for people.
class VerdictFormat
{
    Q_DECLARE_TR_FUNCTIONS(VerdictFormat)

public:
    static QJsonObject toJson(const ProposedAction &action, const Verdict &verdict);
    static QString toText(const ProposedAction &action, const Verdict &verdict);
};

} // namespace snapline
