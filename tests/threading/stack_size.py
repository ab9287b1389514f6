# stack_size() reports 0 (the platform default) unless changed.
import threading

print(threading.stack_size())
