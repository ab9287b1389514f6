# input() and a second thread under the deterministic policy, stdin a file
# (a line is always there, so nothing waits: tests/repl's
# deterministic_input shows input() keeping the GIL on a terminal).
import threading

order = []
worker = threading.Thread(target=lambda: order.append("worker ran"))
worker.start()
line = input()
order.append("read " + line)
worker.join()
print(order)
print(input("second: "))
