# initializer(*initargs) runs once in each worker thread.
from concurrent.futures import ThreadPoolExecutor
import threading

local = threading.local()

def init(tag):
    local.tag = tag

with ThreadPoolExecutor(max_workers=1, initializer=init, initargs=("ready",)) as ex:
    print(ex.submit(lambda: local.tag).result())
