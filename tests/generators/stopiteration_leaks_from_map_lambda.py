def stop(x):
    raise StopIteration
try:
    print(list(map(stop, [1, 2])))
except StopIteration:
    print("StopIteration escaped")
def g():
    yield from map(stop, [1])
try:
    print(list(g()))
except RuntimeError as e:
    print(type(e).__name__, e)
