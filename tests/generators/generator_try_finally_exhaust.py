def g():
    try:
        for i in range(2):
            yield i
    finally:
        print("finally ran")

for x in g():
    print(x)
print("after")
