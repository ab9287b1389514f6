print({i: c for i, c in enumerate("xyz")})
print({c: i for i, c in enumerate("xyz", start=1)})
