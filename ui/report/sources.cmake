# File → Export report… (kind, scope, period, format, signing, destination,
# a preview of the first page, progress, cancel and verify) and "Export as
# CSV…" on the console's tables.
target_sources(snapline_ui PRIVATE
    report/report_settings.h report/report_settings.cpp
    report/report_scope_choices.h report/report_scope_choices.cpp
    report/report_period_editor.h report/report_period_editor.cpp
    report/report_preview_pane.h report/report_preview_pane.cpp
    report/report_run_panel.h report/report_run_panel.cpp
    report/export_report_dialog.h report/export_report_dialog.cpp
)
target_sources(snapline_ui PRIVATE report/table_csv_export.h report/table_csv_export.cpp)
