# random: sample() with counts.
import random
random.seed(3)
print(random.sample(['red', 'blue'], counts=[4, 2], k=5), random.sample('abc', 2, counts=[1, 0, 3]))
for bad in [lambda: random.sample('ab', 1, counts=[1]), lambda: random.sample('ab', 1, counts=[0, 0]), lambda: random.sample('ab', 1, counts=[1.0, 2.0])]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
