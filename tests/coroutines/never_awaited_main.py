# Calling main() instead of running it: the program does nothing and warns.
async def main():
    print("hello")


main()
print("done")
