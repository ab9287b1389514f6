# A package run by `baton -m _m_pkg` (tests/cli/CMakeLists.txt).
