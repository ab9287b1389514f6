# SystemExit ends a thread silently: excepthook prints nothing.
import sys
import threading

def leave():
    print("leaving")
    sys.exit(3)
    print("not reached")

t = threading.Thread(target=leave)
t.start()
t.join()
print("main still here")
