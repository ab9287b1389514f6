class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(3)), sum(Countdown(4)), [x for x in Countdown(2)])
a, b = Countdown(2)
print(a, b, 3 in Countdown(5), max(Countdown(3)))
