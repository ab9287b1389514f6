a = []
for i in range(100000):
    a = [a]
try:
    print(a)
except RecursionError as e:
    print("RecursionError:", e)
