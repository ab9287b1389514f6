# Empty and Full are plain Exception subclasses.
import queue

print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Empty.__name__, queue.Full.__name__)
print(queue.Full)
print(queue.Empty)
print(sorted(name for name in ("Queue", "LifoQueue", "PriorityQueue", "SimpleQueue") if hasattr(queue, name)))
