# cmake -DPROGRAM=<kps_data test> -DCONTROL=<kps_nn test> -P check_no_torch.cmake
# Fails when PROGRAM needs a LibTorch library at load time. CONTROL must need one, so the check
# cannot pass by reading nothing (a missing ldd, an unlinked program).
foreach(variable PROGRAM CONTROL)
  execute_process(COMMAND ldd ${${variable}} OUTPUT_VARIABLE ${variable}_LIBRARIES
                  RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "ldd ${${variable}} failed (${result})")
  endif()
endforeach()
if(NOT CONTROL_LIBRARIES MATCHES "libtorch|libc10")
  message(FATAL_ERROR "control ${CONTROL} lists no LibTorch library: the check reads nothing")
endif()
if(PROGRAM_LIBRARIES MATCHES "(libtorch[^ ]*|libc10[^ ]*)")
  message(FATAL_ERROR "${PROGRAM} loads ${CMAKE_MATCH_1}: kps_data pulled LibTorch in")
endif()
message(STATUS "${PROGRAM} loads no LibTorch; ${CONTROL} does")
