# Run as a script by tests/cli (shadow_stdlib): its folder comes first on
# sys.path, so the heapq beside it shadows the stdlib's; time is built in.
import heapq
import time
print(heapq.SHADOW, hasattr(time, "SHADOW"))
