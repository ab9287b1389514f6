# sys.exit() in the main thread waits for non-daemon threads too, and the
# exit status is the one given to sys.exit().
import sys
import threading
import time

main_said_it = threading.Event()

def worker():
    main_said_it.wait()
    time.sleep(0.05)
    print("worker finished")

threading.Thread(target=worker).start()
threading.Thread(target=time.sleep, args=(30,), daemon=True).start()
print("main exits")
main_said_it.set()
sys.exit(3)
