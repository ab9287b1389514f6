# basicConfig(filename=...) writes the records to a file.
import logging
import os

path = "_logging_file_handler.log"
if os.path.exists(path):
    os.remove(path)
logging.basicConfig(filename=path, filemode="w", format="%(levelname)s %(message)s", level=logging.INFO)
logging.info("to the file")
logging.error("also %d", 2)
handler = logging.root.handlers[0]
print(type(handler).__name__, handler.baseFilename == os.path.abspath(path))
logging.shutdown()
with open(path) as f:
    print(f.read(), end="")
os.remove(path)
