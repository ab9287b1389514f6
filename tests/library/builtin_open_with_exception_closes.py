import os
path = f"_tmp_open_exc_{os.getpid()}.txt"
try:
    with open(path, "w") as f:
        f.write("partial")
        raise RuntimeError("boom")
except RuntimeError as e:
    print(type(e).__name__, e, f.closed)
with open(path) as g:
    print(g.read())
os.remove(path)
try:
    os.remove(path)
except FileNotFoundError as e:
    print(type(e).__name__, str(e).replace(path, "PATH"))
