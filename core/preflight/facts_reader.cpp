#include "preflight/facts_reader.h"

#include "preflight/facts_json.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace snapline {

namespace {
const QString kUnreadable = QStringLiteral("FACTS_UNREADABLE");
const QString kMalformed = QStringLiteral("FACTS_MALFORMED_JSON");
constexpr qint64 kMaxFactsBytes = qint64(16) * 1024 * 1024;
} // namespace

Result<PlanInput> FactsReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<PlanInput>::failure(
                kUnreadable, tr("Cannot read the facts file %1: %2").arg(path, file.errorString()));
    }
    if (file.size() > kMaxFactsBytes) {
        return Result<PlanInput>::failure(
                kUnreadable,
                tr("The facts file %1 is larger than 16 MiB; it cannot be a facts file.").arg(path));
    }
    return read(file.readAll());
}

Result<PlanInput> FactsReader::read(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Result<PlanInput>::failure(kMalformed,
                                          tr("The facts are not valid JSON: %1 at byte %2.")
                                                  .arg(parseError.errorString())
                                                  .arg(parseError.offset));
    }
    if (!document.isObject())
        return Result<PlanInput>::failure(kMalformed, tr("The facts must be one JSON object."));

    JsonFields root(document.object(), QString());
    PlanInput input;
    readTop(root, input);
    // An unknown field is most likely a misspelt one, which also explains
    // anything reported missing: name it first.
    root.rejectUnknown();
    if (root.ok())
        requireForAction(root, input);
    if (auto error = root.error())
        return *error;
    return input;
}

std::optional<ProjectCluster> FactsReader::readPlacement(JsonFields &root, QStringView key,
                                                         JsonFields::Need need)
{
    const auto object = root.object(key, need);
    if (!object)
        return std::nullopt;
    JsonFields f = root.child(key, *object);
    ProjectCluster placement;
    placement.projectId = f.string(u"projectId", JsonFields::Required);
    placement.orgId = f.string(u"orgId");
    placement.projectName = f.string(u"projectName");
    if (const auto cluster = f.object(u"cluster", JsonFields::Required)) {
        JsonFields c = f.child(u"cluster", *cluster);
        placement.cluster = FactsJson::readCluster(c);
        placement.cluster.projectId = placement.projectId;
    }
    f.rejectUnknown();
    return placement;
}

