/* io.h: file objects, for open() and sys.stdin/stdout/stderr.
 *
 * One File type serves text and binary files and the standard streams. It
 * reads and writes a file descriptor with plain read(2)/write(2) through its
 * own buffers (no stdio), so a thread can later release the GIL around each
 * blocking call. Text mode is UTF-8 (or ASCII, or Latin-1 when open() asks)
 * with CPython's newline handling. The
 * collector's finalize flushes and closes a file that became garbage. */
#ifndef BATON_IO_H
#define BATON_IO_H

#include "runtime.h"

struct Str;
struct Tuple;

/* How a text file treats line endings: open()'s `newline` argument. */
typedef enum NewlineMode {
    NEWLINE_TRANSLATE,    /* None: any of \n \r \r\n ends a line and reads as \n */
    NEWLINE_UNIVERSAL,    /* '': any ending ends a line, returned untranslated */
    NEWLINE_LF,           /* '\n' */
    NEWLINE_CR,           /* '\r': \n written as \r */
    NEWLINE_CRLF,         /* '\r\n': \n written as \r\n */
} NewlineMode;

typedef struct File {
    Object header;
    int fd;                     /* the descriptor; -1 once closed */
    Value name;                 /* .name: the path or descriptor given to open(), '<stdout>'... */
    struct Str *mode;           /* .mode as CPython shows it */
    struct Str *encoding;       /* .encoding of a text file; NULL for binary */
    int codec;                  /* the Codec (str_internal.h) text is read and written in */
    bool readable, writable;    /* what the mode allows */
    bool binary;                /* bytes in and out; else str, UTF-8 */
    bool close_fd;              /* close() closes the descriptor (not for the std streams) */
    bool line_buffered;         /* flush after a write containing a newline (terminals) */
    bool write_through;         /* flush after every write (stderr, buffering=0) */
    bool seekable;              /* lseek works on the descriptor */
    NewlineMode newline;        /* text mode line endings */
    unsigned char *in;          /* read buffer: bytes [in_start, in_end) not yet consumed */
    size_t in_start, in_end, in_capacity;
    unsigned char *out;         /* write buffer: out_length bytes not yet written */
    size_t out_length, out_capacity;
    uint64_t consumed;          /* bytes consumed by reads, for decode error positions */
} File;

extern Type type_file;
#define IS_FILE(v) (IS_OBJECT(v) && value_is_instance((v), &type_file))
#define AS_FILE(v) ((File *)AS_OBJECT(v))

/* Wrap an already open descriptor as a text stream (sys.stdout...). */
File *io_file_from_fd(Thread *thread, int fd, const char *name, bool writable);
/* Write text to a text File with its buffering rules (print's fast path). */
bool io_write_text(Thread *thread, File *file, const char *chars, size_t length);
/* Write out the File's buffer. */
bool io_flush(Thread *thread, File *file);
/* Flush ignoring errors and without a thread (at exit, from finalize). */
void io_flush_quietly(File *file);
/* readline() of a File: *result is a str (or bytes), empty at end of file. */
bool io_readline(Thread *thread, File *file, int64_t limit, Value *result);

/* The terminal guard: while the REPL edits a line on the terminal
 * (line_input.c), every write of a File to descriptor 1 or 2 calls it
 * before (`before` true) and after the bytes go out, so that the line being
 * edited is erased and drawn again below the output; `line_ended` says
 * whether the output left the cursor at the start of a line. The REPL sets
 * it while it waits for a line and clears it after; both happen, and the
 * guard runs, with the GIL held. NULL (the default) for none. */
typedef void IoTerminalGuard(int fd, bool before, bool line_ended);
void io_set_terminal_guard(IoTerminalGuard *guard);

/* Raise the OSError subclass CPython picks for `error_number` (errno), with
 * errno, strerror and filename (EMPTY for none): "[Errno 2] No such file or
 * directory: 'x.txt'". Always returns false. */
bool io_raise_os_error(Thread *thread, int error_number, Value filename);

/* open(file, mode='r', buffering=-1, encoding=None, errors=None,
 * newline=None, closefd=True, opener=None): a NativeFn. */
bool io_open(Thread *thread, int argc, Value *argv, struct Tuple *kwnames, Value *result);

/* Shared by io.c and io_methods.c. */
struct StringBuilder;
bool io_check_open(Thread *thread, File *file);          /* "I/O operation on closed file." */
bool io_check_readable(Thread *thread, File *file);
bool io_unsupported(Thread *thread, const char *message); /* io.UnsupportedOperation */
bool io_write_bytes(Thread *thread, File *file, const unsigned char *data, size_t length);
/* Read up to `limit` bytes / characters (all when negative) into `out`;
 * io_read_text stops after a line end when `one_line`. */
bool io_read_bytes(Thread *thread, File *file, int64_t limit, struct StringBuilder *out);
bool io_read_text(Thread *thread, File *file, int64_t limit, bool one_line, struct StringBuilder *out);
/* Turn read bytes into the read's result (str or bytes); frees `builder`. */
bool io_finish_read(Thread *thread, File *file, struct StringBuilder *builder, Value *result);
bool io_tell(Thread *thread, File *file, int64_t *position);
bool io_seek(Thread *thread, File *file, int64_t offset, int whence, int64_t *position);
bool io_close(Thread *thread, File *file);
bool io_methods_init(Thread *thread);

/* Ready the File type and register the `_io` module (open, the File type,
 * UnsupportedOperation) in sys.modules. */
bool io_init(Thread *thread);

#endif
