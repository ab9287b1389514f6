# wait() with ALL_COMPLETED returns when every future is done.
from concurrent.futures import ThreadPoolExecutor, wait, ALL_COMPLETED

with ThreadPoolExecutor(max_workers=4) as executor:
    fs = [executor.submit(sum, range(n)) for n in range(10)]
    done, not_done = wait(fs, return_when=ALL_COMPLETED)
    print(len(done), len(not_done))
    print(sorted(f.result() for f in done))
    result = wait(fs)
    print(type(result).__name__, len(result.done), result.not_done)
