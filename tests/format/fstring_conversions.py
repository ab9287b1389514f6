s = "hi\n"
print(f"{s!r} {s!s} {s!a}")
print(f"{'é'!a}")
print(f"{[1, 'a']!r:>15}|")
print(f"{42!r} {None!s}")
