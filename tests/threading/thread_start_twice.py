# A thread object can be started only once.
import threading

t = threading.Thread(target=print, args=("ran",))
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
