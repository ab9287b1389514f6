class Const:
    def __get__(self, obj, owner):
        return 42

class C:
    answer = Const()

c = C()
print(c.answer, C.answer)
c.__dict__["answer"] = "instance wins"
print(c.answer)
