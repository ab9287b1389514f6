# threading._register_atexit functions run at shutdown, newest first,
# before non-daemon threads are joined.
import threading

threading._register_atexit(print, "registered first")
threading._register_atexit(print, "registered second")
print("main done")
