# A SyntaxError in an imported module names that module's file.
print("before")
import _bad_syntax
