d = {"b": 2, "a": 1}
print([k for k in d])
print([v for v in d.values()])
print([f"{k}={v}" for k, v in d.items()])
print(sorted(k for k in d))
