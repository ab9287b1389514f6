import sys
if sys.version_info >= (3, 11):
    print("3.11+")
print(sys.version_info[0], sys.version_info[:2] == (3, 11), sys.maxsize == 9223372036854775807)
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("conditional_imports.py"))
