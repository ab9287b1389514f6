# Ctrl-C while the main thread waits in Condition.wait(), wait(timeout)
# and wait_for(): KeyboardInterrupt, raised with the condition's lock held
# again, so the with statement releases it and notify still works after.
import threading
from _ctrl_c import ctrl_c

condition = threading.Condition()


def try_to_take(taken):
    taken.append(condition.acquire(timeout=0.01))


def interrupted(name, wait):
    timer = ctrl_c()
    with condition:
        try:
            timer.start()
            result = wait()
            print(name, "returned", result)
        except KeyboardInterrupt:
            print(name, "KeyboardInterrupt")
            # The lock is ours again: another thread cannot take it.
            taken = []
            other = threading.Thread(target=try_to_take, args=(taken,))
            other.start()
            other.join()
            print("  lock held again:", taken == [False])
    timer.join()


interrupted("wait()", lambda: condition.wait())
interrupted("wait(10)", lambda: condition.wait(10))
interrupted("wait_for()", lambda: condition.wait_for(lambda: False))
interrupted("wait_for(timeout=10)", lambda: condition.wait_for(lambda: False, timeout=10))

ready = []


def notifier():
    with condition:
        ready.append(True)
        condition.notify()


with condition:
    threading.Thread(target=notifier).start()
    print("then wait_for:", condition.wait_for(lambda: ready, timeout=10))
