# wait(timeout) returns False when nobody notified; wait_for returns the
# predicate's last value.
import threading

cond = threading.Condition()
with cond:
    print(cond.wait(0.02))
    print(cond.wait(0))
    print(cond.wait_for(lambda: False, timeout=0.02))
    print(cond.wait_for(lambda: 42))
