def noisy():
    for i in range(5):
        print("yield", i)
        yield i

print(any(x == 1 for x in noisy()))
print(all(x < 1 for x in noisy()))
print(next((x for x in noisy() if x > 2), None))
