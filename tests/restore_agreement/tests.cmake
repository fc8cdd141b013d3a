# The console's rules engine against the sandbox's own restore checks: several
# hundred randomized restores, judged by the console and sent to the sandbox.
# It needs the sandbox, which the core-only build does not have.
if(TARGET snapline_atlas_test_support)
    snapline_add_test(tst_restore_agreement
                      SOURCES restore_agreement/tst_restore_agreement.cpp
                              restore_agreement/agreement_case.h restore_agreement/agreement_case.cpp
                              restore_agreement/case_drawer.h restore_agreement/case_drawer.cpp
                              restore_agreement/restore_sender.h restore_agreement/restore_sender.cpp
                              restore_agreement/agreement_tally.h restore_agreement/agreement_tally.cpp
                      LIBS snapline_core snapline_atlas_test_support LABELS "sandbox;slow")
    set_tests_properties(tst_restore_agreement PROPERTIES TIMEOUT 300)
endif()
