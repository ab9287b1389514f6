# local() takes no arguments unless a subclass defines __init__.
import threading

try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
try:
    threading.local(x=1)
except TypeError as e:
    print("TypeError:", e)
d = threading.local()
d.a = 1
print(d.__dict__)
