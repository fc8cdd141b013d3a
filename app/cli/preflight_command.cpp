#include "cli/preflight_command.h"

#include "cli/exit_codes.h"
#include "preflight/facts_reader.h"
#include "preflight/verdict_format.h"
#include "rules/rule_planner.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

namespace snapline {

int PreflightCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Checks a proposed backup or restore action against every Atlas rule."));
    const QCommandLineOption facts(
            QStringLiteral("facts"),
            tr("The facts file (JSON, see docs/preflight.md); - reads standard input."), tr("FILE"));
    const QCommandLineOption output(QStringLiteral("output"), tr("json (default) or text."), tr("FORMAT"),
                                    QStringLiteral("json"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOptions({facts, output, help});
    parser.addPositionalArgument(QStringLiteral("preflight"), tr("The command."));

    QStringList args = arguments;
    if (args.size() > 1)
        args.removeAt(1); // "preflight"
    if (!parser.parse(args)) {
        err << tr("snapline preflight: %1").arg(parser.errorText()) << Qt::endl;
        return ExitBadInput;
    }
    if (parser.isSet(help)) {
        out << parser.helpText().replace(QStringLiteral("[options] preflight"),
                                         QStringLiteral("preflight [options]"));
        out << tr("\nExit codes: 0 allowed, 3 refused, 2 bad input.") << Qt::endl;
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << tr("snapline preflight: unexpected argument %1").arg(parser.positionalArguments().first())
            << Qt::endl;
        return ExitBadInput;
    }
    const QString format = parser.value(output);
    if (format != u"json" && format != u"text") {
        err << tr("snapline preflight: --output must be json or text, not %1").arg(format) << Qt::endl;
        return ExitBadInput;
    }
    if (!parser.isSet(facts)) {
        err << tr("snapline preflight: --facts FILE is required") << Qt::endl;
        return ExitBadInput;
    }

    Result<PlanInput> input = [&] {
        if (parser.value(facts) == u"-") {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly))
                return Result<PlanInput>::failure(QStringLiteral("FACTS_UNREADABLE"),
                                                  tr("Cannot read standard input."));
            return FactsReader::read(in.readAll());
        }
        return FactsReader::readFile(parser.value(facts));
    }();
    if (!input) {
        err << tr("snapline preflight: %1").arg(input.error().message) << Qt::endl;
        return ExitBadInput;
    }

    const Verdict verdict = RulePlanner().evaluate(input->action, input->facts);
    if (format == u"text")
        out << VerdictFormat::toText(input->action, verdict);
    else
        out << QJsonDocument(VerdictFormat::toJson(input->action, verdict)).toJson(QJsonDocument::Indented);
    out.flush();
    return verdict.allowed() ? ExitOk : ExitRefused;
}

} // namespace snapline
