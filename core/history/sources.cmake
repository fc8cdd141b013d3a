# History for the charts: snapshots grouped by day (in SQL for a project),
# storage over time, snapshots per day, restore durations.
target_sources(snapline_core PRIVATE
    history/daily_snapshot_totals.h history/daily_snapshot_totals.cpp
    history/storage_history.h history/storage_history.cpp
    history/snapshot_count_history.h history/snapshot_count_history.cpp
    history/restore_durations.h history/restore_durations.cpp
    history/chart_units.h history/chart_units.cpp
    history/backup_history.h history/backup_history.cpp
    catalog/catalog_reads_history.cpp)
