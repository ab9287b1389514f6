# threading.excepthook can be replaced; it receives ExceptHookArgs.
import threading

seen = []

def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value),
                 args.exc_traceback is not None, args.thread.name))

threading.excepthook = hook

def fail(n):
    raise KeyError(n)

t = threading.Thread(target=fail, args=("k",), name="t1")
t.start()
t.join()
print(seen)
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)
