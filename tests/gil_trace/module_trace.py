# gil.trace_start(path) / gil.trace_stop(): record a stretch of the program
# into the file named by the first argument (.json or .html); errors as
# CPython styles them.
import gil
import sys
import threading
import time

try:
    gil.trace_start(3)
except TypeError as error:
    print("TypeError:", error)
try:
    gil.trace_start("trace.txt")
except ValueError as error:
    print("ValueError:", error)
try:
    gil.trace_stop()
except RuntimeError as error:
    print("RuntimeError:", error)

gil.trace_start(sys.argv[1])
try:
    gil.trace_start(sys.argv[1])
except RuntimeError as error:
    print("RuntimeError:", error)
napper = threading.Thread(target=time.sleep, args=(0.02,), name="napper")
napper.start()
napper.join()
gil.trace_stop()
try:
    gil.trace_stop()
except RuntimeError as error:
    print("RuntimeError:", error)
print("written")
