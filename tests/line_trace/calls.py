# Function calls: a " --- modulename" line when each starts, then its lines;
# back in the caller, the rest of the calling line is not printed again.
def add(a, b):
    total = a + b
    return total


def twice(x):
    return add(x, x)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def main():
    p = Point(1, 2)
    s = add(p.x, p.y) + twice(p.y)
    print("sum", s)


main()
