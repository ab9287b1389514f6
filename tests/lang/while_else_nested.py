found = None
for i in range(2, 30):
    j = 2
    while j * j <= i:
        if i % j == 0:
            break
        j += 1
    else:
        found = i
print(found)
primes = [n for n in range(2, 50) if all(n % d for d in range(2, n))]
print(primes)
