print(sum([x for x in range(10000)]))
print(len({x % 97 for x in range(10000)}))
print(len({x: x for x in range(5000)}))
