# A tight loop: local variables, integer arithmetic, comparisons, jumps.
def loop(n):
    total = 0
    i = 0
    while i < n:
        total = (total + i * 3) % 1000003
        i += 1
    return total


print(loop(10_000_000))
