# Text files in latin-1 and ascii, besides the default UTF-8.
import os
path = "_tmp_open_latin1_ascii.txt"
with open(path, "w", encoding="latin-1") as f:
    print(f.encoding, f.write("café ÿ\n"))
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="latin_1") as f:
    print(repr(f.readline()), repr(f.read()))
with open(path, encoding="ISO-8859-1") as f:
    print(len(f.read()))
try:
    with open(path, encoding="ascii") as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    with open(path, "w", encoding="latin-1") as f:
        f.write("price: 5 €")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
with open(path, "w", encoding="ascii") as f:
    f.write("plain text\n")
with open(path, encoding="ascii") as f:
    print(f.encoding, repr(f.read()))
try:
    with open(path, "w", encoding="ascii") as f:
        f.write("naïve")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    open(path, encoding="klingon")
except LookupError as e:
    print(type(e).__name__, e)
with open(path, "w", encoding="utf-8") as f:
    f.write("é")
with open(path, encoding="latin-1") as f:
    print(repr(f.read()))
os.remove(path)
