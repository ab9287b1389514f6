x = 0xffffffffffffffffffffffff
