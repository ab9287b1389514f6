"""Queues that threads share safely, written in Baton's Python.

Baton's version of CPython 3.11's queue module. A Queue is a list guarded by
one lock and three conditions on that lock: `not_empty` (get() waits on
it), `not_full` (put() waits on it when maxsize is reached) and
`all_tasks_done` (join() waits on it until every item got its task_done()).
LifoQueue and PriorityQueue only change where items go in and come out.
SimpleQueue is the small unbounded FIFO without task tracking."""

import threading
from heapq import heappush, heappop
from time import monotonic as time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue',
           'SimpleQueue']


class Empty(Exception):
    """Raised by get(block=False) and get_nowait() on an empty queue."""
    pass


class Full(Exception):
    """Raised by put(block=False) and put_nowait() on a full queue."""
    pass


# CPython defines these two in its C module _queue: show the same name.
Empty.__module__ = "_queue"


def _check_timeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    """A first-in, first-out queue; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()  # guards the items and the counters
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0  # items put but not yet task_done()

    def task_done(self):
        """Say that an item taken with get() has been fully processed."""
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished <= 0:
                if unfinished < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        """Block until every item put has been marked task_done()."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """The number of items now (others may change it at once)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Add an item, waiting (up to timeout seconds) for a free slot;
        Full when there is none."""
        with self.not_full:
            if self.maxsize > 0:
                self._wait_for(self.not_full, self._is_full, block,
                               timeout, Full)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting (up to timeout seconds) for
        one; Empty when there is none."""
        with self.not_empty:
            self._wait_for(self.not_empty, self._is_empty, block, timeout,
                           Empty)
            item = self._get()
            self.not_full.notify()
            return item

    def _is_full(self):
        return self._qsize() >= self.maxsize

    def _is_empty(self):
        return not self._qsize()

    def _wait_for(self, condition, blocked, block, timeout, error):
        # Wait on `condition` (its lock held) while blocked() is true,
        # raising `error` when not blocking or when the timeout ends.
        if not block:
            if blocked():
                raise error
        elif timeout is None:
            while blocked():
                condition.wait()
        else:
            _check_timeout(timeout)
            endtime = time() + timeout
            while blocked():
                remaining = endtime - time()
                if remaining <= 0.0:
                    raise error
                condition.wait(remaining)

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # The storage: subclasses override these four.
    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop(0)


class PriorityQueue(Queue):
    """Items come out smallest first (often (priority, data) tuples)."""

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """Last in, first out: a stack."""

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task_done()/join(); put() never
    blocks."""

    def __init__(self):
        self._queue = Queue()

    def put(self, item, block=True, timeout=None):
        self._queue.put(item)

    def put_nowait(self, item):
        self._queue.put(item)

    def get(self, block=True, timeout=None):
        return self._queue.get(block, timeout)

    def get_nowait(self):
        return self._queue.get(False)

    def empty(self):
        return self._queue.empty()

    def qsize(self):
        return self._queue.qsize()


SimpleQueue.__module__ = "_queue"
