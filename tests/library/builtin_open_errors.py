try:
    open("_no_such_file_here.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e)
    print(e.errno, e.filename)
try:
    open("_x.txt", "q")
except ValueError as e:
    print(type(e).__name__, e)
import os
path = f"_tmp_open_errors_{os.getpid()}.txt"
with open(path, "w") as f:
    try:
        f.read()
    except Exception as e:
        print(type(e).__name__, e)
with open(path, "w") as f:
    try:
        f.write(b"bytes")
    except TypeError as e:
        print(type(e).__name__, e)
with open(path, "wb") as f:
    try:
        f.write("text")
    except TypeError as e:
        print(type(e).__name__, e)
os.remove(path)
