# A failing call raises when map()'s iterator reaches its result.
from concurrent.futures import ThreadPoolExecutor

def check(n):
    if n == 2:
        raise KeyError(n)
    return n

with ThreadPoolExecutor(max_workers=2) as executor:
    results = executor.map(check, range(4))
    got = []
    try:
        for r in results:
            got.append(r)
    except KeyError as e:
        print("KeyError", e)
    print(got)
