s = {1, 2}
s.add(3)
s.add(2)
s.discard(1)
s.discard(99)
print(s)
s.remove(2)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
print(s.pop(), s)
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)
