# Reports: the spec and document, the builders of each kind (from the
# catalog only), the CSV and JSON writers, the manifest with its signature
# and verifier, and the job that runs an export. The PDF and HTML writers add
# their own files.
find_package(ZLIB REQUIRED GLOBAL) # the CSV writer's .zip archives
target_sources(snapline_core PRIVATE
    report/report_spec.h report/report_spec.cpp
    report/report_document.h report/report_values.h
    report/report_writer.h report/report_writer.cpp
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
    report/report_value_format.h report/report_value_format.cpp
    report/report_files.h report/report_files.cpp
    report/sha256.h report/sha256.cpp
    report/zip_writer.h report/zip_writer.cpp
    report/zip_reader.h report/zip_reader.cpp
    report/csv_report_writer.h report/csv_report_writer.cpp
    report/json_report_writer.h report/json_report_writer.cpp
    report/report_manifest.h report/report_manifest.cpp
    report/report_signing_key.h report/report_signing_key.cpp
    report/report_signature.h report/report_signature.cpp
    report/report_verifier.h report/report_verifier.cpp
    report/report_exporter.h report/report_exporter.cpp
    report/report_job.h report/report_job.cpp
)
target_link_libraries(snapline_core PRIVATE ZLIB::ZLIB)
include(${CMAKE_CURRENT_LIST_DIR}/render_sources.cmake)
