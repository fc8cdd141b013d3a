# The Jobs panel: every job of the session with its progress, cancel and clear,
# a restore's Atlas job with its download links, and desktop notifications.
target_sources(snapline_ui PRIVATE
    jobs/job_list_model.h jobs/job_list_model.cpp
    jobs/jobs_panel.h jobs/jobs_panel.cpp
    jobs/restore_job_view.h jobs/restore_job_view.cpp
    jobs/desktop_notifier.h jobs/desktop_notifier.cpp
)
