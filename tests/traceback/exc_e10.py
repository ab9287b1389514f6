excs = [ValueError(i) for i in range(3)]
eg = ExceptionGroup('many', excs)
eg.add_note('group note')
raise eg
