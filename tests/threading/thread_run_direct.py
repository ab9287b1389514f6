# Calling run() directly runs the target in the calling thread.
import threading

names = []
t = threading.Thread(target=lambda: names.append(threading.current_thread().name))
t.run()
print(names)
