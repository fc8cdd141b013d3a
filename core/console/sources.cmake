# The console's read side: inventory and cluster detail loading, posture.
target_sources(snapline_core PRIVATE
    console/display_format.h console/display_format.cpp
    console/next_scheduled_snapshot.h console/next_scheduled_snapshot.cpp
    console/cluster_posture.h console/cluster_posture.cpp
    console/posture_text.h console/posture_text.cpp)
