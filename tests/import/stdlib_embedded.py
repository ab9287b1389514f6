# Modules of the standard library written in Python and embedded in Baton.
import keyword
import io
import heapq

print(keyword.kwlist)
print(keyword.softkwlist, keyword.__all__)
print(keyword.iskeyword("if"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), keyword.iskeyword("x"))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.open is open, issubclass(io.UnsupportedOperation, OSError))
print(keyword.__name__, keyword.__package__, keyword.__spec__.name, keyword.__file__.endswith("keyword.py"))

heap = []
for item in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(heap, item)
print(heap)
print([heapq.heappop(heap) for _ in range(3)], heap)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
print(heapq.nsmallest(3, [5, 1, 4, 2]), heapq.nlargest(2, ["bb", "a", "ccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))
print(list(heapq.merge([7, 4, 1], [8, 2], reverse=True)))
print(list(heapq.merge(["a", "ccc"], ["bb"], key=len)))
try:
    heapq.heappop([])
except IndexError as error:
    print("IndexError:", error)
