# An unknown return_when is a ValueError.
from concurrent.futures import Future, wait

f = Future()
try:
    wait([f], timeout=0, return_when="SOMETIMES")
except ValueError as e:
    print("ValueError:", e)
