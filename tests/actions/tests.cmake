# Backup actions: the facts and words of the core, the job against the
# sandbox, and the widgets (Jobs panel, cluster actions, policy editor).
snapline_add_test(tst_action_facts SOURCES actions/tst_action_facts.cpp LIBS snapline_core LABELS "core;unit")
snapline_add_test(tst_policy_estimate SOURCES actions/tst_policy_estimate.cpp LIBS snapline_core
                  LABELS "core;unit")
snapline_add_test(tst_policy_diff SOURCES actions/tst_policy_diff.cpp LIBS snapline_core LABELS "core;unit")
snapline_add_test(tst_compliance_locks SOURCES actions/tst_compliance_locks.cpp LIBS snapline_core
                  LABELS "core;unit")
snapline_add_test(tst_pit_history_inference SOURCES actions/tst_pit_history_inference.cpp LIBS snapline_core
                  LABELS "core;unit")
if(NOT SNAPLINE_CORE_ONLY)
    snapline_add_test(tst_backup_action_job SOURCES actions/tst_backup_action_job.cpp LIBS snapline_atlas_test_support
                      LABELS "atlas;integration")
    snapline_add_test(tst_jobs_panel SOURCES actions/tst_jobs_panel.cpp LIBS snapline_ui LABELS "gui")
    snapline_add_test(tst_cluster_actions SOURCES actions/tst_cluster_actions.cpp
                      LIBS snapline_atlas_test_support snapline_ui LABELS "gui")
endif()
