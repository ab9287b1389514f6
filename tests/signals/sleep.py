# Ctrl-C ends time.sleep() in the main thread with KeyboardInterrupt; a
# finally block on the way runs, and the program goes on afterwards.
import time
from _ctrl_c import ctrl_c

timer = ctrl_c()
try:
    try:
        timer.start()
        time.sleep(10)
        print("sleep was not interrupted")
    finally:
        print("finally runs")
except KeyboardInterrupt as error:
    print("KeyboardInterrupt in sleep:", repr(error))
timer.join()

# Nothing is left pending: a short sleep now just sleeps.
time.sleep(0.01)
print("slept again")

# The same inside a function called from a loop.
def nap(seconds):
    time.sleep(seconds)
    return "woke up"

timer = ctrl_c()
naps = 0
try:
    timer.start()
    while True:
        nap(0.5)
        naps += 1
except KeyboardInterrupt:
    print("KeyboardInterrupt in a nap")
timer.join()
print(nap(0.01))
