# An uncaught wrong call ends the program with a traceback, exit status 1.
import gil

print(len(gil.stats()))
gil.stats(1)
