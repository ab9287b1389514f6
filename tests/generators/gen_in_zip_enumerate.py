def letters():
    yield "a"
    yield "b"
    yield "c"

for i, ch in enumerate(letters(), 1):
    print(i, ch)
print(list(zip(letters(), range(10))))
print(dict(zip(letters(), letters())))
