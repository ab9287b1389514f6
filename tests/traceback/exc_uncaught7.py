eg = ExceptionGroup("inner", [KeyError('k'), ExceptionGroup("deep", [OSError(2, 'x')])])
raise BaseExceptionGroup("top", [eg, ValueError()])
