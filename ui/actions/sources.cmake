# The console's backup actions: each one judged by the planner before it is
# offered, its dialog, and the job it becomes; the policy editor and the
# compliance policy view.
target_sources(snapline_ui PRIVATE
    actions/message_box.h actions/message_box.cpp
    actions/action_gate.h actions/action_gate.cpp
    actions/verdict_label.h actions/verdict_label.cpp
    actions/action_dialog.h actions/action_dialog.cpp
    actions/take_snapshot_dialog.h actions/take_snapshot_dialog.cpp
    actions/change_retention_dialog.h actions/change_retention_dialog.cpp
    actions/policy_items_editor.h actions/policy_items_editor.cpp
    actions/policy_editor_dialog.h actions/policy_editor_dialog.cpp
    actions/compliance_view.h actions/compliance_view.cpp
    actions/action_environment.h actions/action_environment.cpp
    actions/cluster_actions.h actions/cluster_actions.cpp actions/cluster_actions_dialogs.cpp
    actions/cluster_actions_restore.cpp
)
