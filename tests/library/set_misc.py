print(set(), set("aab") == {"a", "b"}, set([3, 1, 2]), len({1, 1, 1}))
fs = frozenset([1, 2])
print(fs, fs | {3}, frozenset(), hash(fs) == hash(frozenset([2, 1])))
print({fs: "ok"}[frozenset([2, 1])])
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
s = {1, 2}
t = s.copy()
t.add(3)
print(s, t, {1, 2} == {2, 1}, 1 in s)
s.clear()
print(s)
