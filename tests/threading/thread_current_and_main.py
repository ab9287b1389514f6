# current_thread() and main_thread() in the main thread and in others.
import threading

main = threading.main_thread()
print(main.name, type(main).__name__)
print(threading.current_thread() is main)
out = []

def work():
    me = threading.current_thread()
    out.append((me.name, me is threading.main_thread(), threading.main_thread().name))

t = threading.Thread(target=work, name="worker")
t.start()
t.join()
print(out)
