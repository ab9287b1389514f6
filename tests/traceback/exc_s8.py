class A:
    pass
    def f(self):
	return 1
