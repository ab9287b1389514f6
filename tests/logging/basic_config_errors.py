# basicConfig refuses unknown arguments and stream with filename.
import logging
import sys

for kwargs in ({"stream": sys.stdout, "filename": "x.log"}, {"colour": "red"},
               {"style": "?"}, {"handlers": [], "stream": sys.stdout}):
    try:
        logging.basicConfig(**kwargs)
    except ValueError as e:
        print("ValueError:", e)
    for h in list(logging.root.handlers):
        logging.root.removeHandler(h)
