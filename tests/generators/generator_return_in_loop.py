def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            yield x
            return
    yield None

print(list(first_even([1, 3, 4, 6])))
print(list(first_even([1, 3])))
