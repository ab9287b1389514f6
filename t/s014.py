not a == b and c or d
