# Helper of the signals tests: press Ctrl-C from another thread.
#
# ctrl_c(delay) starts a thread at once that waits to be told to press;
# start() tells it, and `delay` seconds later it sends SIGINT to this
# process. Call start() as the first statement of the try block that
# expects the KeyboardInterrupt: however late the signal comes on a loaded
# machine, it lands inside that block, and the output is the same. The
# signal cannot land inside start() itself while it waits for a lock (a
# KeyboardInterrupt in the middle of a `with` over a lock would leave the
# lock's state in doubt): start() only sets an Event nobody else holds.
# join() waits for the presser afterwards.
import os
import signal
import threading
import time


class ctrl_c:
    def __init__(self, delay=0.1):
        self.delay = delay
        self.go = threading.Event()
        self.presser = threading.Thread(target=self.press)
        self.presser.start()

    def press(self):
        self.go.wait()
        time.sleep(self.delay)
        os.kill(os.getpid(), signal.SIGINT)

    def start(self):
        self.go.set()

    def join(self):
        self.presser.join()
