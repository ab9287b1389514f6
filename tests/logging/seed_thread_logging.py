# The seed example's pattern: a thread logging its start and end while the
# main thread logs around it. (An Event fixes the one free ordering, so the
# output is the same on every run.)
import logging
import sys
import threading
import time

go = threading.Event()

def thread_function(name):
    go.wait()
    logging.info("Thread %s: starting", name)
    time.sleep(0.01)
    logging.info("Thread %s: finishing", name)

if __name__ == "__main__":
    format = "%(message)s"
    logging.basicConfig(format=format, level=logging.INFO, stream=sys.stdout)
    logging.info("Main    : before creating thread")
    x = threading.Thread(target=thread_function, args=(1,))
    logging.info("Main    : before running thread")
    x.start()
    logging.info("Main    : wait for the thread to finish")
    go.set()
    x.join()
    logging.info("Main    : all done")
