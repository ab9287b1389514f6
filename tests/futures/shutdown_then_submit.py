# After shutdown(), submit() raises RuntimeError.
from concurrent.futures import ThreadPoolExecutor

executor = ThreadPoolExecutor(max_workers=2)
print(executor.submit(len, "abc").result())
executor.shutdown()
try:
    executor.submit(len, "abc")
except RuntimeError as e:
    print("RuntimeError:", e)
executor.shutdown()
with ThreadPoolExecutor(1) as ex:
    pass
try:
    ex.submit(print)
except RuntimeError as e:
    print("RuntimeError:", e)
