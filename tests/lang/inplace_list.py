a = [1]
b = a
a += [2, 3]
print(a, b, a is b)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
s = "x"
s *= 3
print(s)
d = {"k": [1]}
d["k"] += [2]
d["n"] = d.get("n", 0) + 1
print(d)
class O:
    pass
o = O()
o.count = 1
o.count += 41
print(o.count)
