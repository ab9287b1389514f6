x = """a
b
c"""
