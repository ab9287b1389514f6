# The program waits for non-daemon threads after the main code ends.
import threading

go = threading.Event()

def finisher():
    go.wait()
    print("worker finished after main")

t = threading.Thread(target=finisher)
t.start()
print("main code done")
go.set()
