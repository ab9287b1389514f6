[leaky for leaky in range(3)]
try:
    print(leaky)
except NameError as e:
    print(type(e).__name__, e)
