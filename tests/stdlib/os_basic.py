# os and os.path: process info, environ, path strings, files and directories, OSError details.
import os, os.path
from os import path as p2
import os.path as p3
print(os.name, os.sep, repr(os.linesep), os.path is p2 is p3, os.path.__name__, os.getpid() > 0, os.getppid() > 0, os.cpu_count() > 0)
print(os.environ.get('HOME') == os.getenv('HOME'), os.getenv('NO_SUCH_VAR_X'), os.getenv('NO_SUCH_VAR_X', 'dflt'), 'PATH' in os.environ)
for path in ['', '/', 'a', 'a/', '/a/b', 'a/b/', '//a//b//', 'a.txt', '.bashrc', 'a/b.c.d', 'a.b/c', '..', '...x', '/x/.y.z', 'a/./b/../../c', '../../a', '//x/../y', '///a/b']:
    print(repr(path), os.path.split(path), os.path.basename(path), os.path.dirname(path), os.path.splitext(path), os.path.normpath(path), os.path.isabs(path))
print(os.path.join('a', 'b', 'c'), os.path.join('a/', 'b'), os.path.join('a', '/b', 'c'), os.path.join('', 'x'), os.path.join('a', ''), os.path.join('/'))
print(os.path.abspath('x/../y') == os.path.join(os.getcwd(), 'y'), os.path.abspath('/a/../b'))
d = 'tmp_os_basic_%d' % os.getpid()
os.mkdir(d)
with open(os.path.join(d, 'f.txt'), 'w') as f:
    f.write('hello')
print(sorted(os.listdir(d)), os.path.exists(d), os.path.isdir(d), os.path.isfile(d), os.path.isfile(d + '/f.txt'), os.path.getsize(d + '/f.txt'))
os.rename(d + '/f.txt', d + '/g.txt')
print(sorted(os.listdir(d)), d in os.listdir(), d in os.listdir('.'))
for bad in [lambda: os.mkdir(d), lambda: os.rmdir('nope_dir'), lambda: os.remove('nope.txt'), lambda: os.rename('nope1', 'nope2'),
            lambda: os.listdir('nope'), lambda: os.path.getsize('nope'), lambda: os.rmdir(d), lambda: os.kill(99999999, 0),
            lambda: os.remove(5), lambda: os.path.join('a', 5), lambda: os.path.basename(5)]:
    try:
        bad()
    except Exception as e:
        text = str(e).replace(d, 'D')
        print(type(e).__name__, text, getattr(e, 'errno', None), str(getattr(e, 'filename', None)).replace(d, 'D'), getattr(e, 'filename2', None))
os.unlink(d + '/g.txt')
os.rmdir(d)
print(os.path.exists(d), len(os.urandom(5)), type(os.urandom(0)), os.strerror(2), issubclass(FileNotFoundError, os.error))
