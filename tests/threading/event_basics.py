# Event: set, clear, is_set, wait with and without timeout.
import threading

e = threading.Event()
print(e.is_set())
print(e.wait(0.01))
print(e.wait(0))
e.set()
print(e.is_set(), e.wait(), e.wait(0))
e.clear()
print(e.is_set(), e.wait(0.01))
