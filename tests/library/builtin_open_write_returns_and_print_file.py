import os
path = f"_tmp_print_file_{os.getpid()}.txt"
with open(path, "w") as f:
    print("hello", 42, file=f)
    print("a", "b", sep=",", end="!\n", file=f)
    print(f.write("x" * 3))
with open(path) as f:
    print(f.read(), end="")
os.remove(path)
