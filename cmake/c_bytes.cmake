# c_bytes.cmake: a file's bytes as the body of a C array initializer, shared
# by the scripts that embed files in the executable (embed_stdlib.cmake,
# embed_file.cmake). Hex, so no quoting, trigraph or line-length issue can
# arise.
#
#   baton_c_bytes(<file> <bytes variable> <length variable>)
#
# sets <bytes variable> to "0x.., 0x..,..." (24 bytes to a line, each line
# after the first indented by four spaces, ending with a comma) and
# <length variable> to the number of bytes.
function(baton_c_bytes file bytes_variable length_variable)
  file(READ ${file} hex HEX)
  string(LENGTH "${hex}" hex_length)
  math(EXPR length "${hex_length} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
  # Break the byte list into lines of 24 bytes (120 characters).
  string(REGEX REPLACE "((0x..,){24})" "\\1\n    " bytes "${bytes}")
  set(${bytes_variable} "${bytes}" PARENT_SCOPE)
  set(${length_variable} ${length} PARENT_SCOPE)
endfunction()
