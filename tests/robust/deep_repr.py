a = []
for i in range(3000):
    a = [a]
try:
    print(a)
except RecursionError as e:
    print("RecursionError:", e)
