# join() before start() and join() of the current thread are errors.
import threading

t = threading.Thread(target=print)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)

errors = []

def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        errors.append(str(e))

s = threading.Thread(target=join_self)
s.start()
s.join()
print(errors)
