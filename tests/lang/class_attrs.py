class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
a, b = Counter(), Counter()
print(Counter.instances, a.id, b.id, a.instances)
a.instances = 99
print(a.instances, Counter.instances, b.instances)
print(sorted(k for k in vars(a)))
class Empty:
    """A docstring."""
print(Empty.__doc__, Empty.__name__, Empty().__class__.__name__)
