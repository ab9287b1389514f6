# wait(FIRST_COMPLETED) returns as soon as one future is done.
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED
import threading

release = threading.Event()
with ThreadPoolExecutor(max_workers=3) as executor:
    slow = [executor.submit(release.wait) for _ in range(2)]
    fast = executor.submit(lambda: "fast")
    done, not_done = wait(slow + [fast], return_when=FIRST_COMPLETED)
    print([f.result() for f in done], len(not_done))
    release.set()
