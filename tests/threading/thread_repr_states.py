# repr shows the class, the name and the state: initial, started, stopped, daemon.
import threading

go = threading.Event()

def waiter():
    go.wait()

def show(t):
    text = repr(t)
    if t.ident is not None:
        text = text.replace(str(t.ident), "IDENT")
    print(text)

t = threading.Thread(target=waiter)
show(t)
t.start()
show(t)
go.set()
t.join()
show(t)
d = threading.Thread(target=waiter, daemon=True)
show(d)
d.start()
d.join()
show(d)

class Worker(threading.Thread):
    pass

show(Worker(name="w"))
show(threading.main_thread())
