print(str(len), repr(print), str(int), str(ValueError), repr(None.__class__))
import math
print(repr(math).startswith("<module 'math'"), type(math).__name__)
