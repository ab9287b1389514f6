# Worker threads are named PREFIX_N; the default prefix is
# ThreadPoolExecutor-K.
from concurrent.futures import ThreadPoolExecutor
import threading

barrier = threading.Barrier(3)

def name():
    barrier.wait()
    return threading.current_thread().name

with ThreadPoolExecutor(max_workers=3, thread_name_prefix="pool") as executor:
    fs = [executor.submit(name) for _ in range(3)]
    print(sorted(f.result() for f in fs))

with ThreadPoolExecutor(max_workers=1) as executor:
    n = executor.submit(lambda: threading.current_thread().name).result()
    print(n.startswith("ThreadPoolExecutor-"), n.endswith("_0"))
