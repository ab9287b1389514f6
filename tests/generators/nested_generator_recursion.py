def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x

print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))
def tree_walk(n, depth=0):
    yield "  " * depth + str(n)
    if n > 1:
        yield from tree_walk(n // 2, depth + 1)
        yield from tree_walk(n - n // 2 - 1, depth + 1)
print("\n".join(tree_walk(5)))
