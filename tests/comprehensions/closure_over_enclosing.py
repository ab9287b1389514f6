def make(n):
    return [n * k for k in range(3)]

print(make(5))

def outer():
    factor = 3
    return {k: k * factor for k in range(3)}

print(outer())
