# Exceptions: the handler's lines follow the raising line, in this frame or
# in a caller's; finally runs; the uncaught exception ends the trace.
def check(n):
    if n > 1:
        raise ValueError("too big")
    return n


def main():
    try:
        check(1)
        check(5)
    except ValueError as error:
        print("caught", error)
    finally:
        print("finally")
    check(7)


main()
