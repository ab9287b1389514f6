# A CPU-bound thread and one that sleeps in short naps: the sleeper is
# blocked on "sleep", then waits for the GIL behind the spinner.
import threading
import time


def spin():
    end = time.perf_counter() + 0.15
    while time.perf_counter() < end:
        pass


def nap():
    for _ in range(5):
        time.sleep(0.01)


spinner = threading.Thread(target=spin, name="spinner")
sleeper = threading.Thread(target=nap, name="sleeper")
spinner.start()
sleeper.start()
spinner.join()
sleeper.join()
print("done")
