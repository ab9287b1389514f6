# A local subclass runs __init__ again in each thread that uses it.
import threading

class Settings(threading.local):
    inits = 0

    def __init__(self, color):
        Settings.inits += 1
        self.color = color
        self.items = []

    def add(self, item):
        self.items.append(item)
        return len(self.items)

s = Settings("red")
s.add(1)
out = []

def work():
    out.append((s.color, s.add("x"), s.add("y")))

t = threading.Thread(target=work)
t.start()
t.join()
print(out, s.items, Settings.inits)
try:
    s.nothing
except AttributeError as e:
    print("AttributeError:", e)
