# The classic mistake: calling a coroutine function without awaiting it.
# CPython warns when the coroutine is freed, naming the line that dropped it.
async def fetch(n):
    print("never printed", n)


class Client:
    async def get(self):
        return "never"


def handler():
    fetch(1)
    print("handler went on")


handler()
for i in range(3):
    fetch(i)  # warned once: the warnings filter shows a line once
Client().get()
print("end")
