# cmake/line_editing.cmake: the line editor of the REPL (vm/line_input.c),
# found the way lua's build finds readline. The cache option BATON_READLINE:
#   AUTO     GNU readline if it is found, else libedit, else plain input
#   ON       the same, but a missing library is an error
#   OFF      plain input, no library
#   READLINE or LIBEDIT   that library, or an error
# Sets BATON_LINE_EDITOR to "readline", "libedit" or "none" (tests/repl
# reads it), and baton_use_line_editor(target) gives a target the library
# and the definition BATON_LINE_EDITOR_READLINE or BATON_LINE_EDITOR_LIBEDIT.
include(CheckCSourceCompiles)

set(BATON_READLINE AUTO CACHE STRING "REPL line editing: AUTO, ON, OFF, READLINE or LIBEDIT")
set_property(CACHE BATON_READLINE PROPERTY STRINGS AUTO ON OFF READLINE LIBEDIT)

# Find the header and library of one editor and check that a program using
# its callback interface links. Sets BATON_<NAME>_WORKS.
function(baton_find_line_editor name header library)
  find_path(BATON_${name}_INCLUDE_DIR ${header})
  find_library(BATON_${name}_LIBRARY ${library})
  set(works FALSE)
  if(BATON_${name}_INCLUDE_DIR AND BATON_${name}_LIBRARY)
    set(CMAKE_REQUIRED_INCLUDES ${BATON_${name}_INCLUDE_DIR})
    set(CMAKE_REQUIRED_LIBRARIES ${BATON_${name}_LIBRARY})
    set(CMAKE_REQUIRED_QUIET ON)
    check_c_source_compiles("
      #include <stdio.h>
      #include <${header}>
      static void on_line(char *line) { (void)line; }
      int main(void) { rl_callback_handler_install(\"> \", on_line); rl_callback_handler_remove(); return 0; }"
      BATON_${name}_LINKS)
    set(works ${BATON_${name}_LINKS})
  endif()
  set(BATON_${name}_WORKS ${works} PARENT_SCOPE)
endfunction()

string(TOUPPER "${BATON_READLINE}" baton_readline_choice)
set(BATON_LINE_EDITOR none)
if(NOT baton_readline_choice MATCHES "^(AUTO|ON|OFF|READLINE|LIBEDIT)$")
  message(FATAL_ERROR "BATON_READLINE must be AUTO, ON, OFF, READLINE or LIBEDIT, not ${BATON_READLINE}")
endif()
if(baton_readline_choice MATCHES "^(AUTO|ON|READLINE)$")
  baton_find_line_editor(READLINE readline/readline.h readline)
  if(BATON_READLINE_WORKS)
    set(BATON_LINE_EDITOR readline)
  endif()
endif()
if(BATON_LINE_EDITOR STREQUAL "none" AND baton_readline_choice MATCHES "^(AUTO|ON|LIBEDIT)$")
  baton_find_line_editor(LIBEDIT editline/readline.h edit)
  if(BATON_LIBEDIT_WORKS)
    set(BATON_LINE_EDITOR libedit)
  endif()
endif()
if(BATON_LINE_EDITOR STREQUAL "none" AND baton_readline_choice MATCHES "^(ON|READLINE|LIBEDIT)$")
  message(FATAL_ERROR "BATON_READLINE=${BATON_READLINE}: no usable line editor found "
                      "(install libreadline-dev or libedit-dev, or use BATON_READLINE=OFF)")
endif()
message(STATUS "REPL line editing: ${BATON_LINE_EDITOR}")

function(baton_use_line_editor target)
  if(BATON_LINE_EDITOR STREQUAL "readline")
    target_include_directories(${target} PRIVATE ${BATON_READLINE_INCLUDE_DIR})
    target_link_libraries(${target} PRIVATE ${BATON_READLINE_LIBRARY})
    target_compile_definitions(${target} PRIVATE BATON_LINE_EDITOR_READLINE)
  elseif(BATON_LINE_EDITOR STREQUAL "libedit")
    target_include_directories(${target} PRIVATE ${BATON_LIBEDIT_INCLUDE_DIR})
    target_link_libraries(${target} PRIVATE ${BATON_LIBEDIT_LIBRARY})
    target_compile_definitions(${target} PRIVATE BATON_LINE_EDITOR_LIBEDIT)
  endif()
endfunction()
