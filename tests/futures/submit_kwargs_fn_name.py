# submit passes keyword arguments through, even one called "fn".
from concurrent.futures import ThreadPoolExecutor

def show(**kwargs):
    return sorted(kwargs.items())

with ThreadPoolExecutor(max_workers=1) as ex:
    print(ex.submit(show, fn=1, a=2).result())
