print("{{}} {{{}}}".format(7))
print("{{literal}}".format())
