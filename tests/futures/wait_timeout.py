# wait(timeout=...) returns what is done so far.
from concurrent.futures import ThreadPoolExecutor, wait
import threading

release = threading.Event()
with ThreadPoolExecutor(max_workers=2) as executor:
    fs = [executor.submit(release.wait), executor.submit(abs, -3)]
    done, not_done = wait(fs, timeout=0.05)
    print([f.result() for f in done], len(not_done))
    release.set()
print(wait([]))
