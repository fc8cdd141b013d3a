#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

// snapline-sandbox: the local Atlas-compatible backup service.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("snapline-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SNAPLINE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
            "sandbox", "A local service that speaks the MongoDB Atlas Admin API v2 for backups."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    QTextStream(stderr) << QCoreApplication::translate(
            "sandbox", "snapline-sandbox: this build serves no endpoints yet.")
                        << Qt::endl;
    return 1;
}
