# Cannot shadow the built-in time module (tests/import/shadowing.py).
SHADOW = "the folder's time"
