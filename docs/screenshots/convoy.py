# The convoy effect: an I/O-bound thread (ten naps of 2 ms, as if it waited
# for the network) beside a CPU-bound one that spins for 80 ms. After each
# nap the napper needs the GIL back. Under --gil=cpython it waits a whole
# switch interval (5 ms) before it may ask the spinner to drop it, so each
# 2 ms nap costs about 7 ms; under --gil=legacy and --gil=priority it gets
# the GIL back at once.
import threading
import time


def spin():
    end = time.perf_counter() + 0.08
    while time.perf_counter() < end:
        pass


def nap():
    for _ in range(10):
        time.sleep(0.002)


spinner = threading.Thread(target=spin, name="spinner")
napper = threading.Thread(target=nap, name="napper (I/O)")
spinner.start()
napper.start()
napper.join()
spinner.join()
