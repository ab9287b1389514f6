# map() yields the results in the order of the inputs.
from concurrent.futures import ThreadPoolExecutor
import time

def slow_square(n):
    time.sleep((5 - n) * 0.002)
    return n * n

with ThreadPoolExecutor(max_workers=5) as executor:
    print(list(executor.map(slow_square, range(5))))
    print(list(executor.map(pow, [2, 3, 4], [5, 2])))
    print(list(executor.map(str, [])))
