class C:
    a = 1
    def __getattr__(self, name):
        return f"fallback:{name}"
c = C()
c.b = 2
print(c.a, c.b, c.zzz, getattr(c, "q"), hasattr(c, "anything"))
