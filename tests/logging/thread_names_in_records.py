# %(threadName)s names the thread that logged.
import logging
import sys
import threading

logging.basicConfig(format="%(threadName)s: %(message)s", level=logging.INFO, stream=sys.stdout)

def work(n):
    logging.info("working on %d", n)

for i in range(3):
    t = threading.Thread(target=work, args=(i,), name="worker-%d" % i)
    t.start()
    t.join()
logging.info("main done")
