# Done callbacks of submitted work run in a worker thread.
from concurrent.futures import ThreadPoolExecutor
import threading

names = []
with ThreadPoolExecutor(max_workers=1, thread_name_prefix="cb") as executor:
    gate = threading.Event()
    f = executor.submit(gate.wait)
    f.add_done_callback(lambda fut: names.append(threading.current_thread().name))
    gate.set()
print(names)
