# Automatic names count up: Thread-N, with the target's name in parentheses.
import threading

def work():
    pass

class Callable:
    def __call__(self):
        pass

a = threading.Thread()
b = threading.Thread(target=work)
c = threading.Thread(target=lambda: None)
d = threading.Thread(target=Callable())
e = threading.Thread(target=work, name="custom")
f = threading.Thread(name=42)
g = threading.Thread(target=work, name="")
for t in (a, b, c, d, e, f, g):
    print(repr(t.name))
e.name = "renamed"
print(e.name)
e.name = 7
print(repr(e.name))
