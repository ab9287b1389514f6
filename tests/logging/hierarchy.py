# Loggers form a tree by dotted names; records go up to parent handlers.
import logging
import sys

root = logging.getLogger()
app = logging.getLogger("app")
db = logging.getLogger("app.db")
print(db.parent is app, app.parent is root, root.parent)
print(logging.getLogger("app") is app, logging.getLogger("root") is root)
print(app.getChild("db") is db, root.getChild("x").name)
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(name)s|%(levelname)s|%(message)s"))
app.addHandler(handler)
app.setLevel(logging.DEBUG)
db.debug("query %s", "SELECT 1")
db.propagate = False
db.info("not shown: no handler and no propagation")
deep = logging.getLogger("a.b.c")
mid = logging.getLogger("a.b")
print(deep.parent is mid, mid.parent is root)
