a = [5, 3, 5, 1]
print(a.pop(), a, a.pop(0), a)
a = [5, 3, 5, 1]
a.remove(5)
print(a, a.index(5), a.count(5), a.index(1, 1))
for bad in [lambda: a.remove(99), lambda: a.index(99), lambda: [].pop(), lambda: a.pop(10)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
