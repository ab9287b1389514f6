# --trace=user leaves the embedded standard library out: only this
# file's lines show (library.py runs the same with --trace).
import keyword

print(keyword.iskeyword("while"))
