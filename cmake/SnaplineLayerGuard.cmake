# The core library must never reach QtWidgets or QtCharts (architecture.md).
# snapline_assert_no_widgets(target) walks the target's link closure at
# configure time and stops the build if a forbidden module appears.

set(SNAPLINE_FORBIDDEN_IN_CORE Qt6::Widgets Qt6::Charts Qt::Widgets Qt::Charts
    Qt6::OpenGLWidgets Qt6::PrintSupport)

function(_snapline_collect_links target out_var)
    set(seen "${${out_var}}")
    foreach(prop LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
        get_target_property(libs ${target} ${prop})
        if(NOT libs)
            continue()
        endif()
        foreach(lib IN LISTS libs)
            string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" lib "${lib}")
            if(lib IN_LIST seen)
                continue()
            endif()
            list(APPEND seen "${lib}")
            if(TARGET ${lib})
                get_target_property(aliased ${lib} ALIASED_TARGET)
                if(aliased)
                    list(APPEND seen "${aliased}")
                    set(lib ${aliased})
                endif()
                _snapline_collect_links(${lib} seen)
            endif()
        endforeach()
    endforeach()
    set(${out_var} "${seen}" PARENT_SCOPE)
endfunction()

function(snapline_assert_no_widgets target)
    set(closure "")
    _snapline_collect_links(${target} closure)
    foreach(forbidden IN LISTS SNAPLINE_FORBIDDEN_IN_CORE)
        if(forbidden IN_LIST closure)
            message(FATAL_ERROR
                "${target} links ${forbidden}; the core layer must stay free of widgets "
                "and charts (see docs/architecture.md).")
        endif()
    endforeach()
endfunction()
