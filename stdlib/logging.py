"""Logging: leveled messages routed through loggers to handlers.

Baton's version of CPython 3.11's logging module, written in Baton's
Python. The pieces and how a call flows through them:

  logging.info("x=%d", 3)      module-level helpers use the root logger,
                               calling basicConfig() first if it has no
                               handler yet
  Logger.info(msg, *args)      drops the call if INFO is below the logger's
                               effective level, else builds a LogRecord
  Logger.callHandlers(record)  gives the record to every handler of the
                               logger and of its parents ("a.b" -> "a" ->
                               root) until one has propagate False; with no
                               handler anywhere, lastResort prints the bare
                               message of warnings and errors on stderr
  Handler.handle(record)       filters, then emits under the handler's own
                               lock, so lines from two threads never tear
  Formatter.format(record)     "%(levelname)s:%(name)s:%(message)s" ...;
                               the message itself is msg % args, computed
                               only now (lazy %-args)

Approximations: Baton has no frame access (sys._getframe), so a record's
pathname, filename and module are "(unknown file)", lineno is 0 and
funcName "(unknown function)", the values CPython uses when it cannot find
the caller. The traceback that Logger.exception() appends is the text
_thread can give: the last line ("ValueError: boom") when the VM offers no
formatted traceback. processName is "MainProcess" unless multiprocessing
says otherwise. Not here: logging.config, logging.handlers, captureWarnings,
the atexit flush (every StreamHandler flushes after each record)."""

import sys
import os
import time
import threading
import _thread

__all__ = ['BASIC_FORMAT', 'CRITICAL', 'DEBUG', 'ERROR', 'FATAL',
           'FileHandler', 'Filter', 'Formatter', 'Handler', 'INFO',
           'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET', 'NullHandler',
           'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig',
           'critical', 'debug', 'disable', 'error', 'exception', 'fatal',
           'getLevelName', 'getLogger', 'getLoggerClass', 'info', 'log',
           'makeLogRecord', 'setLoggerClass', 'shutdown', 'warn', 'warning',
           'getLogRecordFactory', 'setLogRecordFactory', 'lastResort',
           'raiseExceptions', 'getLevelNamesMapping']

# When the module was loaded: relativeCreated counts milliseconds from it.
_startTime = time.time()

# Set to False to make errors inside logging (a bad format...) silent.
raiseExceptions = True
# Whether records carry thread and process information.
logThreads = True
logMultiprocessing = True
logProcesses = True

# ---------------------------------------------------------------------------
# Levels

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {
    CRITICAL: 'CRITICAL',
    ERROR: 'ERROR',
    WARNING: 'WARNING',
    INFO: 'INFO',
    DEBUG: 'DEBUG',
    NOTSET: 'NOTSET',
}
_nameToLevel = {
    'CRITICAL': CRITICAL,
    'FATAL': FATAL,
    'ERROR': ERROR,
    'WARN': WARNING,
    'WARNING': WARNING,
    'INFO': INFO,
    'DEBUG': DEBUG,
    'NOTSET': NOTSET,
}

# The module lock: guards the logger tree and the level tables.
_lock = threading.RLock()


def getLevelNamesMapping():
    return _nameToLevel.copy()


def getLevelName(level):
    """The name of a level number ("INFO"), the number of a level name,
    or "Level N" for an unknown number."""
    result = _levelToName.get(level)
    if result is not None:
        return result
    result = _nameToLevel.get(level)
    if result is not None:
        return result
    return "Level %s" % level


def addLevelName(level, levelName):
    """Give a (new) level number a name."""
    with _lock:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level


def _checkLevel(level):
    # A level given as a number or a registered name -> its number.
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


# ---------------------------------------------------------------------------
# LogRecord: everything known about one logging call.

def _process_name():
    # "MainProcess", or what multiprocessing says when it is loaded.
    mp = sys.modules.get('multiprocessing')
    if mp is not None:
        try:
            return mp.current_process().name
        except Exception:
            pass
    return 'MainProcess'


