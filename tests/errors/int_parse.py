int("twelve")
