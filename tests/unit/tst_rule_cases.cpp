// Table-driven rule cases: every JSON file in tests/data/rule_cases holds
// "bases" (complete facts documents) and "cases" that change a base with
// dotted paths and state the exact violations expected. Each case runs the
// real FactsReader and RulePlanner, as `snapline preflight` does.
//
// File format:
//   { "note": "…",                                  (optional)
//     "bases": { "<name>": { …facts… }, … },
//     "defaultBase": "<name>",                 (optional; the only base otherwise)
//     "notReachableFromFacts": { "<CODE>": "why", … },   (optional, coverage)
//     "cases": [ { "name": "…", "base": "<name>",
//                  "set": { "a.b.0.c": value, … }, "remove": [ "a.b", … ],
//                  "expect": { "violations": [ CODE… ]   exact set, or [] for allowed
//                              "allowed": bool           optional, must agree
//                              "warnings": [ CODE… ]     must all be present
//                              "absentWarnings": [ … ]   must all be absent
//                              "messageContains": { "CODE": "text" }
//                              "badInput": "field.path"  FactsReader must fail naming it },
//                  "knownIssue": "…",  the engine disagrees with the docs: reported, skipped
//                  "note": "…" } ] }
#include "preflight/facts_reader.h"
#include "rules/rule_planner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace snapline;

namespace {

QString dataDir()
{
    const QByteArray fromEnv = qgetenv("SNAPLINE_TEST_DATA");
    if (!fromEnv.isEmpty())
        return QString::fromLocal8Bit(fromEnv) + QStringLiteral("/rule_cases");
    return QFINDTESTDATA("../data/rule_cases");
}

QString rulesDocPath()
{
    const QString besideData = QDir(dataDir()).absoluteFilePath(QStringLiteral("../../../docs/rules.md"));
    return QFileInfo::exists(besideData) ? besideData : QFINDTESTDATA("../../docs/rules.md");
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const auto &v : value.toArray())
        out << v.toString();
    return out;
}

QStringList sortedSet(QStringList list)
{
    list.removeDuplicates();
    list.sort();
    return list;
}

QString show(const QStringList &codes)
{
    return u'[' + codes.join(QStringLiteral(", ")) + u']';
}

bool isIndex(const QString &segment, int *index)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (!digits.match(segment).hasMatch())
        return false;
    *index = segment.toInt();
    return true;
}

// `node` with the value at segments[i…] replaced; intermediate objects (or
// arrays, for a numeric segment) are created.
QJsonValue setPath(const QJsonValue &node, const QStringList &segments, qsizetype i, const QJsonValue &value,
                   QString *error)
{
    if (i == segments.size())
        return value;
    const QString &segment = segments.at(i);
    int index = -1;
    const bool numeric = isIndex(segment, &index);
    if (node.isArray() || ((node.isUndefined() || node.isNull()) && numeric)) {
        if (!numeric) {
            *error = QStringLiteral("\"%1\" is not an array index").arg(segment);
            return node;
        }
        QJsonArray array = node.toArray();
        while (array.size() <= index)
            array.append(QJsonValue());
        array[index] = setPath(array.at(index), segments, i + 1, value, error);
        return array;
    }
    if (!node.isObject() && !node.isUndefined() && !node.isNull()) {
        *error = QStringLiteral("cannot descend into a scalar at \"%1\"").arg(segment);
        return node;
    }
    QJsonObject object = node.toObject();
    object.insert(segment, setPath(object.value(segment), segments, i + 1, value, error));
    return object;
}

// `node` without the value at segments[i…]; the path must exist.
QJsonValue removePath(const QJsonValue &node, const QStringList &segments, qsizetype i, QString *error)
{
    const QString &segment = segments.at(i);
    const bool last = i + 1 == segments.size();
    int index = -1;
    if (node.isArray() && isIndex(segment, &index) && index < node.toArray().size()) {
        QJsonArray array = node.toArray();
        if (last)
            array.removeAt(index);
        else
            array[index] = removePath(array.at(index), segments, i + 1, error);
        return array;
    }
    if (node.isObject() && node.toObject().contains(segment)) {
        QJsonObject object = node.toObject();
        if (last)
            object.remove(segment);
        else
            object.insert(segment, removePath(object.value(segment), segments, i + 1, error));
        return object;
    }
    *error = QStringLiteral("nothing to remove at \"%1\"").arg(segments.mid(0, i + 1).join(u'.'));
    return node;
}

QString checkKeys(const QJsonObject &object, const QSet<QString> &allowed, const QString &what)
{
    for (const QString &key : object.keys()) {
        if (!allowed.contains(key))
            return QStringLiteral("unknown %1 key \"%2\"").arg(what, key);
    }
    return {};
}

const QSet<QString> kFileKeys{QStringLiteral("bases"), QStringLiteral("cases"), QStringLiteral("defaultBase"),
                              QStringLiteral("notReachableFromFacts"), QStringLiteral("note")};

struct CaseFile
{
    QString fileName;
    QJsonObject root;
    QString error;
};

