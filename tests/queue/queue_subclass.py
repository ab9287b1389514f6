# Queue subclasses override _init/_qsize/_put/_get, as in CPython.
import queue

class Doubler(queue.Queue):
    def _put(self, item):
        self.queue.append(item)
        self.queue.append(item)

q = Doubler()
q.put("x")
print(q.qsize(), q.get(), q.get(), q.empty())
