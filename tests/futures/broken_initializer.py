# A failing initializer breaks the pool: pending and new work gets
# BrokenThreadPool. (The failure is logged on stderr.)
from concurrent.futures import ThreadPoolExecutor, BrokenExecutor
import threading

def init():
    raise ValueError("init failed")

ex = ThreadPoolExecutor(max_workers=1, initializer=init)
f = ex.submit(int, "1")
try:
    f.result()
except BrokenExecutor as e:
    print(type(e).__name__, e)
try:
    ex.submit(int, "2")
except BrokenExecutor as e:
    print(type(e).__name__, e)
ex.shutdown()
