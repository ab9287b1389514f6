# A thread whose name looks like HTML: the page must show it as text (the
# JSON escapes '<', '>' and '&', so it cannot close the script element that
# holds it) and still render.
import threading
import time

odd = threading.Thread(target=time.sleep, args=(0.02,), name="</script><b>x & y")
odd.start()
odd.join()
