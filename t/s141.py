if x:
\tpass
\tif y:
\t\tpass
