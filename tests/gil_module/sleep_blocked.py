# A sleep is time blocked, not time holding the GIL: it counts under
# blocked['sleep'], as a voluntary release and, after it, an acquisition;
# also while only one thread exists (Baton then keeps the GIL: nobody could
# take it, but the statistics count it as CPython's release would be).
import gil
import threading
import time

gil.reset_stats()
time.sleep(0.02)
main = gil.stats()["MainThread"]
print(main["blocked"]["sleep"] >= 0.015)
print(main["voluntary_releases"], main["acquisitions"])


def sleeper():
    time.sleep(0.05)


thread = threading.Thread(target=sleeper)
thread.start()
thread.join()
slept = gil.stats()["Thread-1 (sleeper)"]
print(slept["blocked"]["sleep"] >= 0.04)
print(slept["voluntary_releases"] >= 1)
print(slept["acquisitions"] >= 2)
