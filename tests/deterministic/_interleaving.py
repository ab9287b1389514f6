# Three threads take turns at the GIL: each notes its turns in a shared
# list, and the main thread prints who ran, in runs ("A×3" is three notes
# in a row by A). A short switch interval makes the handoffs many.
import sys
import threading

sys.setswitchinterval(0.00002)
notes = []


def work(name):
    for step in range(200):
        total = 0
        for i in range(20):
            total += i
        notes.append(name)


threads = [threading.Thread(target=work, args=(name,), name=name) for name in "ABC"]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
runs = []
for name in notes:
    if runs and runs[-1][0] == name:
        runs[-1][1] += 1
    else:
        runs.append([name, 1])
print(" ".join(name + "x" + str(count) for name, count in runs))
