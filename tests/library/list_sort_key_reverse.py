words = ["banana", "Apple", "cherry", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
words.sort(key=lambda w: w[-1])
print(words)
nums = [3, -1, 2, -5]
nums.sort(key=abs, reverse=True)
print(nums)
pairs = [(1, "b"), (0, "c"), (1, "a")]
pairs.sort()
print(pairs)
print(sorted(pairs, key=lambda p: p[1]))
