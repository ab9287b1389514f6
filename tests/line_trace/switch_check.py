# --trace with --switch-check=every: one check before each instruction does
# both, and the trace is the same as with --trace alone (loops.py).
def count():
    n = 0
    for i in range(2):
        n += i
    while n < 3: n += 1
    squares = [k * k for k in range(3)]
    return n, squares


print(count())
