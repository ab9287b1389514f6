# run_test.cmake: run one test script and compare what it did with the
# expected files beside it:
#   NAME.out   standard output, byte for byte (required)
#   NAME.err   the last line of standard error, the test's folder written {dir}
#              (when absent, stderr must be empty)
#   NAME.stderr  all of standard error, with the test's folder written {dir}
#              (optional: for tests of the traceback format itself)
#   NAME.code  the exit status (when absent, 0; 130 for death by SIGINT)
#   NAME.in    standard input (when absent, empty)
#   NAME.args  arguments after the script, one per line
# Usage: cmake -DINTERPRETER=path/to/baton -DSCRIPT=path/to/test.py
#              [-DOPTIONS="--gil=fifo;--switch-check=every"]
#              [-DEXPECTED=path/to/NAME] -P run_test.cmake
# OPTIONS are interpreter options, given before the script. EXPECTED is
# where the expected files are (NAME.out...) when they are not beside the
# script (the programs of examples/). The script runs in its own folder.
get_filename_component(directory ${SCRIPT} DIRECTORY)
get_filename_component(base ${SCRIPT} NAME_WE)
get_filename_component(script_name ${SCRIPT} NAME)
set(stem ${directory}/${base})
if(DEFINED EXPECTED AND NOT EXPECTED STREQUAL "")
  set(stem ${EXPECTED})
endif()

set(arguments "")
if(EXISTS ${stem}.args)
  file(STRINGS ${stem}.args arguments)
endif()
set(input_file /dev/null)
if(EXISTS ${stem}.in)
  set(input_file ${stem}.in)
endif()

execute_process(
  COMMAND ${INTERPRETER} ${OPTIONS} ${script_name} ${arguments}
  WORKING_DIRECTORY ${directory}
  INPUT_FILE ${input_file}
  OUTPUT_VARIABLE actual_out
  ERROR_VARIABLE actual_err
  RESULT_VARIABLE actual_code)

set(failures "")
include(${CMAKE_CURRENT_LIST_DIR}/expected_output.cmake)
expect_output_and_status(${stem} "${actual_out}" "${actual_code}")

if(EXISTS ${stem}.stderr)
  file(READ ${stem}.stderr expected_stderr)
  string(REPLACE "${directory}" "{dir}" shown_err "${actual_err}")
  if(NOT shown_err STREQUAL expected_stderr)
    string(APPEND failures "stderr differs.\n--- expected ---\n${expected_stderr}\n--- actual ---\n${shown_err}\n")
  endif()
endif()

if(EXISTS ${stem}.err)
  file(READ ${stem}.err expected_err)
  string(REGEX REPLACE "\n+$" "" expected_err "${expected_err}")
  string(REGEX MATCH "[^\n]*$" expected_last "${expected_err}")
  string(REPLACE "${directory}" "{dir}" shown_last_err "${actual_err}")
  string(REGEX REPLACE "\n+$" "" trimmed_err "${shown_last_err}")
  string(REGEX MATCH "[^\n]*$" actual_last "${trimmed_err}")
  if(NOT actual_last STREQUAL expected_last)
    string(APPEND failures "last line of stderr differs.\n--- expected ---\n${expected_last}\n--- actual stderr ---\n${actual_err}\n")
  endif()
elseif(NOT EXISTS ${stem}.stderr AND NOT actual_err STREQUAL "")
  string(APPEND failures "unexpected stderr:\n${actual_err}\n")
endif()

if(NOT failures STREQUAL "")
  message(FATAL_ERROR "${SCRIPT}\n${failures}")
endif()
