# Run by `baton -m _m_hello` (tests/cli/CMakeLists.txt).
import sys
print(__name__, sys.argv[0].rsplit("/", 1)[-1], sys.argv[1:], repr(__package__), __spec__.name)
