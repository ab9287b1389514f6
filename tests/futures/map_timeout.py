# map(timeout=...) raises TimeoutError when a result is late.
from concurrent.futures import ThreadPoolExecutor, TimeoutError
import threading

release = threading.Event()

def wait_for_release(n):
    release.wait()
    return n

with ThreadPoolExecutor(max_workers=2) as executor:
    it = executor.map(wait_for_release, [1, 2], timeout=0.02)
    try:
        next(it)
    except TimeoutError as e:
        print("TimeoutError", repr(e))
    release.set()
print("done")
