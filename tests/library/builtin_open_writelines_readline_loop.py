import os
path = f"_tmp_open_lines_{os.getpid()}.txt"
with open(path, "w") as f:
    f.writelines(["x\n", "y\n", "z"])
with open(path) as f:
    count = 0
    while True:
        line = f.readline()
        if not line:
            break
        count += 1
        print(count, line.rstrip("\n"))
with open(path) as f:
    print([l.strip() for l in f if l.strip() != "y"])
print(os.path.getsize(path))
os.remove(path)
