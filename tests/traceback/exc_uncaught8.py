raise SystemError
