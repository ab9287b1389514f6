# --trace=user with threading: the library's lines are hidden, the worker's
# are named after it. start() and join() share a line, so the main thread
# prints nothing while the worker runs: the order is always the same.
import threading

total = 0


def work(count):
    global total
    for i in range(count):
        total += i


worker = threading.Thread(target=work, args=(3,))
worker.start(); worker.join()
print("total", total)
