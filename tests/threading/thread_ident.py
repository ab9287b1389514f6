# ident and native_id: None before start, ints after; get_ident matches.
import threading

seen = {}

def work():
    seen["ident"] = threading.get_ident()
    seen["native"] = threading.get_native_id()
    seen["current"] = threading.current_thread()

t = threading.Thread(target=work)
print(t.ident, t.native_id)
t.start()
t.join()
print(type(t.ident).__name__, type(t.native_id).__name__)
print(seen["ident"] == t.ident, seen["native"] == t.native_id)
print(seen["current"] is t)
print(t.ident != threading.get_ident())
print(threading.main_thread().ident == threading.get_ident())
