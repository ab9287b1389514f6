grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
alias = [[0] * 2] * 2
alias[0][0] = 1
print(alias)
items = list("hello")
items.insert(0, "<"); items.insert(100, ">"); items.insert(-1, "!")
print(items, items.index("l"), items.count("l"))
stack = []
for c in "abc":
    stack.append(c)
print(stack.pop(), stack.pop(), stack)
print([1, 2, 3] * 0, [] + [], list(reversed([])), [x for x in []])
nums = list(range(10))
del nums[::3]
print(nums, nums.clear(), nums)
