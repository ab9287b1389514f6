# The classic race: three threads add 1 to a global 20,000 times each.
# `counter += 1` is a read, an add and a write; run with a check point at
# every instruction, a handoff between the read and the write loses the
# other threads' additions. Which handoffs happen is the seed's choice.
import threading

counter = 0


def work():
    global counter
    for _ in range(20000):
        counter += 1


threads = [threading.Thread(target=work) for _ in range(3)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(counter)
