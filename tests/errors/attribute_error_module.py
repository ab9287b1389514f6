import sys
sys.nothing_here
