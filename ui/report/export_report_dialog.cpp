#include "report/export_report_dialog.h"

#include "actions/message_box.h"
#include "jobs/job_list_model.h"
#include "report/report_job.h"
#include "report/report_period_editor.h"
#include "report/report_preview_pane.h"
#include "report/report_run_panel.h"
#include "report/report_settings.h"
#include "report/report_signing_key.h"
#include "theme/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace snapline {

namespace {

// The single file a format is written to by default: CSV goes into a .zip,
// one file to mail or archive (a name without an extension makes a folder).
QString extensionOf(ReportFormat format)
{
    return format == ReportFormat::Csv ? QStringLiteral("zip") : toString(format);
}

QString defaultFolder()
{
    const QString last = ReportSettings::lastFolder().value();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

} // namespace

ExportReportDialog::ExportReportDialog(ExportReportContext context, QWidget *parent)
    : QDialog(parent)
    , m_context(std::move(context))
{
    setObjectName(QStringLiteral("exportReportDialog"));
    setWindowTitle(tr("Export Report"));
    if (m_context.inventory)
        m_scopes = ReportScopeChoices::from(*m_context.inventory);
    buildForm();
    m_preview->setPool(m_context.pool);
    m_run->setPool(m_context.pool);
    connect(m_run, &ReportRunPanel::finished, this, [this] { setRunning(false); });
    fieldsChanged();
}

void ExportReportDialog::buildForm()
{
    m_form = new QWidget(this);
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);

    m_kind = new QComboBox(m_form);
    m_kind->setObjectName(QStringLiteral("reportKind"));
    for (const ReportKind kind : allReportKinds())
        m_kind->addItem(ReportText::kindTitle(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(ReportKind::Coverage)));
    m_kindAbout = new QLabel(m_form);
    m_kindAbout->setObjectName(QStringLiteral("reportKindAbout"));
    m_kindAbout->setWordWrap(true);
    form->addRow(tr("&Report:"), m_kind);
    form->addRow(QString(), m_kindAbout);

    m_scope = new QComboBox(m_form);
    m_scope->setObjectName(QStringLiteral("reportScope"));
    for (const ReportScopeChoice &choice : std::as_const(m_scopes))
        m_scope->addItem(QString(choice.depth * 4, u' ') + choice.label);
    m_scope->setCurrentIndex(ReportScopeChoices::indexOf(m_scopes, m_context.orgId, m_context.projectId,
                                                         m_context.clusterName));
    form->addRow(tr("&Scope:"), m_scope);

    m_period = new ReportPeriodEditor(m_context.clock, m_form);
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    form->addRow(tr("&Period:"), m_period);

    m_format = new QComboBox(m_form);
    m_format->setObjectName(QStringLiteral("reportFormat"));
    m_format->addItem(tr("PDF"), int(ReportFormat::Pdf));
    m_format->addItem(tr("HTML, one self-contained file"), int(ReportFormat::Html));
    m_format->addItem(tr("CSV, one file per table (in a .zip or a folder)"), int(ReportFormat::Csv));
    m_format->addItem(tr("JSON"), int(ReportFormat::Json));
    form->addRow(tr("&Format:"), m_format);

    m_pageSize = new QComboBox(m_form);
    m_pageSize->setObjectName(QStringLiteral("reportPageSize"));
    m_pageSize->addItem(tr("A4"), int(PageSize::A4));
    m_pageSize->addItem(tr("Letter"), int(PageSize::Letter));
    const auto savedSize = parsePageSize(ReportSettings::pageSize().value());
    m_pageSize->setCurrentIndex(m_pageSize->findData(int(savedSize.value_or(PageSize::A4))));
    form->addRow(tr("Page si&ze:"), m_pageSize);

    m_sign = new QCheckBox(tr("Sign the manifest with Snapline's key"), m_form);
    m_sign->setObjectName(QStringLiteral("reportSign"));
    m_sign->setChecked(ReportSettings::sign().value());
    m_sign->setToolTip(
            tr("An Ed25519 signature of the manifest of SHA-256 hashes, with a key Snapline makes on "
               "first use and keeps in %1. It signs evidence only; it grants no access to Atlas.")
                    .arg(QDir::toNativeSeparators(ReportSigningKey::defaultPath())));
    form->addRow(QString(), m_sign);

