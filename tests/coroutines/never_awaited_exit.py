# A coroutine still referenced at exit is freed at shutdown: "sys:1".
async def main():
    print("hello")


task = main()
other = main()
print("created", type(task).__name__)
