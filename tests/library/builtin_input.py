name = input()
print("hello", name)
age = input("age? ")
print(int(age) + 1)
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
