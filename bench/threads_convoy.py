# The convoy effect (Beazley, bpo-7946): an I/O-bound thread next to a
# CPU-bound one. Each time the I/O thread blocks it gives the GIL away; when
# its wait ends it needs the GIL back, and the CPU thread has it. Under
# CPython's GIL it waits a whole switch interval (5 ms) before it may even
# ask. Two I/O-like threads, each for DURATION seconds, first alone (the
# baseline) then beside a thread counting in a loop:
#
#   sleep: a loop of time.sleep(0.001). Its latency is the overshoot of
#          each sleep: how long after the 1 ms were up it actually ran again.
#   queue: every 1 ms (a sleep) a requester puts a request, stamped with
#          the time, in a queue.Queue; a server thread blocked in get()
#          serves it. Its latency is the time from put() until get()
#          returned in the server: one thread woken by another Python thread
#          rather than by the clock. (A ping-pong echo without the sleep is
#          no good here: the two I/O threads can pass the GIL to each other
#          for a whole run, or not, so runs come out 50 or 5000 round trips.)
#
# For each it prints the number of iterations achieved in DURATION and the
# mean and max latency in microseconds; and how many loops the CPU thread
# counted, alone and beside each I/O thread (its share of the GIL).
#
#   threads_convoy.py [DURATION [SWITCH_INTERVAL]]
#
# (bench/threads.py runs it under every Baton --gil policy and reads the
# "label = value unit" lines.)
import queue
import sys
import threading
import time

DURATION = 0.4
SLEEP = 0.001
if len(sys.argv) > 1:
    DURATION = float(sys.argv[1])
if len(sys.argv) > 2:
    sys.setswitchinterval(float(sys.argv[2]))


def spin(stop, counted):
    """CPU-bound: count until told to stop."""
    loops = 0
    while not stop:
        loops += 1
    counted.append(loops)


def sleeper(latencies):
    """I/O-like: sleep 1 ms again and again; record how late each wake-up is."""
    deadline = time.perf_counter() + DURATION
    now = time.perf_counter()
    while now < deadline:
        time.sleep(SLEEP)
        after = time.perf_counter()
        latencies.append(after - now - SLEEP)
        now = after


def server(requests, latencies):
    """Serve requests: record how long each waited in the queue."""
    while True:
        sent = requests.get()
        if sent is None:
            return
        latencies.append(time.perf_counter() - sent)


def requester(latencies):
    """I/O-like: every 1 ms (a sleep), put a request in a queue.Queue for a
    server thread blocked in get()."""
    requests = queue.Queue()
    serving = threading.Thread(target=server, args=(requests, latencies))
    serving.start()
    deadline = time.perf_counter() + DURATION
    while time.perf_counter() < deadline:
        time.sleep(SLEEP)
        requests.put(time.perf_counter())
    requests.put(None)
    serving.join()


def run(io_target, with_cpu):
    """Run one I/O thread (alone or beside a CPU thread); return its
    latencies and the CPU thread's loop count (0 without one)."""
    latencies = []
    stop = []
    counted = []
    cpu = None
    if with_cpu:
        cpu = threading.Thread(target=spin, args=(stop, counted))
        cpu.start()
    io = threading.Thread(target=io_target, args=(latencies,))
    io.start()
    io.join()
    stop.append(True)
    if cpu is not None:
        cpu.join()
    return latencies, sum(counted)


def cpu_alone():
    stop = []
    counted = []
    cpu = threading.Thread(target=spin, args=(stop, counted))
    cpu.start()
    time.sleep(DURATION)
    stop.append(True)
    cpu.join()
    return counted[0]


def report(label, latencies, what):
    print("%s: %s = %d count" % (label, what, len(latencies)))
    print("%s: latency mean = %.1f us" % (label, sum(latencies) / len(latencies) * 1e6))
    print("%s: latency max = %.1f us" % (label, max(latencies) * 1e6))


print("convoy: %.2f s per phase, sleep(%.3f), switch interval %.4f s" % (DURATION, SLEEP, sys.getswitchinterval()))
print("cpu alone: loops = %d count" % cpu_alone())
for name, target, what in (("sleep", sleeper, "sleeps"), ("queue", requester, "requests")):
    alone, _ = run(target, False)
    beside, loops = run(target, True)
    report(name + " alone", alone, what)
    report(name + " + cpu", beside, what)
    print("%s + cpu: cpu loops = %d count" % (name, loops))
