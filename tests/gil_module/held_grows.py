# The running thread's held time includes the stretch it is running now,
# and grows while it computes. Alone, it never waits for the GIL.
import gil


def count(n):
    total = 0
    for i in range(n):
        total += i
    return total


before = gil.stats()["MainThread"]
count(2000)
after = gil.stats()["MainThread"]
print(before["held"] > 0.0)
print(after["held"] > before["held"])
print(after["waited"], after["max_wait"], after["forced_drops"])
