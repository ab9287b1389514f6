# An uncaught exception in a thread prints "Exception in thread NAME:" and
# a traceback on stderr; the program goes on and exits with 0.
import threading

def fail():
    raise ValueError("boom in a thread")

t = threading.Thread(target=fail, name="failing")
t.start()
t.join()
print("main goes on", t.is_alive())
