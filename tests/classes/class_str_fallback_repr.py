class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr!"

print(str(OnlyRepr()), f"{OnlyRepr()}", "%s" % OnlyRepr(), "{}".format(OnlyRepr()))
