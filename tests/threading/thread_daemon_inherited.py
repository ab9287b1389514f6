# A thread inherits daemon from the thread that creates it.
import threading

found = {}

def make_child(label):
    child = threading.Thread(target=print)
    found[label] = child.daemon
    explicit = threading.Thread(target=print, daemon=False)
    found[label + " explicit"] = explicit.daemon

d = threading.Thread(target=make_child, args=("from daemon",), daemon=True)
n = threading.Thread(target=make_child, args=("from normal",))
d.start()
d.join()
n.start()
n.join()
make_child("from main")
for key in sorted(found):
    print(key, found[key])
