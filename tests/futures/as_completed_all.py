# as_completed() yields every future once, as each finishes.
from concurrent.futures import ThreadPoolExecutor, as_completed

def work(n):
    return n * 10

with ThreadPoolExecutor(max_workers=3) as executor:
    futures = {executor.submit(work, n): n for n in range(8)}
    results = []
    for f in as_completed(futures):
        results.append((futures[f], f.result()))
print(sorted(results))