QList<CaseFile> loadFiles()
{
    QList<CaseFile> out;
    const QDir dir(dataDir());
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        CaseFile file{name, {}, {}};
        QFile f(dir.absoluteFilePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            file.error = f.errorString();
        } else {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
            if (parseError.error != QJsonParseError::NoError)
                file.error = QStringLiteral("%1 at byte %2")
                                     .arg(parseError.errorString())
                                     .arg(parseError.offset);
            else if (!doc.isObject() || !doc.object().value(u"cases").isArray()
                     || !doc.object().value(u"bases").isObject())
                file.error = QStringLiteral("expected an object with \"bases\" and \"cases\"");
            else
                file.error = checkKeys(doc.object(), kFileKeys, QStringLiteral("file"));
            if (file.error.isEmpty())
                file.root = doc.object();
        }
        out << file;
    }
    return out;
}

// Builds the facts document of one case; returns an error text for a broken case.
QString buildCase(const QJsonObject &file, const QJsonObject &c, QJsonObject *facts)
{
    static const QSet<QString> caseKeys{QStringLiteral("name"),   QStringLiteral("base"),
                                        QStringLiteral("set"),    QStringLiteral("remove"),
                                        QStringLiteral("expect"), QStringLiteral("knownIssue"),
                                        QStringLiteral("note")};
    static const QSet<QString> expectKeys{QStringLiteral("allowed"),         QStringLiteral("violations"),
                                          QStringLiteral("warnings"),        QStringLiteral("absentWarnings"),
                                          QStringLiteral("messageContains"), QStringLiteral("badInput")};
    if (QString bad = checkKeys(c, caseKeys, QStringLiteral("case")); !bad.isEmpty())
        return bad;
    const QJsonObject expect = c.value(u"expect").toObject();
    if (expect.isEmpty())
        return QStringLiteral("no \"expect\"");
    if (QString bad = checkKeys(expect, expectKeys, QStringLiteral("expect")); !bad.isEmpty())
        return bad;
    if (expect.contains(u"badInput") == expect.contains(u"violations"))
        return QStringLiteral("\"expect\" needs exactly one of \"violations\" and \"badInput\"");
    if (expect.contains(u"allowed")
        && expect.value(u"allowed").toBool() != expect.value(u"violations").toArray().isEmpty())
        return QStringLiteral("\"allowed\" contradicts \"violations\"");

    const QJsonObject bases = file.value(u"bases").toObject();
    QString baseName = c.value(u"base").toString(file.value(u"defaultBase").toString());
    if (baseName.isEmpty() && bases.size() == 1)
        baseName = bases.keys().constFirst();
    if (!bases.contains(baseName))
        return QStringLiteral("unknown base \"%1\"").arg(baseName);

    QJsonValue doc = bases.value(baseName);
    QString error;
    const QJsonObject set = c.value(u"set").toObject();
    for (auto it = set.begin(); it != set.end() && error.isEmpty(); ++it)
        doc = setPath(doc, it.key().split(u'.'), 0, it.value(), &error);
    for (const auto &path : c.value(u"remove").toArray()) {
        if (error.isEmpty())
            doc = removePath(doc, path.toString().split(u'.'), 0, &error);
    }
    *facts = doc.toObject();
    return error;
}

QString describeFindings(const Verdict &verdict)
{
    QString text;
    for (const auto &v : verdict.violations)
        text += QStringLiteral("\n    x %1: %2").arg(v.code, v.message);
    for (const auto &w : verdict.warnings)
        text += QStringLiteral("\n    ! %1: %2").arg(w.code, w.message);
    return text.isEmpty() ? QStringLiteral("\n    (no findings)") : text;
}

// Every difference between the verdict and the expectation, or an empty list.
QStringList compare(const Verdict &verdict, const QJsonObject &expect)
{
    QStringList problems;
    const QStringList expected = sortedSet(stringList(expect.value(u"violations")));
    const QStringList actual = sortedSet(verdict.violationCodes());
    if (expected != actual)
        problems << QStringLiteral("violations: expected %1, actual %2").arg(show(expected), show(actual));
    if (verdict.allowed() != expected.isEmpty())
        problems << QStringLiteral("allowed: expected %1").arg(expected.isEmpty() ? u"true"_qs : u"false"_qs);
    const QStringList warnings = verdict.warningCodes();
    for (const QString &code : stringList(expect.value(u"warnings"))) {
        if (!warnings.contains(code))
            problems << QStringLiteral("warning %1 missing; warnings are %2").arg(code, show(warnings));
    }
    for (const QString &code : stringList(expect.value(u"absentWarnings"))) {
        if (warnings.contains(code))
            problems << QStringLiteral("warning %1 must not be given").arg(code);
    }
    const QJsonObject contains = expect.value(u"messageContains").toObject();
    for (auto it = contains.begin(); it != contains.end(); ++it) {
        bool found = false;
        for (const auto &f : verdict.violations + verdict.warnings)
            found = found || (f.code == it.key() && f.message.contains(it.value().toString()));
        if (!found)
            problems << QStringLiteral("no %1 message contains \"%2\"").arg(it.key(), it.value().toString());
    }
    return problems;
}

} // namespace

