# An exception in the call is raised again by result().
from concurrent.futures import ThreadPoolExecutor

def fail(x):
    raise ValueError("bad %d" % x)

with ThreadPoolExecutor(max_workers=1) as executor:
    f = executor.submit(fail, 3)
    try:
        f.result()
    except ValueError as e:
        print("ValueError:", e)
    print(type(f.exception()).__name__, f.exception().args)
    print(f.done())
