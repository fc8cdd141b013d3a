# Reports: the spec and document, and the builders of each kind (from the
# catalog only). The writers add their own files.
target_sources(snapline_core PRIVATE
    report/report_spec.h report/report_spec.cpp
    report/report_document.h report/report_values.h
    report/report_writer.h
    report/expected_snapshots.h report/expected_snapshots.cpp
    report/cluster_coverage.h report/cluster_coverage.cpp
    report/report_context.h report/report_context.cpp
    report/audit_verdicts.h report/audit_verdicts.cpp
    report/snapshot_row_source.h report/snapshot_row_source.cpp
    report/posture_report_builder.h report/posture_report_builder.cpp
    report/coverage_report_tables.h report/coverage_report_tables.cpp
    report/coverage_report_builder.h report/coverage_report_builder.cpp
    report/compliance_report_builder.h report/compliance_report_builder.cpp
    report/restore_report_builder.h report/restore_report_builder.cpp
    report/storage_report_builder.h report/storage_report_builder.cpp
    report/report_builder.h report/report_builder.cpp
)
