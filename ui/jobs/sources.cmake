# The Jobs panel: every job of the session with its progress, cancel and clear.
target_sources(snapline_ui PRIVATE
    jobs/job_list_model.h jobs/job_list_model.cpp
    jobs/jobs_panel.h jobs/jobs_panel.cpp
)
