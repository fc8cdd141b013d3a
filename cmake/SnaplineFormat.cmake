# format / format-check targets over every tracked C++ source, using the
# repository's .clang-format.

find_program(CLANG_FORMAT_EXECUTABLE NAMES clang-format clang-format-14)

if(CLANG_FORMAT_EXECUTABLE)
    file(GLOB_RECURSE SNAPLINE_FORMAT_SOURCES CONFIGURE_DEPENDS
        ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
        ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
        ${PROJECT_SOURCE_DIR}/sandbox/*.cpp ${PROJECT_SOURCE_DIR}/sandbox/*.h
        ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
        ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h
        ${PROJECT_SOURCE_DIR}/bench/*.cpp ${PROJECT_SOURCE_DIR}/bench/*.h)
    add_custom_target(format
        COMMAND ${CLANG_FORMAT_EXECUTABLE} -i --style=file ${SNAPLINE_FORMAT_SOURCES}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        COMMENT "Formatting C++ sources")
    add_custom_target(format-check
        COMMAND ${CLANG_FORMAT_EXECUTABLE} --dry-run --Werror --style=file ${SNAPLINE_FORMAT_SOURCES}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        COMMENT "Checking C++ formatting")
else()
    message(STATUS "clang-format not found: the format and format-check targets are unavailable")
endif()

# tidy: clang-tidy with the repository's .clang-tidy over the project's own
# sources, through this build's compile database.
find_program(RUN_CLANG_TIDY_EXECUTABLE NAMES run-clang-tidy run-clang-tidy-14)
if(RUN_CLANG_TIDY_EXECUTABLE)
    add_custom_target(tidy
        COMMAND ${RUN_CLANG_TIDY_EXECUTABLE} -quiet -p ${CMAKE_BINARY_DIR}
                "${PROJECT_SOURCE_DIR}/(app|core|ui|sandbox)/.*\\.cpp$"
        VERBATIM
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        COMMENT "Running clang-tidy")
endif()
