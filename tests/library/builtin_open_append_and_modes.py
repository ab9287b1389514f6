import os
path = f"_tmp_open_append_{os.getpid()}.txt"
with open(path, "w") as f:
    f.write("a\n")
with open(path, "a") as f:
    f.write("b\n")
with open(path) as f:
    print(f.read().splitlines())
f = open(path)
print(f.closed, f.name == path, f.mode)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
os.remove(path)
