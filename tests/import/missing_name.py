# A name the module does not define.
from _helper import no_such_name
