# 200 threads each grow a structure of their own (a dict of lists, a
# linked list, a string) across many rounds of garbage, handing the GIL to
# each other in the middle of it: when the collector runs, the frames and
# stacks of every thread, running, waiting for the GIL or blocked in a lock,
# keep their live objects alive. Each thread checks its structure at the end.
import threading

THREADS = 200
ROUNDS = 20

gate = threading.Lock()
results = []


class Node:
    def __init__(self, value, next_node):
        self.value = value
        self.next = next_node


def worker(n):
    table = {}
    chain = None
    text = ""
    for i in range(ROUNDS):
        # Garbage: cycles, nested containers, strings.
        for k in range(10):
            a = {"peer": None, "data": [k] * 20}
            b = {"peer": a, "text": str(k) * 10}
            a["peer"] = b
        # Live data, still needed at the end.
        table.setdefault(i % 5, []).append((n, i))
        chain = Node(i, chain)
        text += chr(ord("a") + i % 26)
        with gate:  # a blocking section: the collector may run meanwhile
            pass
    values = []
    while chain is not None:
        values.append(chain.value)
        chain = chain.next
    ok = (values == list(range(ROUNDS - 1, -1, -1))
          and sorted(x for row in table.values() for x in row) == [(n, i) for i in range(ROUNDS)]
          and text == "".join(chr(ord("a") + i % 26) for i in range(ROUNDS)))
    with gate:
        results.append(ok)


threads = [threading.Thread(target=worker, args=(n,)) for n in range(THREADS)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(len(results), "threads,", results.count(True), "with their data intact")
