# Under --switch-check=every, `counter += 1` from two threads loses updates
# (every instruction is a check point); with a lock it never does.
import _thread
import sys

N = 5000
counter = 0
locked_counter = 0
lock = _thread.allocate_lock()
done = _thread.allocate_lock()
finished = [0]
done.acquire()


def racer():
    global counter, locked_counter
    for i in range(N):
        counter += 1
        with lock:
            locked_counter += 1
    with lock:
        finished[0] += 1
        if finished[0] == 2:
            done.release()


sys.setswitchinterval(0.0001)
_thread.start_new_thread(racer, ())
_thread.start_new_thread(racer, ())
done.acquire()
print(locked_counter == 2 * N)
print(counter <= 2 * N)
