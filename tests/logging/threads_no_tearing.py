# Many threads log through one handler: every line arrives whole.
import logging
import threading

class Collect(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines = []

    def emit(self, record):
        text = self.format(record)
        for ch in text:
            self.lines.append(ch)
        self.lines.append("\n")

h = Collect()
h.setFormatter(logging.Formatter("%(threadName)s:%(message)s"))
log = logging.getLogger("tear")
log.setLevel(logging.INFO)
log.addHandler(h)

def work(i):
    for j in range(5):
        log.info("line-%d-%d", i, j)

threads = [threading.Thread(target=work, args=(i,), name="T%d" % i) for i in range(50)]
for t in threads:
    t.start()
for t in threads:
    t.join()
lines = "".join(h.lines).splitlines()
print(len(lines))
print(all(line == "T%s:line-%s-%s" % (line[1:line.index(":")], line[1:line.index(":")], line.split("-")[2]) for line in lines))
print(sorted(lines)[:3])
