# The restore wizard: source, delivery, target (every cluster judged, read on
# a worker) and the pre-flight summary with the typed confirmation.
target_sources(snapline_ui PRIVATE
    restore/restore_candidate_model.h restore/restore_candidate_model.cpp
    restore/restore_candidate_proxy.h restore/restore_candidate_proxy.cpp
    restore/restore_candidates_job.h restore/restore_candidates_job.cpp
    restore/restore_check_job.h restore/restore_check_job.cpp
    restore/restore_source_page.h restore/restore_source_page.cpp
    restore/restore_delivery_page.h restore/restore_delivery_page.cpp
    restore/restore_target_page.h restore/restore_target_page.cpp
    restore/restore_preflight_page.h restore/restore_preflight_page.cpp
    restore/restore_wizard.h restore/restore_wizard.cpp)