    m_destination = new QLineEdit(m_form);
    m_destination->setObjectName(QStringLiteral("reportDestination"));
    m_destination->setToolTip(
            tr("The report file. For CSV: a .zip, or a name without an extension for a folder "
               "of files. Its manifest is written beside it."));
    m_browse = new QPushButton(tr("&Browse…"), m_form);
    m_browse->setObjectName(QStringLiteral("reportBrowse"));
    auto *destination = new QHBoxLayout;
    destination->addWidget(m_destination, 1);
    destination->addWidget(m_browse);
    auto *saveTo = new QLabel(tr("&Save to:"), m_form);
    saveTo->setBuddy(m_destination);
    form->addRow(saveTo, destination);

    m_problem = new QLabel(m_form);
    m_problem->setObjectName(QStringLiteral("reportProblem"));
    m_problem->setWordWrap(true);
    paintProblem();
    form->addRow(QString(), m_problem);

    m_preview = new ReportPreviewPane(this);
    m_run = new ReportRunPanel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("reportExportButton"));
    m_export->setDefault(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_form, 1);
    top->addWidget(m_preview);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_run);
    layout->addWidget(buttons);

    for (QComboBox *box : {m_kind, m_scope, m_pageSize})
        connect(box, &QComboBox::currentIndexChanged, this, &ExportReportDialog::fieldsChanged);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportReportDialog::formatChanged);
    connect(m_period, &ReportPeriodEditor::changed, this, &ExportReportDialog::fieldsChanged);
    connect(m_destination, &QLineEdit::textEdited, this, [this] {
        m_destinationTyped = true;
        fieldsChanged();
    });
    connect(m_browse, &QPushButton::clicked, this, &ExportReportDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &ExportReportDialog::startExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ExportReportDialog::paintProblem()
{
    QPalette red = m_problem->palette();
    red.setColor(QPalette::WindowText, Theme::negativeText(palette()));
    m_problem->setPalette(red);
}

void ExportReportDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) // another theme: its own red
        paintProblem();
}

ReportSpec ExportReportDialog::spec() const
{
    ReportSpec spec;
    spec.kind = ReportKind(m_kind->currentData().toInt());
    if (m_scope->currentIndex() >= 0 && m_scope->currentIndex() < m_scopes.size())
        spec.scope = m_scopes[m_scope->currentIndex()].scope;
    if (spec.kind != ReportKind::Posture)
        spec.from = m_period->from();
    spec.to = m_period->to();
    spec.generatedAt = m_context.clock->now().toUTC();
    spec.profileName = m_context.profileName;
    spec.pageSize = PageSize(m_pageSize->currentData().toInt());
    return spec;
}

ReportFormat ExportReportDialog::format() const
{
    return ReportFormat(m_format->currentData().toInt());
}

ReportSigning ExportReportDialog::signing() const
{
    return m_sign->isChecked() ? ReportSigning::snaplineKey() : ReportSigning::none();
}

QString ExportReportDialog::destination() const
{
    const QString text = m_destination->text().trimmed();
    return text.isEmpty() ? QString() : QFileInfo(text).absoluteFilePath();
}

