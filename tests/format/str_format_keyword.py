print("{name} is {age}".format(name="Ann", age=30))
print("{a}-{0}".format(1, a=2))
d = {"x": 1, "y": 2}
print("{x},{y}".format(**d))
