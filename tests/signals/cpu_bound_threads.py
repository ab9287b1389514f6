# Ctrl-C while three other threads keep the CPU (and the GIL) busy: the
# main thread still gets its turn and raises KeyboardInterrupt; the others
# are not interrupted and stop when told to.
import threading
from _ctrl_c import ctrl_c

stop = False


def spin():
    count = 0
    while not stop:
        count += 1


threads = [threading.Thread(target=spin) for _ in range(3)]
for thread in threads:
    thread.start()
timer = ctrl_c()
try:
    timer.start()
    while True:
        pass
except KeyboardInterrupt:
    print("main thread: KeyboardInterrupt")
stop = True
for thread in threads:
    thread.join()
timer.join()
print("the others stopped:", [thread.is_alive() for thread in threads])
