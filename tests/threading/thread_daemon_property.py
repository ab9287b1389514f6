# daemon: from the constructor or the property, refused once started.
import threading

gate = threading.Event()
t = threading.Thread(target=gate.wait)
print(t.daemon)
t.daemon = True
print(t.daemon)
t.daemon = False
t.start()
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
gate.set()
t.join()
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
print(threading.Thread(daemon=True).daemon)
print(threading.Thread(daemon=False).daemon)
print(threading.main_thread().daemon)
