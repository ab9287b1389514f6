i = 5
[i for i in range(2)]
print(i)
del i
try:
    print(i)
except NameError as e:
    print(e)
