# An exception from an overridden run() goes to excepthook too.
import threading

names = []
threading.excepthook = lambda args: names.append((args.thread.name, args.exc_type.__name__))

class Bad(threading.Thread):
    def run(self):
        return 1 / 0

for i in range(3):
    t = Bad(name="bad%d" % i)
    t.start()
    t.join()
print(names)
