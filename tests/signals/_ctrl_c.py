# Helper of the signals tests: press Ctrl-C from another thread.
#
# ctrl_c(delay) makes a Timer that sends SIGINT to this process `delay`
# seconds after it is started. Start it as the first statement of the try
# block that expects the KeyboardInterrupt: however late the signal comes
# on a loaded machine, it lands inside that block, and the output is the
# same. Join it afterwards.
import os
import signal
import threading


def ctrl_c(delay=0.1):
    return threading.Timer(delay, os.kill, (os.getpid(), signal.SIGINT))
