# Shadows the standard library's heapq for tests/import/shadowing.py.
SHADOW = "the folder's heapq"
