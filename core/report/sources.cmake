# Reports: the spec, the document, the writers. Each part keeps its own list.
include(${CMAKE_CURRENT_LIST_DIR}/render_sources.cmake)
