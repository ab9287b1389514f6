def outer():
    def inner():
        raise NotImplementedError
    inner()
outer()
