# Loops: the header line is printed each time round, and so is a loop
# whose body is on the header's own line (a jump back to the same line).
def count():
    n = 0
    for i in range(2):
        n += i
    while n < 3: n += 1
    squares = [k * k for k in range(3)]
    return n, squares


print(count())