class LogRecord:
    """One event being logged; its attributes are what a format string's
    %(name)s fields refer to."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        created = time.time()
        self.name = name
        self.msg = msg
        # logging.info("%(a)s", {"a": 1}): a lone dict is the mapping.
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        self.filename = os.path.basename(pathname)
        self.module = os.path.splitext(self.filename)[0]
        self.exc_info = exc_info
        self.exc_text = None      # the formatted traceback, cached
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = created
        self.msecs = int((created - int(created)) * 1000) + 0.0
        self.relativeCreated = (created - _startTime) * 1000
        self.thread = None
        self.threadName = None
        if logThreads:
            self.thread = threading.get_ident()
            self.threadName = threading.current_thread().name
        self.processName = None
        if logMultiprocessing:
            self.processName = _process_name()
        self.process = None
        if logProcesses:
            self.process = os.getpid()

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        """The message with its arguments merged in: msg % args."""
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(attributes):
    """A LogRecord whose attributes come from a dict."""
    record = _logRecordFactory(None, None, "", 0, "", (), None, None)
    record.__dict__.update(attributes)
    return record


# ---------------------------------------------------------------------------
# Format styles: how a format string takes the record's attributes.

def _percent_field_end(fmt, i):
    # fmt[i:] starts with "%(": the index just after a valid field
    # "%(name)[flags][width][.precision]type", or -1.
    close = fmt.find(")", i + 2)
    if close < 0:
        return -1
    name = fmt[i + 2:close]
    if not name or not (name.replace("_", "a").isalnum()):
        return -1
    j = close + 1
    while j < len(fmt) and fmt[j] in "#0+- ":
        j += 1
    while j < len(fmt) and (fmt[j].isdigit() or fmt[j] == "*"):
        j += 1
    if j < len(fmt) and fmt[j] == ".":
        j += 1
        while j < len(fmt) and (fmt[j].isdigit() or fmt[j] == "*"):
            j += 1
    if j < len(fmt) and fmt[j] in "diouxefgcrsa%":
        return j + 1
    return -1


class PercentStyle:
    """"%(levelname)s: %(message)s" formats."""

    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        """Raise ValueError unless the format has at least one field."""
        start = self._fmt.find("%(")
        while start >= 0:
            if _percent_field_end(self._fmt, start) > 0:
                return
            start = self._fmt.find("%(", start + 1)
        raise ValueError("Invalid format '%s' for '%s' style"
                         % (self._fmt, self.default_format[0]))

    def _values(self, record):
        if self._defaults:
            values = dict(self._defaults)
            values.update(record.__dict__)
            return values
        return record.__dict__

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError('Formatting field not found in record: %s' % e)


class StrFormatStyle(PercentStyle):
    """"{levelname}: {message}" formats (str.format)."""

    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def validate(self):
        """Raise ValueError unless the braces pair up around at least one
        field."""
        fields = 0
        fmt = self._fmt
        i = 0
        while i < len(fmt):
            c = fmt[i]
            if c in "{}" and fmt[i + 1:i + 2] == c:
                i += 2  # "{{" or "}}": a literal brace
            elif c == "}":
                raise ValueError("invalid format: Single '}' encountered "
                                 "in format string")
            elif c == "{":
                close = fmt.find("}", i)
                if close < 0:
                    raise ValueError("invalid format: expected '}' before "
                                     "end of string")
                fields += 1
                i = close + 1
            else:
                i += 1
        if not fields:
            raise ValueError('invalid format: no fields')


def _template_substitute(template, values):
    # string.Template's substitution: $name, ${name}, and $$ for a dollar.
    out = []
    i = 0
    while i < len(template):
        c = template[i]
        if c != "$" or i + 1 >= len(template):
            out.append(c)
            i += 1
            continue
        nxt = template[i + 1]
        if nxt == "$":
            out.append("$")
            i += 2
        elif nxt == "{":
            close = template.index("}", i)
            out.append(str(values[template[i + 2:close]]))
            i = close + 1
        else:
            j = i + 1
            while j < len(template) and (template[j].isalnum() or template[j] == "_"):
                j += 1
            if j == i + 1:
                raise ValueError("Invalid placeholder in string")
            out.append(str(values[template[i + 1:j]]))
            i = j
    return "".join(out)


class StringTemplateStyle(PercentStyle):
    """"$levelname: $message" formats (string.Template)."""

    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def usesTime(self):
        return '$asctime' in self._fmt or '${asctime}' in self._fmt

    def _format(self, record):
        return _template_substitute(self._fmt, self._values(record))

    def validate(self):
        if "$" not in self._fmt:
            raise ValueError('invalid format: no fields')


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


def _check_style(style):
    if style not in _STYLES:
        raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))


# ---------------------------------------------------------------------------
# Formatter: a record -> one line of text (plus a traceback if any).

def _format_exception_text(exc):
    # The traceback of exc as text, without the final newline.
    return _thread._format_exception(exc).rstrip("\n")


class Formatter:
    """Turns a LogRecord into text with a format string (fmt) and a time
    format (datefmt, for %(asctime)s)."""

    converter = time.localtime  # seconds -> struct_time for asctime
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *,
                 defaults=None):
        _check_style(style)
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        """record.created as text: time.strftime(datefmt), or the default
        "2024-01-31 12:00:00,123"."""
        ct = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, ct)
        s = time.strftime(self.default_time_format, ct)
        if self.default_msec_format:
            s = self.default_msec_format % (s, record.msecs)
        return s

    def formatException(self, ei):
        """The text of an exc_info triple's exception."""
        return _format_exception_text(ei[1])

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        """Fill in record.message (and asctime), format, then append the
        traceback of exc_info and the stack_info if present."""
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + record.exc_text
        if record.stack_info:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + self.formatStack(record.stack_info)
        return s


