# result() re-raises the very exception object the call raised.
from concurrent.futures import ThreadPoolExecutor

class Custom(Exception):
    pass

def fail():
    raise Custom("from worker", 7)

with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(fail)
    try:
        f.result()
    except Custom as e:
        print(e.args, e is f.exception())
