# submit() returns a Future; result() gives the return value.
from concurrent.futures import ThreadPoolExecutor

def add(a, b=0):
    return a + b

with ThreadPoolExecutor(max_workers=2) as executor:
    f = executor.submit(add, 1, b=2)
    g = executor.submit(pow, 2, 10)
    print(f.result(), g.result())
    print(f.done(), f.running(), f.cancelled(), f.exception())
