fmt = "%(levelname)-8s %(message)s"
print(fmt % {"levelname": "INFO", "message": "started"})
print("[%6.2f ms] %s" % (12.3456, "done"))
print("%-10s|%10s|" % ("left", "right"))
