# expected_output.cmake: the checks every test runner makes (run_test.cmake,
# repl/run_piped.cmake): standard output against NAME.out, byte for byte,
# and the exit status against NAME.code (0 when absent). A failure is
# appended to `failures` in the caller's scope.
#
# A process killed by a signal has no exit status: CMake gives the
# signal's description instead. An uncaught KeyboardInterrupt ends python3
# (and Baton) by SIGINT; NAME.code says 130 for it, as a shell (and
# regenerate.sh) reports it.
function(expect_output_and_status stem actual_out actual_code)
  set(found "${failures}")
  file(READ ${stem}.out expected_out)
  if(NOT actual_out STREQUAL expected_out)
    string(APPEND found "stdout differs.\n--- expected stdout ---\n${expected_out}\n--- actual stdout ---\n${actual_out}\n")
  endif()
  if(actual_code STREQUAL "User interrupt")
    set(actual_code 130)
  endif()
  set(expected_code 0)
  if(EXISTS ${stem}.code)
    file(STRINGS ${stem}.code expected_code LIMIT_COUNT 1)
  endif()
  if(NOT actual_code STREQUAL expected_code)
    string(APPEND found "exit status ${actual_code}, expected ${expected_code}.\n")
  endif()
  set(failures "${found}" PARENT_SCOPE)
endfunction()
