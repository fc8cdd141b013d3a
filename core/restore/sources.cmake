# Restores: the order a person confirms, its pre-flight judgement and
# candidates, the calls per backup kind, and the job that submits exactly one
# request and follows it to its end.
target_sources(snapline_core PRIVATE
    restore/restore_order.h restore/restore_order.cpp
    restore/restore_gateway.h restore/restore_gateway.cpp
    restore/restore_preflight.h restore/restore_preflight.cpp
    restore/restore_operation.h restore/restore_operation.cpp
    restore/restore_submissions.h restore/restore_submissions.cpp
    restore/restore_runner.h restore/restore_runner.cpp
    restore/restore_operation_job.h restore/restore_operation_job.cpp)
