# A module that does not exist anywhere.
import _no_such_module_here
