"""The io module: Baton's file objects and the names around them.

The file objects themselves are written in C (vm/io.c) and live in the
built-in module _io; this module re-exports what _io offers under the names
CPython's io uses, and adds the seek constants. Baton has text and binary
files opened with open(); StringIO, BytesIO and the buffered classes are
not there yet.

`from _io import *` would be CPython's way; the names are listed one by one
because Baton's compiler does not accept star imports."""

from _io import TextIOWrapper, UnsupportedOperation, DEFAULT_BUFFER_SIZE
# io.open is the built-in open itself, as in CPython.
from builtins import open

__all__ = ["open", "TextIOWrapper", "UnsupportedOperation", "SEEK_SET",
           "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE"]

# Where seek() counts from: the start, the current position, the end.
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
