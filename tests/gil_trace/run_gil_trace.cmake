# run_gil_trace.cmake: run one scenario under baton with a GIL trace, then
# check what it wrote with check_trace.py.
# Usage: cmake -DINTERPRETER=baton -DPYTHON=python3 -DSCRIPT=scenario.py
#              -DMODE=json|timeline|module -DOUTPUT=file -DCHECKS="--threads|a,b|..."
#              -P run_gil_trace.cmake
#   json      baton --gil-trace OUTPUT SCRIPT; OUTPUT is checked
#   module    baton SCRIPT OUTPUT (the script calls gil.trace_start/stop itself;
#             an OUTPUT ending in .html is a page, whose trace is checked)
#   timeline  baton --gil-timeline SCRIPT, 100 columns; its stderr is checked
get_filename_component(directory ${SCRIPT} DIRECTORY)
file(REMOVE ${OUTPUT})
if(MODE STREQUAL "json")
  set(command ${INTERPRETER} --gil-trace ${OUTPUT} ${SCRIPT})
elseif(MODE STREQUAL "module")
  set(command ${INTERPRETER} ${SCRIPT} ${OUTPUT})
else()
  set(command ${CMAKE_COMMAND} -E env COLUMNS=100 ${INTERPRETER} --gil-timeline ${SCRIPT})
endif()
execute_process(COMMAND ${command} WORKING_DIRECTORY ${directory}
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE code)
if(NOT code EQUAL 0)
  message(FATAL_ERROR "baton exited with ${code}\nstdout:\n${out}\nstderr:\n${err}")
endif()
if(MODE STREQUAL "timeline")
  file(WRITE ${OUTPUT} "${err}")
  set(kind timeline)
else()
  if(NOT err STREQUAL "")
    message(FATAL_ERROR "unexpected stderr:\n${err}")
  endif()
  set(kind json)
  if(OUTPUT MATCHES "\\.html$")
    set(kind page)
  endif()
endif()
if(MODE STREQUAL "module" AND NOT out STREQUAL "TypeError: trace_start() argument must be str, not int\nValueError: trace_start() needs a file name ending in .json or .html, not 'trace.txt'\nRuntimeError: no trace started\nRuntimeError: trace already started\nRuntimeError: no trace started\nwritten\n")
  message(FATAL_ERROR "unexpected stdout:\n${out}")
endif()
string(REPLACE "|" ";" checks "${CHECKS}")
execute_process(COMMAND ${PYTHON} ${CMAKE_CURRENT_LIST_DIR}/check_trace.py ${kind} ${OUTPUT} ${checks}
                OUTPUT_VARIABLE report ERROR_VARIABLE report RESULT_VARIABLE code)
if(NOT code EQUAL 0)
  message(FATAL_ERROR "${report}\nbaton's stderr:\n${err}")
endif()