void FactsReader::readTop(JsonFields &root, PlanInput &input)
{
    ProposedAction &action = input.action;
    Facts &facts = input.facts;
    action.kind = root.choice<ActionKind>(u"action", parseActionKind, actionKindNames().join(u", "),
                                          JsonFields::Required)
                          .value_or(ActionKind::Restore);
    facts.now = root.dateTime(u"now", JsonFields::Required).value_or(QDateTime());
    if (!root.has(u"roles"))
        root.fail(u"roles", tr("required field is missing"));
    facts.roles = FactsJson::readRoles(root, u"roles");
    if (auto source = readPlacement(root, u"source", JsonFields::Required))
        facts.source = *source;
    facts.target = readPlacement(root, u"target", JsonFields::Optional);

    if (const auto snapshot = root.object(u"snapshot")) {
        JsonFields s = root.child(u"snapshot", *snapshot);
        facts.snapshot = FactsJson::readSnapshot(s, facts.source.cluster);
    }
    if (const auto point = root.object(u"pointInTime")) {
        JsonFields p = root.child(u"pointInTime", *point);
        PointInTime pit;
        pit.utcSeconds = p.integer(u"utcSeconds");
        pit.oplogTs = p.integer(u"oplogTs");
        pit.oplogInc = p.integer(u"oplogInc");
        if (pit.utcSeconds && pit.oplogTs)
            p.failHere(tr("give either utcSeconds or oplogTs with oplogInc, not both"));
        else if (!pit.utcSeconds && !pit.oplogTs)
            p.failHere(tr("give utcSeconds, or oplogTs with oplogInc"));
        else if (pit.oplogTs && !pit.oplogInc)
            p.fail(u"oplogInc", tr("required with oplogTs"));
        else if (pit.oplogInc && !pit.oplogTs)
            p.fail(u"oplogTs", tr("required with oplogInc"));
        p.rejectUnknown();
        action.pointInTime = pit;
    }
    const auto delivery = root.choice<DeliveryType>(u"delivery", parseDeliveryType,
                                                    QStringLiteral("automated, download, pointInTime"));
    if (delivery == DeliveryType::PointInTime && !action.pointInTime)
        root.fail(u"pointInTime", tr("required when delivery is pointInTime"));
    action.delivery = delivery == DeliveryType::Download ? DeliveryType::Download : DeliveryType::Automated;

    for (const auto &[key, slot] :
         {std::pair{QStringView(u"compliancePolicy"), &facts.compliancePolicy},
          std::pair{QStringView(u"proposedCompliancePolicy"), &action.compliancePolicy}}) {
        if (const auto object = root.object(key)) {
            JsonFields p = root.child(key, *object);
            *slot = FactsJson::readCompliancePolicy(p);
        }
    }
    for (const auto &[key, slot] : {std::pair{QStringView(u"policy"), &action.policy},
                                    std::pair{QStringView(u"currentPolicy"), &facts.currentPolicy}}) {
        if (const auto object = root.object(key)) {
            JsonFields p = root.child(key, *object);
            *slot = FactsJson::readBackupPolicy(p);
        }
    }
    if (const auto days = root.integer(u"retentionDays"))
        action.retentionDays = int(std::clamp<qint64>(*days, -1, 100000));
    action.description = root.string(u"description");
    const QString tier = root.string(u"newTier");
    if (!tier.isNull()) {
        action.newTier = Tier::parse(tier);
        if (!action.newTier)
            root.fail(u"newTier", tr("\"%1\" is not an Atlas tier").arg(tier));
    }
    if (const auto pending = root.array(u"pendingSnapshots")) {
        for (qsizetype i = 0; i < pending->size(); ++i) {
            JsonFields s = root.element(u"pendingSnapshots", i, pending->at(i).toObject());
            facts.pendingSnapshots << FactsJson::readSnapshot(s, facts.source.cluster);
        }
    }
    facts.activeExports = int(root.integer(u"activeExports").value_or(0));
    facts.projectSnapshotCount = int(root.integer(u"projectSnapshotCount").value_or(0));
    if (const QString running = root.string(u"targetRestoreRunning"); !running.isEmpty()) {
        RestoreJob job;
        job.id = running; // unfinished: no finishedAt
        facts.restoresIntoTarget << job;
    }
}

void FactsReader::requireForAction(JsonFields &root, const PlanInput &input)
{
    const ProposedAction &action = input.action;
    const Facts &facts = input.facts;
    switch (action.kind) {
    case ActionKind::Restore:
        if (action.delivery != DeliveryType::Download && !facts.target)
            root.fail(u"target",
                      tr("required for a restore into a cluster (or set \"delivery\": \"download\")"));
        if (!action.pointInTime && !facts.snapshot)
            root.fail(u"snapshot", tr("required for a restore from a snapshot (or give \"pointInTime\")"));
        break;
    case ActionKind::DeleteSnapshot:
    case ActionKind::ExportSnapshot:
        if (!facts.snapshot)
            root.fail(u"snapshot", tr("required for %1").arg(toString(action.kind)));
        break;
    case ActionKind::ChangeRetention:
        if (!facts.snapshot)
            root.fail(u"snapshot", tr("required for changeRetention"));
        else if (!action.retentionDays)
            root.fail(u"retentionDays", tr("required for changeRetention"));
        break;
    case ActionKind::EditPolicy:
        if (!action.policy)
            root.fail(u"policy", tr("required for editPolicy"));
        break;
    case ActionKind::ChangeTier:
        if (!action.newTier)
            root.fail(u"newTier", tr("required for changeTier"));
        break;
    default:
        break;
    }
}

} // namespace snapline
