# Backup actions: the facts they are judged on, the job that sends them, and
# the words and numbers the policy editor and compliance view show.
target_sources(snapline_core PRIVATE
    actions/action_facts.h actions/action_facts.cpp
    actions/backup_action.h actions/backup_action.cpp
    actions/action_services.h actions/action_services.cpp
    actions/backup_action_runner.h actions/backup_action_runner.cpp
    actions/backup_action_job.h actions/backup_action_job.cpp
    actions/policy_estimate.h actions/policy_estimate.cpp
    actions/policy_diff.h actions/policy_diff.cpp
    actions/compliance_locks.h actions/compliance_locks.cpp
    actions/pit_history_inference.h actions/pit_history_inference.cpp
)
