words = ["Hello", "World", "py"]
print([w.lower() for w in words if w.istitle()])
print(sorted([w[::-1] for w in words]))
print(",".join(str(i) for i in range(4)))
