"""Heap queue algorithm: a binary min-heap kept in a plain list.

Baton's version of CPython 3.11's heapq, written in Baton's Python. The
heap invariant is heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2], so
heap[0] is the smallest item. The sifting steps are the ones CPython uses
(heappop moves the hole to a leaf, then sifts the last item up), so a heap
built here has the same layout, item for item, as on CPython.

queue.PriorityQueue and asyncio's timer heap are built on it."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap):
    if not isinstance(heap, list):
        raise TypeError("heap argument must be a list")


def _sift_toward_root(heap, root, pos):
    # Move heap[pos] up while it is smaller than its parent, stopping at root.
    item = heap[pos]
    while pos > root:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_toward_leaves(heap, pos):
    # Move the hole at pos down to a leaf along the smaller children, then
    # put the item back and let it rise to its place: fewer comparisons
    # than stopping early, and CPython's order.
    end = len(heap)
    root = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, root, pos)


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    _check_list(heap)
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check_list(heap)
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sift_toward_leaves(heap, 0)
    return smallest


def heapreplace(heap, item):
    """Pop and return the smallest item, then push item (in one step)."""
    _check_list(heap)
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_toward_leaves(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item, then pop and return the smallest item (in one step)."""
    _check_list(heap)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_toward_leaves(heap, 0)
    return item


def heapify(x):
    """Turn list x into a heap, in place, in linear time."""
    _check_list(x)
    for i in reversed(range(len(x) // 2)):
        _sift_toward_leaves(x, i)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted stream of values (a generator)."""
    heads = []
    for order, iterable in enumerate(iterables):
        iterator = iter(iterable)
        for value in iterator:
            heads.append(_MergeHead(value, key, reverse, order, iterator))
            break
    heapify(heads)
    while heads:
        head = heads[0]
        yield head.value
        for value in head.iterator:
            head.advance(value, key)
            heapreplace(heads, head)
            break
        else:
            heappop(heads)


class _MergeHead:
    # The next value of one input of merge(), ordered by key (reversed if
    # asked), ties broken by input order so the merge is stable.

    def __init__(self, value, key, reverse, order, iterator):
        self.reverse = reverse
        self.order = order
        self.iterator = iterator
        self.advance(value, key)

    def advance(self, value, key):
        self.value = value
        self.rank = value if key is None else key(value)

    def __lt__(self, other):
        if self.rank == other.rank:
            return self.order < other.order
        if self.reverse:
            return other.rank < self.rank
        return self.rank < other.rank


def nsmallest(n, iterable, key=None):
    """The n smallest items: sorted(iterable, key=key)[:n]."""
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items: sorted(iterable, key=key, reverse=True)[:n]."""
    return sorted(iterable, key=key, reverse=True)[:n]
