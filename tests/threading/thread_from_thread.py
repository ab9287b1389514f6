# Threads can start and join other threads.
import threading

out = []
lock = threading.Lock()

def leaf(path):
    with lock:
        out.append(path)

def branch(depth, path):
    if depth == 0:
        leaf(path)
        return
    kids = [threading.Thread(target=branch, args=(depth - 1, path + str(i))) for i in range(2)]
    for k in kids:
        k.start()
    for k in kids:
        k.join()

branch(3, "r")
print(sorted(out))
