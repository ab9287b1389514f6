x = b'a' B"b" rb'\d' Br"\x"
