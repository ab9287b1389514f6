# Invalid formats and styles are ValueErrors.
import logging

for args, kwargs in [(("no fields",), {}), (("%(message)s",), {"style": "#"}),
                     (("{message",), {"style": "{"}), (("plain",), {"style": "$"})]:
    try:
        logging.Formatter(*args, **kwargs)
        print("accepted", args, kwargs)
    except ValueError as e:
        print("ValueError:", e)
print(logging.Formatter("anything", validate=False)._fmt)
