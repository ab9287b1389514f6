import os
path = f"_tmp_open_unicode_{os.getpid()}.txt"
with open(path, "w", encoding="utf-8") as f:
    f.write("héllo\n日本語\n")
with open(path, encoding="utf-8") as f:
    print(f.read())
with open(path, "rb") as f:
    print(len(f.read()))
with open(path) as f:
    print(f.read(3), f.read(2))
os.remove(path)
