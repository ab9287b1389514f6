# An exception from result() that nobody catches ends the program.
from concurrent.futures import ThreadPoolExecutor

def fail():
    raise LookupError("not found")

with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(fail)
print("before")
f.result()
