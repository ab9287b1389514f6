import os
path = f"_tmp_iter_sentinel_{os.getpid()}.txt"
with open(path, "w") as f:
    f.write("a\nb\n\nc\n")
with open(path) as f:
    for line in iter(f.readline, "\n"):
        print(repr(line))
with open(path) as f:
    print(next(f), list(f))
os.remove(path)
