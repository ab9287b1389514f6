# Leaving the with block waits for every submitted call.
from concurrent.futures import ThreadPoolExecutor
import time

out = []
with ThreadPoolExecutor(max_workers=3) as executor:
    for i in range(6):
        executor.submit(lambda i=i: (time.sleep(0.002), out.append(i)))
print(sorted(out))
