# _thread.exit() (SystemExit) ends a thread quietly.
import _thread
import threading

out = []

def work():
    out.append("before")
    _thread.exit()
    out.append("after")

t = threading.Thread(target=work)
t.start()
t.join()
print(out)
