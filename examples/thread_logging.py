# From the seed notes "Thread Usage" (realpython's intro to threading): a
# thread logs its start and end while the main thread goes on. With
# x.join() commented out, "Main    : all done" comes before the thread's
# "finishing" line, and the program still waits for the (non-daemon)
# thread before it exits. Uncomment x.join() to see the difference.
# (The seed's "import tmie" is fixed to "import time".)
import logging
import threading
import time

def thread_function(name):
    logging.info("Thread %s: starting", name)
    time.sleep(2)
    logging.info("Thread %s: finishing", name)

if __name__ == "__main__":
    format = "%(asctime)s: %(message)s"
    logging.basicConfig(format=format, level=logging.INFO,
                        datefmt="%H:%M:%S")
    logging.info("Main    : before creating thread")
    x = threading.Thread(target=thread_function, args=(1,))
    logging.info("Main    : before running thread")
    x.start()
    logging.info("Main    : wait for the thread to finish")
    # x.join()
    logging.info("Main    : all done")
