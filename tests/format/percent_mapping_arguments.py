# How str % treats a mapping: %(key) uses it, a bare % takes it whole once.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("keys", lambda: "%(a)s %(b)s %(a)r" % {"a": "x", "b": 2})
show("whole", lambda: "%s" % {"a": 1})
show("whole then key", lambda: "%s %(a)s" % {"a": 1})
show("key then positional", lambda: "%(a)s %s" % {"a": 1})
show("two positional", lambda: "%s %s" % {"a": 1})
show("star after key", lambda: "%(a)*d" % {"a": 5})
show("unused mapping", lambda: "x" % {"a": 1})
show("unused list", lambda: "x" % [1])
show("unused str", lambda: "x" % "a")
show("key needs mapping", lambda: "%(a)s" % ({"a": 1},))
show("key on str", lambda: "%(a)s" % "abc")
show("percent after key", lambda: "%(a)%" % {"a": 1})
show("percent with width", lambda: "%5%" % ())
show("literal percent", lambda: "100%% %s" % "sure")
show("code consumes first", lambda: "%z" % ())
show("bad code index", lambda: "é%é" % 1)
show("control code", lambda: "ab%\x01" % 1)
