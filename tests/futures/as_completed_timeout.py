# as_completed(timeout=...) raises TimeoutError naming the unfinished ones.
from concurrent.futures import ThreadPoolExecutor, as_completed, TimeoutError
import threading

release = threading.Event()
with ThreadPoolExecutor(max_workers=3) as executor:
    fs = [executor.submit(release.wait), executor.submit(release.wait), executor.submit(int, "5")]
    seen = []
    try:
        for f in as_completed(fs, timeout=0.05):
            seen.append(f.result())
    except TimeoutError as e:
        print("TimeoutError:", e)
    print(seen)
    release.set()
