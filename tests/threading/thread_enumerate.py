# enumerate() and active_count() list the live threads.
import threading

ready = threading.Barrier(4)
done = threading.Event()

def work():
    ready.wait()
    done.wait()

threads = [threading.Thread(target=work, name="w%d" % i) for i in range(3)]
print(threading.active_count(), [t.name for t in threading.enumerate()])
for t in threads:
    t.start()
ready.wait()
print(threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
done.set()
for t in threads:
    t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])
