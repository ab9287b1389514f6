with a as b[0]: pass
