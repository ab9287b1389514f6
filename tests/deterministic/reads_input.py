# Reading input works under the deterministic policy, which keeps the GIL
# while it waits for a line (the outside world cannot be replayed).
import threading

order = []
worker = threading.Thread(target=lambda: order.append("worker ran"))
worker.start()
line = input()
order.append("read " + line)
worker.join()
print(order)
print(input("second: "))
