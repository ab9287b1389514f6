# A thread renamed by another thread (Thread.name = ...) shows under its new
# name in gil.stats(), as one that renames itself does.
import gil
import threading

go = threading.Event()


def work():
    go.wait()


worker = threading.Thread(target=work, name="before")
worker.start()
worker.name = "after"
print("after" in gil.stats(), "before" in gil.stats())
go.set()
worker.join()
worker.name = "renamed once ended"
print(sorted(name for name in gil.stats() if name != "MainThread"))
