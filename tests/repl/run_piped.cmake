# run_piped.cmake: one piped REPL session. NAME.in is fed to `INTERPRETER -i`
# on standard input, as `echo ... | python3 -i` would be, and compared with:
#   NAME.out     standard output, byte for byte (the echoed values, prints)
#   NAME.stderr  standard error after the two banner lines (the prompts,
#                tracebacks and syntax errors), byte for byte
#   NAME.code    the exit status (when absent, 0)
# Usage: cmake -DINTERPRETER=path/to/baton -DCASE=path/to/NAME.in -P run_piped.cmake
get_filename_component(directory ${CASE} DIRECTORY)
string(REGEX REPLACE "\\.in$" "" stem ${CASE})

set(ENV{PYTHONSTARTUP} "") # python3 -i would run it first
execute_process(
  COMMAND ${INTERPRETER} -i
  WORKING_DIRECTORY ${directory}
  INPUT_FILE ${CASE}
  OUTPUT_VARIABLE actual_out
  ERROR_VARIABLE actual_err
  RESULT_VARIABLE actual_code)

set(failures "")
include(${CMAKE_CURRENT_LIST_DIR}/../expected_output.cmake)
expect_output_and_status(${stem} "${actual_out}" "${actual_code}")

# Drop the banner: its two lines name the interpreter and its version.
set(shown_err "${actual_err}")
foreach(banner_line 1 2)
  string(FIND "${shown_err}" "\n" end_of_line)
  math(EXPR after "${end_of_line} + 1")
  string(SUBSTRING "${shown_err}" ${after} -1 shown_err)
endforeach()
file(READ ${stem}.stderr expected_err)
if(NOT shown_err STREQUAL expected_err)
  string(APPEND failures "stderr differs.\n--- expected ---\n${expected_err}\n--- actual ---\n${shown_err}\n")
endif()

if(NOT failures STREQUAL "")
  message(FATAL_ERROR "${CASE}\n${failures}")
endif()
