# run_cli.cmake: run the interpreter with a command line and check stdout,
# the exit status and (optionally) a regular expression over stderr.
#   -DINTERPRETER=... -DARGUMENTS="a;b" -DINPUT=file -DEXPECT_OUT=text
#   -DEXPECT_CODE=n -DEXPECT_ERR=regex -DWORKDIR=dir
# Arguments arrive joined by "|" (CTest would split a list).
string(REPLACE "|" ";" ARGUMENTS "${ARGUMENTS}")
if(NOT DEFINED INPUT OR INPUT STREQUAL "")
  set(INPUT /dev/null)
endif()
execute_process(
  COMMAND ${INTERPRETER} ${ARGUMENTS}
  WORKING_DIRECTORY ${WORKDIR}
  INPUT_FILE ${INPUT}
  OUTPUT_VARIABLE actual_out
  ERROR_VARIABLE actual_err
  RESULT_VARIABLE actual_code)
string(REPLACE "\\n" "\n" expected_out "${EXPECT_OUT}")
set(failures "")
if(NOT actual_out STREQUAL expected_out)
  string(APPEND failures "stdout differs.\n--- expected ---\n${expected_out}\n--- actual ---\n${actual_out}\n")
endif()
if(NOT actual_code STREQUAL EXPECT_CODE)
  string(APPEND failures "exit status ${actual_code}, expected ${EXPECT_CODE}\n")
endif()
if(DEFINED EXPECT_ERR AND NOT EXPECT_ERR STREQUAL "")
  if(NOT actual_err MATCHES "${EXPECT_ERR}")
    string(APPEND failures "stderr does not match '${EXPECT_ERR}':\n${actual_err}\n")
  endif()
elseif(NOT actual_err STREQUAL "")
  string(APPEND failures "unexpected stderr:\n${actual_err}\n")
endif()
if(NOT failures STREQUAL "")
  message(FATAL_ERROR "${INTERPRETER} ${ARGUMENTS}\n${failures}")
endif()
