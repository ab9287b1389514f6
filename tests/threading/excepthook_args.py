# ExceptHookArgs has exc_type, exc_value, exc_traceback and thread.
import threading

holder = []
threading.excepthook = holder.append

class Boom(Exception):
    pass

def fail():
    raise Boom("x")

t = threading.Thread(target=fail)
t.start()
t.join()
args = holder[0]
print(args.exc_type is Boom, isinstance(args.exc_value, Boom))
print(args.exc_value.args, args.thread is t)
print(args.exc_traceback is args.exc_value.__traceback__)
exc_type, exc_value, exc_traceback, thread = args
print(exc_type is args[0], thread is args[3], len(args))
