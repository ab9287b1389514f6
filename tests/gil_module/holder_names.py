# gil.holder() names the thread that holds the GIL: whoever calls it, under
# the name threading shows (its default "Thread-N (target)", a name given
# to Thread(), a name changed while the thread runs).
import gil
import threading

seen = []


def report():
    seen.append((threading.current_thread().name, gil.holder()))


def rename():
    threading.current_thread().name = "renamed"
    report()


print(gil.holder())
for thread in [threading.Thread(target=report),
               threading.Thread(target=report, name="worker"),
               threading.Thread(target=rename)]:
    thread.start()
    thread.join()
for threading_name, holder in seen:
    print(holder, threading_name == holder)
print(gil.holder())
