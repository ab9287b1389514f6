# interrupt_main() raises KeyboardInterrupt in the main thread while it sleeps.
import _thread
import time


def interrupter():
    time.sleep(0.1)
    _thread.interrupt_main()


_thread.start_new_thread(interrupter, ())
try:
    time.sleep(1)
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt in sleep")
print("go on")
