total = 0
def add(n):
    global total
    total += n
add(5); add(7)
print(total)
def read():
    return total * 2
print(read())
def shadow():
    total = 1
    return total
print(shadow(), total)
