# Semaphore argument errors.
import threading

for make in (lambda: threading.Semaphore(-1), lambda: threading.BoundedSemaphore(-1)):
    try:
        make()
    except ValueError as e:
        print("ValueError:", e)
s = threading.Semaphore()
for call in (lambda: s.acquire(False, 1), lambda: s.release(0), lambda: s.release(-3)):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
