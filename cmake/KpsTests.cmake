# kps_add_tests(SOURCES files... LIBRARIES libs...): one Qt Test executable per test_<area>_<name>.cpp,
# linked with the given libraries only (each test links what it tests).
# <area> (core, widgets, app, e2e, package) becomes the CTest label. GUI tests run offscreen.
find_program(KPS_DEBIAN_PYTHON NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)

function(kps_add_tests)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES" ${ARGN})
  foreach(source ${ARG_SOURCES})
    get_filename_component(name ${source} NAME_WE)
    string(REGEX REPLACE "^test_([a-z0-9]+)_.*" "\\1" area ${name})
    add_executable(${name} ${source})
    set_target_properties(${name} PROPERTIES AUTOMOC ON)
    target_link_libraries(${name} PRIVATE ${ARG_LIBRARIES} Qt6::Test kps_warnings)
    target_compile_definitions(${name} PRIVATE
        KPS_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        KPS_BINARY_DIR="${PROJECT_BINARY_DIR}"
        KPS_PYTHON="${KPS_DEBIAN_PYTHON}"
        KPS_CLI="$<TARGET_FILE:kpstudio>")
    add_dependencies(${name} kpstudio)
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES LABELS ${area}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;OMP_NUM_THREADS=2")
  endforeach()
endfunction()
