# Workers are reused and named PREFIX_N, up to max_workers of them.
from concurrent.futures import ThreadPoolExecutor
import threading

with ThreadPoolExecutor(max_workers=4, thread_name_prefix="w") as executor:
    names = set()
    for i in range(10):
        names.add(executor.submit(lambda: threading.current_thread().name).result())
# Usually one name; a new worker may start if a task is submitted before
# the previous worker marked itself idle, never more than max_workers.
print(1 <= len(names) <= 4, names <= {"w_0", "w_1", "w_2", "w_3"})
