# The console's read side: inventory and cluster detail loading, posture.
target_sources(snapline_core PRIVATE
    console/display_format.h console/display_format.cpp
    console/next_scheduled_snapshot.h console/next_scheduled_snapshot.cpp
    console/cluster_posture.h console/cluster_posture.cpp
    console/posture_text.h console/posture_text.cpp
    console/inventory_reader.h console/inventory_reader.cpp
    console/inventory_job.h console/inventory_job.cpp
    console/cluster_detail_reader.h console/cluster_detail_reader.cpp
    console/cluster_detail_job.h console/cluster_detail_job.cpp
    catalog/catalog_reads_summaries.cpp)
