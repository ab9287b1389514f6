# wait() returns DoneAndNotDoneFutures, a named 2-tuple of sets.
from concurrent.futures import Future, wait

f = Future()
f.set_result(1)
g = Future()
result = wait([f, g], timeout=0)
done, not_done = result
print(type(result).__name__, isinstance(result, tuple), len(result))
print(done == {f}, not_done == {g}, result.done is result[0])
print(wait([]))
