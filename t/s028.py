try:
    pass
except E as e:
    raise X from Y
except (A, B):
    raise
except:
    pass
else:
    pass
finally:
    pass
