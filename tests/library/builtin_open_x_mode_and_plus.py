import os
path = f"_tmp_open_x_{os.getpid()}.txt"
with open(path, "x") as f:
    f.write("first")
try:
    open(path, "x")
except FileExistsError as e:
    print(type(e).__name__, str(e).replace(path, "PATH"))
with open(path, "r+") as f:
    print(f.read())
    f.write("+more")
with open(path) as f:
    print(f.read())
os.remove(path)
