def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            return i
    return -1
print(find([5, 6, 7], 7), find([], 1), find("abc", "b"))
def first_negative(rows):
    for row in rows:
        for value in row:
            if value < 0:
                return value
    return None
print(first_negative([[1, 2], [3, -4, -5]]), first_negative([[1]]))
