# --trace shows the embedded standard library's lines too, under their
# file names (keyword.py); library_user.py runs the same with --trace=user.
import keyword

print(keyword.iskeyword("while"))
