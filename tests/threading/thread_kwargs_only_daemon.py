# daemon is keyword-only; positional order is group, target, name, args, kwargs.
import threading

out = []
t = threading.Thread(None, out.append, "pos", ("value",), None)
print(t.name)
t.start()
t.join()
print(out)
try:
    threading.Thread(None, None, None, (), None, True)
except TypeError as e:
    print("TypeError")
