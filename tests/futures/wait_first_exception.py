# wait(FIRST_EXCEPTION) returns at the first failure (or when all are done).
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_EXCEPTION
import threading

release = threading.Event()

def boom():
    raise RuntimeError("boom")

with ThreadPoolExecutor(max_workers=3) as executor:
    slow = executor.submit(release.wait)
    bad = executor.submit(boom)
    done, not_done = wait([slow, bad], return_when=FIRST_EXCEPTION)
    print(bad in done, slow in not_done, repr(bad.exception()))
    release.set()
    ok = [executor.submit(int, "7") for _ in range(3)]
    done, not_done = wait(ok, return_when=FIRST_EXCEPTION)
    print(len(done), len(not_done))