void ExportReportDialog::setKind(ReportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void ExportReportDialog::setFormat(ReportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportReportDialog::setDestination(const QString &path)
{
    m_destinationTyped = true;
    m_destination->setText(QDir::toNativeSeparators(path));
    fieldsChanged();
}

QString ExportReportDialog::suggestedFileName() const
{
    const ReportSpec s = spec();
    const QString scope = m_scopes.isEmpty() ? QString() : m_scopes.value(m_scope->currentIndex()).name;
    QString name = toString(s.kind) + u'-' + scope + u'-' + s.to.date().toString(Qt::ISODate);
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    return name + u'.' + extensionOf(format());
}

QString ExportReportDialog::problem() const
{
    if (m_context.catalogPath.isEmpty() || m_scopes.isEmpty())
        return tr("There is nothing to report on yet: open a profile and let it sync.");
    if (const QString period = m_period->problem(); !period.isEmpty())
        return period;
    const QString path = destination();
    if (path.isEmpty())
        return tr("Choose where to save the report.");
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
        return tr("The folder %1 does not exist.")
                .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    if (QFileInfo(path).isDir() && !ReportExporter::writesFolder(format(), path))
        return tr("%1 is a folder: give the report a file name.").arg(QDir::toNativeSeparators(path));
    return {};
}

void ExportReportDialog::formatChanged()
{
    // A typed name keeps its folder and stem; only the extension follows the format.
    if (m_destinationTyped && !m_destination->text().isEmpty()) {
        const QFileInfo typed(destination());
        if (!typed.suffix().isEmpty()) {
            const QSignalBlocker block(m_destination);
            m_destination->setText(QDir::toNativeSeparators(
                    typed.absolutePath() + u'/' + typed.completeBaseName() + u'.' + extensionOf(format())));
        }
    }
    fieldsChanged();
}

void ExportReportDialog::fieldsChanged()
{
    const ReportKind kind = ReportKind(m_kind->currentData().toInt());
    m_kindAbout->setText(ReportText::kindDescription(kind));
    m_period->setMomentOnly(kind == ReportKind::Posture);
    const bool printed = format() == ReportFormat::Pdf || format() == ReportFormat::Html;
    m_pageSize->setEnabled(printed);
    if (!m_destinationTyped) {
        const QSignalBlocker block(m_destination);
        m_destination->setText(QDir::toNativeSeparators(QDir(defaultFolder()).filePath(suggestedFileName())));
    }
    const QString wrong = problem();
    m_problem->setText(wrong);
    m_problem->setVisible(!wrong.isEmpty());
    m_export->setEnabled(wrong.isEmpty() && !m_run->isRunning());
    // The preview needs a period and a catalog, not a destination.
    const QString periodProblem = m_period->problem();
    if (m_context.catalogPath.isEmpty() || m_scopes.isEmpty())
        m_preview->showProblem(tr("No catalog to preview."));
    else if (!periodProblem.isEmpty())
        m_preview->showProblem(periodProblem);
    else
        m_preview->request(m_context.catalogPath, spec());
}

void ExportReportDialog::browse()
{
    QString filter;
    switch (format()) {
    case ReportFormat::Pdf:
        filter = tr("PDF files (*.pdf)");
        break;
    case ReportFormat::Html:
        filter = tr("HTML files (*.html)");
        break;
    case ReportFormat::Csv:
        filter = tr("ZIP archives of CSV files (*.zip);;CSV folders (*)");
        break;
    case ReportFormat::Json:
        filter = tr("JSON files (*.json)");
        break;
    }
    auto *picker = new QFileDialog(this, tr("Save the Report As"), destination(), filter);
    picker->setObjectName(QStringLiteral("reportDestinationPicker"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setAcceptMode(QFileDialog::AcceptSave);
    picker->setDefaultSuffix(extensionOf(format()));
    picker->setOption(QFileDialog::DontConfirmOverwrite); // Export asks, for a typed name too
    connect(picker, &QFileDialog::fileSelected, this, &ExportReportDialog::setDestination);
    picker->open();
}

void ExportReportDialog::setRunning(bool running)
{
    m_form->setEnabled(!running);
    m_export->setEnabled(!running && problem().isEmpty());
}

bool ExportReportDialog::startExport()
{
    if (const QString wrong = problem(); !wrong.isEmpty()) {
        m_problem->setText(wrong);
        m_problem->show();
        return false;
    }
    if (m_run->isRunning())
        return false;
    const QString path = destination();
    if (QFileInfo(path).isFile()) {
        MessageBox::question(
                this, tr("Replace the File?"),
                tr("%1 exists. Replace it with the new report?").arg(QDir::toNativeSeparators(path)),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
                [self = QPointer<ExportReportDialog>(this)](MessageBox::Answer answer) {
                    if (self && answer == QMessageBox::Yes)
                        self->run();
                });
        return true;
    }
    run();
    return true;
}

void ExportReportDialog::run()
{
    ReportRequest request;
    request.catalogPath = m_context.catalogPath;
    request.spec = spec();
    request.format = format();
    request.outputPath = destination();
    request.signing = signing();
    ReportSettings::lastFolder().setValue(QFileInfo(request.outputPath).absolutePath());
    ReportSettings::pageSize().setValue(toString(request.spec.pageSize));
    ReportSettings::sign().setValue(m_sign->isChecked());

    auto *job = new ReportJob(request, m_context.clock);
    if (m_context.jobs)
        m_context.jobs->track(job); // the Jobs panel shows it, and keeps it when the dialog closes
    else
        job->setParent(this);
    m_run->follow(job);
    setRunning(true);
    job->start(m_context.pool);
}

} // namespace snapline