_defaultFormatter = Formatter()


# ---------------------------------------------------------------------------
# Filters

class Filter:
    """Lets through the records of one logger and its children:
    Filter("a.b") passes "a.b" and "a.b.c", not "a.bc"; Filter() passes all."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0:
            return True
        if self.name == record.name:
            return True
        if record.name.find(self.name, 0, self.nlen) != 0:
            return False
        return record.name[self.nlen] == "."


class Filterer:
    """What loggers and handlers share: a list of filters, each a Filter
    or a plain callable taking the record."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """True if every filter lets the record through."""
        for f in self.filters:
            if hasattr(f, 'filter'):
                result = f.filter(record)
            else:
                result = f(record)
            if not result:
                return False
        return True


# ---------------------------------------------------------------------------
# Handlers: where records go.

class Handler(Filterer):
    """The base of every handler: a level, a formatter, and a lock held
    while emitting so one record is written whole."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        self._name = name

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = threading.RLock()

    def acquire(self):
        self.lock.acquire()

    def release(self):
        self.lock.release()

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        fmt = self.formatter if self.formatter else _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented '
                                  'by Handler subclasses')

    def handle(self, record):
        """Filter, then emit under the handler's lock; True if emitted."""
        rv = self.filter(record)
        if rv:
            with self.lock:
                self.emit(record)
        return rv

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        pass

    def handleError(self, record):
        """Report an error raised while emitting (a bad format string...)
        on stderr, and carry on: logging must not stop the program."""
        if raiseExceptions and sys.stderr:
            exc = sys.exc_info()[1]
            sys.stderr.write('--- Logging error ---\n')
            if exc is not None:
                sys.stderr.write(_thread._format_exception(exc))
            sys.stderr.write('Message: %r\nArguments: %s\n'
                             % (record.msg, record.args))
            sys.stderr.flush()

    def __repr__(self):
        return '<%s (%s)>' % (self.__class__.__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes each record, then a newline, to a stream (sys.stderr by
    default) and flushes."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    def flush(self):
        with self.lock:
            if self.stream and hasattr(self.stream, "flush"):
                self.stream.flush()

    def emit(self, record):
        try:
            msg = self.format(record)
            self.stream.write(msg + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Write to another stream from now on; returns the old one."""
        if stream is self.stream:
            return None
        with self.lock:
            result = self.stream
            self.flush()
            self.stream = stream
        return result

    def __repr__(self):
        name = str(getattr(self.stream, 'name', ''))
        if name:
            name += ' '
        return '<%s %s(%s)>' % (self.__class__.__name__, name,
                                getLevelName(self.level))


class FileHandler(StreamHandler):
    """A StreamHandler writing to a file it opens (mode 'a' by default)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False,
                 errors=None):
        self.baseFilename = os.path.abspath(filename)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors
        self.delay = delay
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def _open(self):
        return open(self.baseFilename, self.mode)

    def close(self):
        with self.lock:
            if self.stream is not None:
                self.flush()
                self.stream.close()
                self.stream = None

    def emit(self, record):
        if self.stream is None:
            self.stream = self._open()
        StreamHandler.emit(self, record)

    def __repr__(self):
        return '<%s %s (%s)>' % (self.__class__.__name__, self.baseFilename,
                                 getLevelName(self.level))


class NullHandler(Handler):
    """Does nothing: a library's way to say "not configured"."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None


class _StderrHandler(StreamHandler):
    """lastResort: writes to whatever sys.stderr is at the time."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


# Used when a record finds no handler at all: warnings and errors are
# printed as their bare message.
_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


# ---------------------------------------------------------------------------
# The logger tree.

class PlaceHolder:
    """Stands in the tree for "a" when only "a.b" exists, remembering the
    loggers below it."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None


class Manager:
    """Holds every logger by name and links each to its nearest existing
    parent."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None

    def getLogger(self, name):
        """The logger called `name`, made on first use."""
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            rv = self.loggerDict.get(name)
            if rv is None or isinstance(rv, PlaceHolder):
                placeholder = rv
                rv = (self.loggerClass or _loggerClass)(name)
                rv.manager = self
                self.loggerDict[name] = rv
                if placeholder is not None:
                    self._fixupChildren(placeholder, rv)
                self._fixupParents(rv)
            return rv

    def _fixupParents(self, alogger):
        # Find the nearest existing ancestor ("a.b" for "a.b.c"), leaving
        # placeholders for the missing ones.
        name = alogger.name
        i = name.rfind(".")
        rv = None
        while i > 0 and not rv:
            substr = name[:i]
            obj = self.loggerDict.get(substr)
            if obj is None:
                self.loggerDict[substr] = PlaceHolder(alogger)
            elif isinstance(obj, Logger):
                rv = obj
            else:
                obj.append(alogger)
            i = name.rfind(".", 0, i - 1)
        if not rv:
            rv = self.root
        alogger.parent = rv

    def _fixupChildren(self, placeholder, alogger):
        # A new logger takes the place of a placeholder: its children now
        # hang below it.
        name = alogger.name
        namelen = len(name)
        for c in placeholder.loggerMap.keys():
            if c.parent.name[:namelen] != name:
                alogger.parent = c.parent
                c.parent = alogger


class Logger(Filterer):
    """A named channel for messages ("app.db"); its level filters what it
    passes on to its handlers and its parents'."""

    root = None      # set below: the root logger
    manager = None   # set below: the Manager of every logger

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True  # also hand records to the parent's handlers
        self.handlers = []
        self.disabled = False

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    warn = warning

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """An ERROR record with the exception being handled."""
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        # Baton cannot see the caller's frame: CPython's "unknown" values.
        return "(unknown file)", 0, "(unknown function)", None

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        rv = _logRecordFactory(name, level, fn, lno, msg, args, exc_info,
                               func, sinfo)
        if extra is not None:
            for key in extra:
                if key in ["message", "asctime"] or key in rv.__dict__:
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                rv.__dict__[key] = extra[key]
        return rv

    def _log(self, level, msg, args, exc_info=None, extra=None,
             stack_info=False, stacklevel=1):
        fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args,
                                 exc_info, func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        if (not self.disabled) and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        with _lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def hasHandlers(self):
        """Whether this logger or an ancestor it propagates to has a handler."""
        c = self
        while c:
            if c.handlers:
                return True
            if not c.propagate:
                return False
            c = c.parent
        return False

    def callHandlers(self, record):
        """Hand the record to the handlers up the tree; lastResort if none."""
        c = self
        found = 0
        while c:
            for hdlr in c.handlers:
                found = found + 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            if not c.propagate:
                c = None
            else:
                c = c.parent
        if found == 0:
            if lastResort:
                if record.levelno >= lastResort.level:
                    lastResort.handle(record)
            elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
                sys.stderr.write("No handlers could be found for logger"
                                 " \"%s\"\n" % self.name)
                self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        """The first level set on this logger or an ancestor (NOTSET = look
        further up)."""
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        if self.manager.disable >= level:
            return False
        return level >= self.getEffectiveLevel()

    def getChild(self, suffix):
        """getLogger(self.name + "." + suffix)."""
        if self.root is not self:
            suffix = '.'.join((self.name, suffix))
        return self.manager.getLogger(suffix)

    def __repr__(self):
        level = getLevelName(self.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, self.name, level)


class RootLogger(Logger):
    """The logger at the top of the tree, called "root"."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)


_loggerClass = Logger


def setLoggerClass(klass):
    """The class getLogger() uses for new loggers (a Logger subclass)."""
    global _loggerClass
    if klass != Logger:
        if not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: "
                            + klass.__name__)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


class LoggerAdapter:
    """Wraps a logger to add `extra` context to every record."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def __repr__(self):
        logger = self.logger
        level = getLevelName(logger.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, logger.name, level)


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


def getLogger(name=None):
    """The logger called `name` (made on first use); the root logger when
    no name is given."""
    if not name or (isinstance(name, str) and name == root.name):
        return root
    return Logger.manager.getLogger(name)


# ---------------------------------------------------------------------------
# Configuration and the module-level helpers.

def basicConfig(**kwargs):
    """Give the root logger a handler (a StreamHandler on stderr, or on
    `stream`, or a FileHandler on `filename`) with a Formatter from
    `format`/`datefmt`/`style`, and set its `level`. Does nothing when the
    root logger already has a handler, unless force=True."""
    with _lock:
        force = kwargs.pop('force', False)
        encoding = kwargs.pop('encoding', None)
        errors = kwargs.pop('errors', 'backslashreplace')
        if force:
            for h in root.handlers[:]:
                root.removeHandler(h)
                h.close()
        if len(root.handlers) == 0:
            handlers = _basic_handlers(kwargs, encoding, errors)
            dfs = kwargs.pop("datefmt", None)
            style = kwargs.pop("style", '%')
            _check_style(style)
            fs = kwargs.pop("format", _STYLES[style][1])
            fmt = Formatter(fs, dfs, style)
            for h in handlers:
                if h.formatter is None:
                    h.setFormatter(fmt)
                root.addHandler(h)
            level = kwargs.pop("level", None)
            if level is not None:
                root.setLevel(level)
            if kwargs:
                keys = ', '.join(kwargs.keys())
                raise ValueError('Unrecognised argument(s): %s' % keys)


def _basic_handlers(kwargs, encoding, errors):
    # The handlers basicConfig installs, from handlers=, filename= or stream=.
    handlers = kwargs.pop("handlers", None)
    if handlers is None:
        if "stream" in kwargs and "filename" in kwargs:
            raise ValueError("'stream' and 'filename' should not be "
                             "specified together")
    elif "stream" in kwargs or "filename" in kwargs:
        raise ValueError("'stream' or 'filename' should not be "
                         "specified together with 'handlers'")
    if handlers is not None:
        return handlers
    filename = kwargs.pop("filename", None)
    mode = kwargs.pop("filemode", 'a')
    if filename:
        return [FileHandler(filename, mode, encoding=encoding, errors=errors)]
    return [StreamHandler(kwargs.pop("stream", None))]


def _root_ready():
    # The module-level helpers configure logging on first use, as CPython.
    if len(root.handlers) == 0:
        basicConfig()


def critical(msg, *args, **kwargs):
    _root_ready()
    root.critical(msg, *args, **kwargs)


fatal = critical


def error(msg, *args, **kwargs):
    _root_ready()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    _root_ready()
    root.warning(msg, *args, **kwargs)


warn = warning


def info(msg, *args, **kwargs):
    _root_ready()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    _root_ready()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    _root_ready()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Drop every record at `level` or below, whatever the loggers say."""
    root.manager.disable = level


def shutdown(handlerList=None):
    """Flush and close every handler of the root logger (or the list)."""
    if handlerList is None:
        handlerList = list(root.handlers)
    for h in reversed(handlerList):
        try:
            h.flush()
            h.close()
        except (OSError, ValueError):
            pass
