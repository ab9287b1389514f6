# The gil functions take no arguments, and say so as CPython's time.time()
# does.
import gil

calls = [lambda: gil.stats(1), lambda: gil.holder(x=1), lambda: gil.policy(1, 2),
         lambda: gil.reset_stats(None), lambda: gil.interval(0.1)]
for call in calls:
    try:
        call()
    except TypeError as error:
        print(type(error).__name__ + ":", error)
try:
    gil.hold
except AttributeError as error:
    print(error)
print(gil.__name__, sorted(name for name in dir(gil) if not name.startswith("_")))
