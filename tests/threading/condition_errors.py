# wait and notify need the condition's lock.
import threading

for lock in (None, threading.Lock(), threading.RLock()):
    cond = threading.Condition(lock)
    for call in (cond.wait, cond.notify, cond.notify_all):
        try:
            call()
        except RuntimeError as e:
            print("RuntimeError:", e)
