#pragma once

#include "preflight/json_fields.h"
#include "rules/proposed_action.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace snapline {

// A proposed action together with the facts it is judged against.
struct PlanInput
{
    ProposedAction action;
    Facts facts;
};

// Reads a preflight facts document (docs/preflight.md) into a PlanInput.
// Every problem is reported with the path of the field at fault.
class FactsReader
{
    Q_DECLARE_TR_FUNCTIONS(FactsReader)

public:
    static Result<PlanInput> read(const QByteArray &json);
    static Result<PlanInput> readFile(const QString &path);

private:
    static void readTop(JsonFields &root, PlanInput &input);
    static void requireForAction(JsonFields &root, const PlanInput &input);
    static std::optional<ProjectCluster> readPlacement(JsonFields &root, QStringView key,
                                                       JsonFields::Need need);
};

} // namespace snapline
