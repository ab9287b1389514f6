def nums():
    yield from [5, 3, 9, 1]

print(sorted(nums()))
print(sorted(nums(), reverse=True))
print(min(nums()), max(nums()))
print(sum(nums(), 100))
print(any(x > 8 for x in nums()), all(x > 0 for x in nums()))