class TestRuleCases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ruleCase_data();
    void ruleCase();
    void everyDocumentedCodeIsCovered();
};

void TestRuleCases::ruleCase_data()
{
    QTest::addColumn<QByteArray>("facts");
    QTest::addColumn<QJsonObject>("expect");
    QTest::addColumn<QString>("knownIssue");
    QTest::addColumn<QString>("caseError");

    const QList<CaseFile> files = loadFiles();
    if (files.isEmpty())
        QTest::newRow("no case files") << QByteArray() << QJsonObject() << QString()
                                       << QStringLiteral("no *.json in %1").arg(dataDir());
    QSet<QString> names;
    for (const CaseFile &file : files) {
        if (!file.error.isEmpty()) {
            QTest::newRow(qPrintable(file.fileName))
                    << QByteArray() << QJsonObject() << QString() << file.error;
            continue;
        }
        const QJsonArray cases = file.root.value(u"cases").toArray();
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const QJsonObject c = cases.at(i).toObject();
            QString name = file.fileName + QStringLiteral(": ") + c.value(u"name").toString();
            QJsonObject facts;
            QString error = c.value(u"name").toString().isEmpty() ? QStringLiteral("case without a name")
                                                                  : buildCase(file.root, c, &facts);
            if (names.contains(name)) {
                error = QStringLiteral("duplicate case name");
                name += QStringLiteral(" #%1").arg(i);
            }
            names.insert(name);
            QTest::newRow(qPrintable(name))
                    << QJsonDocument(facts).toJson(QJsonDocument::Compact) << c.value(u"expect").toObject()
                    << c.value(u"knownIssue").toString() << error;
        }
    }
}

void TestRuleCases::ruleCase()
{
    QFETCH(QByteArray, facts);
    QFETCH(QJsonObject, expect);
    QFETCH(QString, knownIssue);
    QFETCH(QString, caseError);
    if (!caseError.isEmpty())
        QFAIL(qPrintable(QStringLiteral("broken case: ") + caseError));

    const QString name = QString::fromUtf8(QTest::currentDataTag());
    QStringList problems;
    QString actual;
    const Result<PlanInput> input = FactsReader::read(facts);
    if (expect.contains(u"badInput")) {
        const QString field = expect.value(u"badInput").toString();
        if (input.ok()) {
            const Verdict verdict = RulePlanner().evaluate(input->action, input->facts);
            problems << QStringLiteral("expected bad input naming %1, but the facts were read").arg(field);
            actual = describeFindings(verdict);
        } else if (!input.error().message.contains(field)) {
            problems << QStringLiteral("the error does not name %1").arg(field);
            actual = QStringLiteral("\n    error: ") + input.error().message;
        }
    } else if (!input.ok()) {
        problems << QStringLiteral("FactsReader refused the case: %1").arg(input.error().message);
    } else {
        const Verdict verdict = RulePlanner().evaluate(input->action, input->facts);
        problems = compare(verdict, expect);
        actual = describeFindings(verdict);
    }

    const QString report = QStringLiteral("case \"%1\"\n  %2\n  actual findings:%3")
                                   .arg(name, problems.join(QStringLiteral("\n  ")), actual);
    if (!knownIssue.isEmpty()) {
        if (problems.isEmpty())
            QFAIL(qPrintable(QStringLiteral("case \"%1\" passes now: remove its knownIssue (%2)")
                                     .arg(name, knownIssue)));
        qInfo().noquote() << QStringLiteral("KNOWN ISSUE: %1\n  %2").arg(knownIssue, report);
        QSKIP(qPrintable(QStringLiteral("known issue: ") + knownIssue));
    }
    if (!problems.isEmpty())
        QFAIL(qPrintable(report));
}

// Each code of docs/rules.md is expected by at least one case that is not a
// known issue, or is declared unreachable from a facts file with a reason.
void TestRuleCases::everyDocumentedCodeIsCovered()
{
    QFile doc(rulesDocPath());
    QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(rulesDocPath()));
    static const QRegularExpression codePattern(QStringLiteral("`([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)`"));
    QSet<QString> documented;
    for (const auto &match : codePattern.globalMatch(QString::fromUtf8(doc.readAll())))
        documented.insert(match.captured(1));
    QVERIFY(documented.size() > 50);

    QSet<QString> covered;
    for (const CaseFile &file : loadFiles()) {
        const QJsonObject unreachable = file.root.value(u"notReachableFromFacts").toObject();
        for (auto it = unreachable.begin(); it != unreachable.end(); ++it)
            covered.insert(it.key());
        for (const auto &value : file.root.value(u"cases").toArray()) {
            const QJsonObject c = value.toObject();
            if (c.contains(u"knownIssue"))
                continue;
            const QJsonObject expect = c.value(u"expect").toObject();
            for (const auto &key : {u"violations"_qs, u"warnings"_qs}) {
                for (const QString &code : stringList(expect.value(key)))
                    covered.insert(code);
            }
        }
    }
    QStringList missing = (documented - covered).values();
    missing.sort();
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("codes without a case: ") + show(missing)));
}

QTEST_GUILESS_MAIN(TestRuleCases)
#include "tst_rule_cases.moc"
