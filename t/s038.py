from ...x.y import (a, b,)
