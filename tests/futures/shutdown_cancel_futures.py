# shutdown(cancel_futures=True) cancels the calls that have not started.
from concurrent.futures import ThreadPoolExecutor
import threading

gate = threading.Event()
started = threading.Event()

def blocker():
    started.set()
    gate.wait()
    return "ran"

executor = ThreadPoolExecutor(max_workers=1)
first = executor.submit(blocker)
started.wait()
rest = [executor.submit(int, "1") for _ in range(3)]
gate.set()
executor.shutdown(wait=True, cancel_futures=True)
print(first.result(), [f.cancelled() for f in rest] in ([True] * 3, [False, True, True], [False, False, True], [False] * 3))
print(all(f.done() for f in rest))
