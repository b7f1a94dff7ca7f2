# cmake -DCLANG_FORMAT=... -DGIT=... -DSOURCE_DIR=... -P check_style.cmake
# Fails, naming the files, when a tracked .cpp or .h differs from what .clang-format makes of it.
# Fix with: git ls-files '*.cpp' '*.h' | xargs clang-format -i
execute_process(COMMAND ${GIT} ls-files -- "*.cpp" "*.h" WORKING_DIRECTORY ${SOURCE_DIR}
                OUTPUT_VARIABLE files RESULT_VARIABLE result OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT result EQUAL 0 OR files STREQUAL "")
  message(FATAL_ERROR "git ls-files found no sources in ${SOURCE_DIR} (${result})")
endif()
string(REPLACE "\n" ";" files "${files}")
list(LENGTH files count)
set(drifted)
foreach(file ${files})
  execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${file}
                  WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE result OUTPUT_QUIET ERROR_QUIET)
  if(NOT result EQUAL 0)
    list(APPEND drifted ${file})
  endif()
endforeach()
if(drifted)
  list(LENGTH drifted drift_count)
  string(REPLACE ";" "\n  " drifted "${drifted}")
  message(FATAL_ERROR "${drift_count} of ${count} sources differ from .clang-format:\n  ${drifted}\n"
                      "Fix: git ls-files '*.cpp' '*.h' | xargs clang-format -i")
endif()
message(STATUS "${count} sources match .clang-format")
