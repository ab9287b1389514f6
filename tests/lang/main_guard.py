def main():
    print("running main", __name__)
if __name__ == "__main__":
    main()
print(type(__builtins__).__name__ if False else "ok")
