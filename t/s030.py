with open(f) as fh, lock:
    pass
