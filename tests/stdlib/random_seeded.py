# random: seeded sequences match CPython 3.11 exactly for every function.
import random
for seed in [0, 1, 42, -7, 2**32, 2**40 + 5, 12345678901234, 1.5, True]:
    random.seed(seed)
    print(seed, [random.random() for _ in range(3)], random.randint(1, 100), random.randrange(10), random.randrange(0, 1000, 7), random.randrange(50, 10, -3))
    print(random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(33), random.getrandbits(63))
    xs = list(range(20)); random.shuffle(xs); print(xs)
    print(random.choice('abcdef'), random.choice([1, 2, 3]), random.choice(range(100, 200)))
    print(random.sample(range(100), 5), random.sample([1, 2, 3, 4], 4), random.sample(range(1000), 30))
    print(random.choices('abc', k=5), random.choices([1, 2, 3], [10, 1, 1], k=6), random.choices('xyz', cum_weights=[1, 2, 10], k=4))
    print(random.uniform(1, 10), random.uniform(5, 5), random.triangular(), random.triangular(0, 10, 3))
    print(random.gauss(), random.gauss(10, 2), random.gauss(), random.normalvariate(), random.normalvariate(5, 0.5), random.expovariate(2), random.lognormvariate(0, 1))
    print(random.randbytes(7), random.randrange(2**62), random.randint(-10**15, 10**15))
r = random.Random(99)
print(r.random(), r.randint(1, 6), random.Random(99).random())
st = r.getstate(); a = [r.random() for _ in range(3)]; r.setstate(st); print(a == [r.random() for _ in range(3)], st[0], len(st[1]))
random.seed(5); print(random.choices(range(10), weights=[1]*10, k=3), random.choices(range(4), [0.5, 0.25, 0.125, 0.125]))
random.seed(8); print(random.sample(range(10**6), 10))
