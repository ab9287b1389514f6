# shutdown(wait=False) returns at once; the work still completes.
from concurrent.futures import ThreadPoolExecutor
import threading

gate = threading.Event()
executor = ThreadPoolExecutor(max_workers=2)
f = executor.submit(lambda: gate.wait() and "done")
executor.shutdown(wait=False)
print(f.done())
gate.set()
print(f.result())
