# When excepthook itself raises, that failure is reported instead.
import threading

def bad_hook(args):
    raise RuntimeError("hook failed")

threading.excepthook = bad_hook

def fail():
    raise ValueError("original")

t = threading.Thread(target=fail)
t.start()
t.join()
print("done")
