(5).foo
