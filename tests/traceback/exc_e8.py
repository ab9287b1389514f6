import sys
sys.exit("goodbye")
