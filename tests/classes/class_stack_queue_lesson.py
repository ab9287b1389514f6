class Stack:
    def __init__(self):
        self._items = []
    def push(self, item):
        self._items.append(item)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return f"Stack({self._items!r})"
    def __bool__(self):
        return bool(self._items)
s = Stack()
for c in "abc":
    s.push(c)
print(s, len(s))
while s:
    print(s.pop(), end=" ")
print()
try:
    s.pop()
except IndexError as e:
    print(type(e).__name__, e)
