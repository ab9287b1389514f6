print("before")
raise ValueError("something bad")
