import os
path = f"_tmp_open_seek_{os.getpid()}.txt"
with open(path, "w") as f:
    f.write("0123456789")
with open(path) as f:
    print(f.read(3), f.tell(), f.read(0), f.read(100), f.read())
    f.seek(5)
    print(f.read(2))
    f.seek(0)
    print(f.readline(4), f.readline())
os.remove(path)
