# current_thread() in a thread started by _thread gives a "Dummy" thread.
import _thread
import threading

done = threading.Event()
seen = []

def raw():
    me = threading.current_thread()
    seen.append((me.name.startswith("Dummy-"), me.daemon, me.is_alive()))
    seen.append(me in threading.enumerate())
    done.set()

_thread.start_new_thread(raw, ())
done.wait()
print(seen)
