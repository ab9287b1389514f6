/* io.c: the File type behind open() and sys.stdin/stdout/stderr.
 *
 * A File owns a descriptor and two buffers. Reads fill `in` with read(2) and
 * consume from it; writes append to `out`, which goes out with write(2) when
 * it is full, at a newline for line-buffered streams, on flush() and close(),
 * and when the collector finalizes a forgotten file. Text mode decodes UTF-8
 * (or ASCII or Latin-1, as open() asks) and handles newlines as CPython's
 * TextIOWrapper; the methods that Python code sees (read, write, readline,
 * seek...) are in io_methods.c. Every
 * blocking call is marked so the GIL can be released around it later. */
#include "io.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "builtins.h"
#include "bytes.h"
#include "class.h"
#include "dict.h"
#include "error.h"
#include "exception.h"
#include "function.h"
#include "gc.h"
#include "module.h"
#include "ops.h"
#include "str_internal.h"
#include "thread.h"
#include "tuple.h"

#define IO_BUFFER_SIZE 8192

/* ---- errors ---- */

/* The OSError subclass CPython raises for an errno value. */
static Type *os_error_type(int error_number) {
    switch (error_number) {
    case ENOENT: return &type_FileNotFoundError;
    case EEXIST: return &type_FileExistsError;
    case EISDIR: return &type_IsADirectoryError;
    case ENOTDIR: return &type_NotADirectoryError;
    case EACCES:
    case EPERM: return &type_PermissionError;
    case EPIPE:
    case ESHUTDOWN: return &type_BrokenPipeError;
    case EINTR: return &type_InterruptedError;
    case EAGAIN:
    case EALREADY:
    case EINPROGRESS: return &type_BlockingIOError;
    case ECHILD: return &type_ChildProcessError;
    case ECONNABORTED: return &type_ConnectionAbortedError;
    case ECONNREFUSED: return &type_ConnectionRefusedError;
    case ECONNRESET: return &type_ConnectionResetError;
    case ESRCH: return &type_ProcessLookupError;
    case ETIMEDOUT: return &type_TimeoutError;
    default: return &type_OSError;
    }
}

/* Set an attribute in the exception's __dict__ when its class did not. */
static bool set_missing_attribute(Thread *thread, Value exception, const char *name, Value value) {
    Str *key = str_intern_c(thread, name);
    if (key == NULL) return false;
    Value present;
    if (!object_getattr_optional(thread, exception, key, &present)) return false;
    if (!IS_EMPTY(present) && !IS_NONE(present)) return true;
    ExceptionObject *object = AS_EXCEPTION(exception);
    if (object->dict == NULL && (object->dict = dict_new(thread)) == NULL) return false;
    return dict_set_str(thread, object->dict, key, value);
}

bool io_raise_os_error(Thread *thread, int error_number, Value filename) {
    Str *message = str_from_c(thread, strerror(error_number));
    if (message == NULL) return false;
    Value args[3] = {INT_VALUE(error_number), OBJECT_VALUE(message), filename};
    int argc = IS_EMPTY(filename) ? 2 : 3;
    Value exception;
    if (!gc_push_root(thread, OBJECT_VALUE(message))) return false;
    bool ok = object_call(thread, OBJECT_VALUE(os_error_type(error_number)), argc, args, NULL, &exception);
    gc_pop_roots(thread, 1);
    if (!ok) return false;
    if (!IS_EXCEPTION(exception)) return error_set_object(thread, exception);
    if (!set_missing_attribute(thread, exception, "errno", args[0]) ||
        !set_missing_attribute(thread, exception, "strerror", args[1]) ||
        (argc == 3 && !set_missing_attribute(thread, exception, "filename", filename)))
        return false;
    return error_set_object(thread, exception);
}

/* ---- the type and its life cycle ---- */

static void file_trace(Object *object, GcTracer *tracer) {
    File *file = (File *)object;
    gc_mark_value(tracer, file->name);
    if (file->mode != NULL) gc_mark_object(tracer, (Object *)file->mode);
    if (file->encoding != NULL) gc_mark_object(tracer, (Object *)file->encoding);
}

/* Write out as much of the buffer as the descriptor takes; returns 0 or an
 * errno value. Needs no thread, so finalize can use it. */
static int file_write_out(File *file) {
    size_t done = 0;
    while (done < file->out_length) {
        /* blocking: the GIL will be released here */
        ssize_t written = write(file->fd, file->out + done, file->out_length - done);
        if (written < 0) {
            if (errno == EINTR) continue;
            int error_number = errno;
            memmove(file->out, file->out + done, file->out_length - done);
            file->out_length -= done;
            return error_number;
        }
        done += (size_t)written;
    }
    file->out_length = 0;
    return 0;
}

void io_flush_quietly(File *file) {
    if (file->fd >= 0 && file->out_length > 0 && file_write_out(file) != 0) file->out_length = 0;
}

/* Give up the descriptor and the buffers (close() and finalize). */
static int file_release(File *file) {
    int error_number = 0;
    if (file->fd >= 0 && file->out_length > 0) error_number = file_write_out(file);
    if (file->fd >= 0 && file->close_fd && close(file->fd) != 0 && error_number == 0) error_number = errno;
    file->fd = -1;
    free(file->in);
    free(file->out);
    file->in = file->out = NULL;
    file->in_start = file->in_end = file->in_capacity = 0;
    file->out_length = file->out_capacity = 0;
    return error_number;
}

static size_t file_finalize(Runtime *runtime, Object *object) {
    (void)runtime;
    file_release((File *)object);
    return 0;
}

Type type_file = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "TextIOWrapper",
    .base = &type_object,
    .instance_size = sizeof(File),
    .trace = file_trace,
    .finalize = file_finalize,
};

/* A fresh File on `fd`, buffers allocated lazily. */
static File *file_new(Thread *thread, int fd, Value name, Str *mode) {
    File *file = ALLOCATE_OBJECT(thread, File, &type_file);
    if (file == NULL) return NULL;
    file->fd = fd;
    file->name = name;
    file->mode = mode;
    file->close_fd = true;
    file->newline = NEWLINE_TRANSLATE;
    file->seekable = lseek(fd, 0, SEEK_CUR) >= 0;
    return file;
}

File *io_file_from_fd(Thread *thread, int fd, const char *name, bool writable) {
    Str *name_str = str_from_c(thread, name);
    Str *mode = str_from_c(thread, writable ? "w" : "r");
    Str *encoding = str_from_c(thread, "utf-8");
    if (name_str == NULL || mode == NULL || encoding == NULL) return NULL;
    File *file = file_new(thread, fd, OBJECT_VALUE(name_str), mode);
    if (file == NULL) return NULL;
    file->encoding = encoding;
    file->readable = !writable;
    file->writable = writable;
    file->close_fd = false;
    file->line_buffered = writable && (isatty(fd) || fd == 2);
    file->write_through = fd == 2;
    return file;
}

/* ---- writing ---- */

/* Process-wide like readline's own state, which it protects; read and
 * written only by the GIL holder. */
static IoTerminalGuard *terminal_guard;

void io_set_terminal_guard(IoTerminalGuard *guard) { terminal_guard = guard; }

bool io_flush(Thread *thread, File *file) {
    if (file->fd < 0 || file->out_length == 0) return true;
    IoTerminalGuard *guard = file->fd == 1 || file->fd == 2 ? terminal_guard : NULL;
    bool line_ended = file->out[file->out_length - 1] == '\n';
    if (guard != NULL) guard(file->fd, true, line_ended);
    int error_number = file_write_out(file);
    if (guard != NULL) guard(file->fd, false, line_ended);
    if (error_number != 0) return io_raise_os_error(thread, error_number, EMPTY_VALUE);
    return true;
}

/* Before writing after reading (a '+' file): put the descriptor back where
 * the reader stands, dropping the read-ahead. */
static void file_drop_read_ahead(File *file) {
    if (file->in_end > file->in_start && file->seekable)
        lseek(file->fd, -(off_t)(file->in_end - file->in_start), SEEK_CUR);
    file->in_start = file->in_end = 0;
}

static bool file_reserve_out(Thread *thread, File *file, size_t extra) {
    if (file->out_length + extra <= file->out_capacity) return true;
    size_t capacity = file->out_capacity < IO_BUFFER_SIZE ? IO_BUFFER_SIZE : file->out_capacity;
    while (capacity < file->out_length + extra) capacity *= 2;
    unsigned char *out = realloc(file->out, capacity);
    if (out == NULL) return error_no_memory(thread);
    file->out = out;
    file->out_capacity = capacity;
    return true;
}

/* Append bytes to the write buffer, writing it out when it is full. */
static bool file_buffer_bytes(Thread *thread, File *file, const void *data, size_t length) {
    if (file->in_end > file->in_start) file_drop_read_ahead(file);
    if (!file_reserve_out(thread, file, length)) return false;
    if (length > 0) memcpy(file->out + file->out_length, data, length);
    file->out_length += length;
    if (file->out_length >= IO_BUFFER_SIZE || file->write_through) return io_flush(thread, file);
    return true;
}

/* Buffer text, turning \n into the file's newline when it asks for it. */
static bool file_buffer_text(Thread *thread, File *file, const char *chars, size_t length) {
    if (file->newline != NEWLINE_CR && file->newline != NEWLINE_CRLF)
        return file_buffer_bytes(thread, file, chars, length);
    const char *ending = file->newline == NEWLINE_CR ? "\r" : "\r\n";
    size_t start = 0;
    for (size_t i = 0; i < length; i++) {
        if (chars[i] != '\n') continue;
        if (!file_buffer_bytes(thread, file, chars + start, i - start)) return false;
        if (!file_buffer_bytes(thread, file, ending, strlen(ending))) return false;
        start = i + 1;
    }
    return file_buffer_bytes(thread, file, chars + start, length - start);
}

bool io_check_open(Thread *thread, File *file) {
    if (file->fd >= 0) return true;
    return error_set(thread, &type_ValueError, "I/O operation on closed file.");
}

/* io.UnsupportedOperation("not writable") and friends. */
bool io_unsupported(Thread *thread, const char *message) {
    Type *type = &type_OSError;
    Value module = dict_get_c(thread, thread->runtime->modules, "_io");
    if (!IS_EMPTY(module) && IS_OBJECT(module) && AS_OBJECT(module)->type == &type_module) {
        Value unsupported = dict_get_c(thread, AS_MODULE(module)->dict, "UnsupportedOperation");
        if (IS_TYPE(unsupported)) type = AS_TYPE(unsupported);
    }
    return error_set(thread, type, "%s", message);
}

/* Text in a file's codec other than UTF-8: str.encode's bytes, with its
 * UnicodeEncodeError ("'latin-1' codec can't encode character..."). */
static bool io_write_encoded(Thread *thread, File *file, const char *chars, size_t length) {
    Str *text = str_new(thread, chars, length);
    Bytes *encoded;
    if (text == NULL || !str_encode(thread, text, file->codec == CODEC_ASCII ? "ascii" : "latin-1", "strict", &encoded))
        return false;
    return file_buffer_text(thread, file, (const char *)encoded->data, encoded->length);
}

bool io_write_text(Thread *thread, File *file, const char *chars, size_t length) {
    if (!io_check_open(thread, file)) return false;
    if (!file->writable) return io_unsupported(thread, "not writable");
    bool ascii = utf8_count(chars, length) == length;
    bool ok = file->codec == CODEC_UTF8 || ascii ? file_buffer_text(thread, file, chars, length)
                                                 : io_write_encoded(thread, file, chars, length);
    if (!ok) return false;
    if (file->line_buffered && memchr(chars, '\n', length) != NULL) return io_flush(thread, file);
    return true;
}

bool io_write_bytes(Thread *thread, File *file, const unsigned char *data, size_t length) {
    if (!io_check_open(thread, file)) return false;
    if (!file->writable) return io_unsupported(thread, "not writable");
    return file_buffer_bytes(thread, file, data, length);
}

/* ---- reading ---- */

/* Make at least `need` unread bytes available, reading more as needed.
 * Returns false on an error; fewer bytes than `need` means end of file. */
static bool file_fill(Thread *thread, File *file, size_t need) {
    if (!io_flush(thread, file)) return false;
    while (file->in_end - file->in_start < need) {
        bool cramped = file->in_capacity - file->in_end < IO_BUFFER_SIZE / 2;
        if (cramped && file->in_start > 0) { /* only when needed: decode errors quote the data before */
            memmove(file->in, file->in + file->in_start, file->in_end - file->in_start);
            file->in_end -= file->in_start;
            file->in_start = 0;
        }
        if (file->in_capacity - file->in_end < IO_BUFFER_SIZE / 2) {
            size_t capacity = file->in_capacity == 0 ? IO_BUFFER_SIZE : file->in_capacity * 2;
            unsigned char *in = realloc(file->in, capacity);
            if (in == NULL) return error_no_memory(thread);
            file->in = in;
            file->in_capacity = capacity;
        }
        /* blocking: wait for input with the GIL released (thread.c) */
        if (!thread_wait_readable(thread, file->fd)) return false;
        ssize_t count = read(file->fd, file->in + file->in_end, file->in_capacity - file->in_end);
        if (count < 0) {
            if (errno == EINTR) continue;
            return io_raise_os_error(thread, errno, EMPTY_VALUE);
        }
        if (count == 0) return true;
        file->in_end += (size_t)count;
    }
    return true;
}

static size_t file_available(const File *file) { return file->in_end - file->in_start; }

static void file_consume(File *file, size_t count) {
    file->in_start += count;
    file->consumed += count;
}

/* Read up to `limit` bytes (all of the file when negative) into `out`. */
bool io_read_bytes(Thread *thread, File *file, int64_t limit, StringBuilder *out) {
    while (limit < 0 || (int64_t)out->length < limit) {
        size_t want = limit < 0 ? IO_BUFFER_SIZE : (size_t)limit - out->length;
        if (file_available(file) == 0 && !file_fill(thread, file, 1)) return false;
        size_t take = file_available(file) < want ? file_available(file) : want;
        if (take == 0) break;
        builder_append(out, (const char *)file->in + file->in_start, take);
        file_consume(file, take);
    }
    return true;
}

/* The length of the UTF-8 sequence starting with `lead`, 0 if invalid. */
static int utf8_sequence_length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF) return 2;
    if (lead >= 0xE0 && lead <= 0xEF) return 3;
    if (lead >= 0xF0 && lead <= 0xF4) return 4;
    return 0;
}

static bool utf8_continuation_ok(const unsigned char *bytes, int index) {
    unsigned char byte = bytes[index];
    if ((byte & 0xC0) != 0x80) return false;
    if (index != 1) return true;
    switch (bytes[0]) { /* overlong forms, surrogates, past U+10FFFF */
    case 0xE0: return byte >= 0xA0;
    case 0xED: return byte < 0xA0;
    case 0xF0: return byte >= 0x90;
    case 0xF4: return byte < 0x90;
    default: return true;
    }
}

/* UnicodeDecodeError for the bytes at in_start + offset. Its object is
 * the data since the start of the file while the buffer still holds it
 * all (so positions are file offsets, as CPython's for a file read in one
 * chunk), else the buffered data (positions relative to it). */
static bool decode_error(Thread *thread, File *file, size_t offset, size_t count, const char *reason) {
    size_t origin = file->consumed <= file->in_start ? file->in_start - (size_t)file->consumed : file->in_start;
    return codec_raise_decode_error(thread, (Codec)file->codec, file->in + origin, file->in_end - origin,
                                    file->in_start - origin + offset, count, reason);
}

/* Take one character of UTF-8 text (bytes checked) into `out`. */
static bool text_take_multibyte(Thread *thread, File *file, StringBuilder *out) {
    int length = utf8_sequence_length(file->in[file->in_start]);
    if (length == 0) return decode_error(thread, file, 0, 1, "invalid start byte");
    if (!file_fill(thread, file, (size_t)length)) return false;
    const unsigned char *bytes = file->in + file->in_start;
    for (int i = 1; i < length; i++) {
        if (i >= (int)file_available(file))
            return decode_error(thread, file, 0, file_available(file), "unexpected end of data");
        if (!utf8_continuation_ok(bytes, i)) return decode_error(thread, file, 0, 1, "invalid continuation byte");
    }
    builder_append(out, (const char *)bytes, (size_t)length);
    file_consume(file, (size_t)length);
    return true;
}

/* Take a carriage return, and the line feed after it if there is one,
 * as the file's newline mode says. */
static bool text_take_return(Thread *thread, File *file, StringBuilder *out, bool *line_end) {
    if (!file_fill(thread, file, 2)) return false;
    bool pair = file_available(file) >= 2 && file->in[file->in_start + 1] == '\n';
    switch (file->newline) {
    case NEWLINE_TRANSLATE:
        builder_append_char(out, '\n');
        file_consume(file, pair ? 2 : 1);
        *line_end = true;
        return true;
    case NEWLINE_UNIVERSAL:
    case NEWLINE_CRLF:
        builder_append(out, pair ? "\r\n" : "\r", pair ? 2 : 1);
        file_consume(file, pair ? 2 : 1);
        *line_end = pair || file->newline == NEWLINE_UNIVERSAL;
        return true;
    case NEWLINE_CR:
    case NEWLINE_LF:
        builder_append_char(out, '\r');
        file_consume(file, 1);
        *line_end = file->newline == NEWLINE_CR;
        return true;
    }
    return true;
}

/* Read one character of text into `out`. *got is false at end of file;
 * *line_end tells whether it ended a line. */
static bool text_take_char(Thread *thread, File *file, StringBuilder *out, bool *got, bool *line_end) {
    *got = false;
    *line_end = false;
    if (file_available(file) == 0 && !file_fill(thread, file, 1)) return false;
    if (file_available(file) == 0) return true;
    *got = true;
    unsigned char byte = file->in[file->in_start];
    if (byte == '\r') return text_take_return(thread, file, out, line_end);
    if (byte < 0x80) {
        builder_append_char(out, (char)byte);
        file_consume(file, 1);
        *line_end = byte == '\n' && file->newline != NEWLINE_CR && file->newline != NEWLINE_CRLF;
        return true;
    }
    if (file->codec == CODEC_LATIN1) { /* every byte is the code point of the same number */
        builder_append_code_point(out, byte);
        file_consume(file, 1);
        return true;
    }
    if (file->codec == CODEC_ASCII) return decode_error(thread, file, 0, 1, "ordinal not in range(128)");
    return text_take_multibyte(thread, file, out);
}

/* Read text: up to `limit` characters (all when negative), stopping after
 * the first line end when `one_line`. */
bool io_read_text(Thread *thread, File *file, int64_t limit, bool one_line, StringBuilder *out) {
    for (int64_t count = 0; limit < 0 || count < limit; count++) {
        bool got, line_end;
        if (!text_take_char(thread, file, out, &got, &line_end)) return false;
        if (!got || (one_line && line_end)) break;
    }
    return true;
}

/* Read one line of bytes (up to and including b'\n'). */
static bool binary_read_line(Thread *thread, File *file, int64_t limit, StringBuilder *out) {
    while (limit < 0 || (int64_t)out->length < limit) {
        if (file_available(file) == 0 && !file_fill(thread, file, 1)) return false;
        if (file_available(file) == 0) break;
        unsigned char byte = file->in[file->in_start];
        builder_append_char(out, (char)byte);
        file_consume(file, 1);
        if (byte == '\n') break;
    }
    return true;
}

/* Make the result of a read: str for text files, bytes for binary ones. */
bool io_finish_read(Thread *thread, File *file, StringBuilder *builder, Value *result) {
    if (file->binary) {
        Bytes *bytes = bytes_new(thread, (const unsigned char *)builder->chars, builder->length);
        builder_free(builder);
        if (bytes == NULL) return false;
        *result = OBJECT_VALUE(bytes);
        return true;
    }
    Str *str = builder_finish(thread, builder);
    if (str == NULL) return false;
    *result = OBJECT_VALUE(str);
    return true;
}

bool io_check_readable(Thread *thread, File *file) {
    if (!io_check_open(thread, file)) return false;
    if (!file->readable) return io_unsupported(thread, "not readable");
    return true;
}

bool io_readline(Thread *thread, File *file, int64_t limit, Value *result) {
    if (!io_check_readable(thread, file)) return false;
    StringBuilder builder;
    builder_init(&builder);
    bool ok = file->binary ? binary_read_line(thread, file, limit, &builder)
                           : io_read_text(thread, file, limit, true, &builder);
    if (!ok) {
        builder_free(&builder);
        return false;
    }
    return io_finish_read(thread, file, &builder, result);
}

/* ---- seeking ---- */

/* The position a reader sees: the descriptor's, minus the read-ahead. */
bool io_tell(Thread *thread, File *file, int64_t *position) {
    if (!io_flush(thread, file)) return false;
    off_t offset = lseek(file->fd, 0, SEEK_CUR);
    if (offset < 0) return io_raise_os_error(thread, errno, EMPTY_VALUE);
    *position = (int64_t)offset - (int64_t)file_available(file);
    return true;
}

bool io_seek(Thread *thread, File *file, int64_t offset, int whence, int64_t *position) {
    if (!io_flush(thread, file)) return false;
    if (whence == SEEK_CUR) offset -= (int64_t)file_available(file);
    file->in_start = file->in_end = 0;
    off_t result = lseek(file->fd, (off_t)offset, whence);
    if (result < 0) return io_raise_os_error(thread, errno, EMPTY_VALUE);
    *position = (int64_t)result;
    return true;
}

bool io_close(Thread *thread, File *file) {
    if (file->fd < 0) return true;
    int error_number = file_release(file);
    if (error_number != 0) return io_raise_os_error(thread, error_number, EMPTY_VALUE);
    return true;
}

/* ---- open() ---- */

/* What a mode string asks for, checked as CPython checks it. */
typedef struct OpenMode {
    int flags;        /* open(2) flags */
    bool readable, writable, append, binary, text, plus;
    char kind;        /* 'r', 'w', 'x' or 'a' */
} OpenMode;

static bool open_parse_mode(Thread *thread, Str *mode_str, OpenMode *mode) {
    memset(mode, 0, sizeof *mode);
    const char *mode_chars = mode_str->chars;
    int kinds = 0;
    for (size_t i = 0; i < mode_str->length; i++) {
        char c = mode_chars[i];
        if (strchr("rwxabt+", c) == NULL || c == '\0' || memchr(mode_chars, c, i) != NULL)
            return error_set(thread, &type_ValueError, "invalid mode: '%s'", mode_chars);
        if (strchr("rwxa", c) != NULL) {
            kinds++;
            mode->kind = c;
        }
        mode->binary |= c == 'b';
        mode->text |= c == 't';
        mode->plus |= c == '+';
    }
    if (mode->text && mode->binary)
        return error_set(thread, &type_ValueError, "can't have text and binary mode at once");
    if (kinds != 1)
        return error_set(thread, &type_ValueError, "must have exactly one of create/read/write/append mode");
    mode->readable = mode->kind == 'r' || mode->plus;
    mode->writable = mode->kind != 'r' || mode->plus;
    mode->append = mode->kind == 'a';
    mode->flags = mode->plus ? O_RDWR : mode->kind == 'r' ? O_RDONLY : O_WRONLY;
    if (mode->kind == 'w') mode->flags |= O_CREAT | O_TRUNC;
    if (mode->kind == 'x') mode->flags |= O_CREAT | O_EXCL;
    if (mode->kind == 'a') mode->flags |= O_CREAT | O_APPEND;
    mode->flags |= O_CLOEXEC;
    return true;
}

/* The .mode a binary file shows: 'rb', 'wb', 'ab', 'xb', with '+' last. */
static Str *open_binary_mode_name(Thread *thread, const OpenMode *mode) {
    char name[4] = {mode->kind, 'b', mode->plus ? '+' : '\0', '\0'};
    return str_from_c(thread, name);
}

static bool open_newline_mode(Thread *thread, Value newline, NewlineMode *result) {
    *result = NEWLINE_TRANSLATE;
    if (IS_EMPTY(newline) || IS_NONE(newline)) return true;
    if (!IS_STR(newline))
        return error_set(thread, &type_TypeError, "open() argument 'newline' must be str or None, not %s",
                         value_type_name(newline));
    const char *text = AS_STR(newline)->chars;
    if (strcmp(text, "") == 0) *result = NEWLINE_UNIVERSAL;
    else if (strcmp(text, "\n") == 0) *result = NEWLINE_LF;
    else if (strcmp(text, "\r") == 0) *result = NEWLINE_CR;
    else if (strcmp(text, "\r\n") == 0) *result = NEWLINE_CRLF;
    else return error_set(thread, &type_ValueError, "illegal newline value: %s", text);
    return true;
}

/* The text encoding: UTF-8 by default, else one of the codecs bytes.c
 * knows (UTF-8, ASCII, Latin-1); LookupError as CPython for others. */
static bool open_encoding(Thread *thread, Value encoding, File *file) {
    file->codec = CODEC_UTF8;
    if (IS_EMPTY(encoding) || IS_NONE(encoding)) {
        file->encoding = str_from_c(thread, "UTF-8");
        return file->encoding != NULL;
    }
    if (!IS_STR(encoding))
        return error_set(thread, &type_TypeError, "open() argument 'encoding' must be str or None, not %s",
                         value_type_name(encoding));
    const char *name = AS_STR(encoding)->chars;
    Codec codec = codec_lookup(name);
    if (codec == CODEC_UNKNOWN) return error_set(thread, &type_LookupError, "unknown encoding: %s", name);
    file->codec = (int)codec;
    file->encoding = AS_STR(encoding);
    return true;
}

/* Reject text-only arguments in binary mode, as CPython does. */
static bool open_check_binary_arguments(Thread *thread, const OpenMode *mode, const Value *args) {
    static const char *const names[] = {"an encoding", "an errors", "a newline"};
    if (!mode->binary) return true;
    for (int i = 0; i < 3; i++)
        if (!IS_EMPTY(args[3 + i]) && !IS_NONE(args[3 + i]))
            return error_set(thread, &type_ValueError, "binary mode doesn't take %s argument", names[i]);
    return true;
}

/* open(2) the path (or take the descriptor) and refuse directories. */
static bool open_descriptor(Thread *thread, Value file_arg, const OpenMode *mode, int *fd) {
    *fd = -1;
    if (IS_INT(file_arg)) {
        *fd = (int)AS_INT(file_arg);
        return true;
    }
    const char *path;
    if (IS_STR(file_arg)) path = AS_STR(file_arg)->chars;
    else if (value_is_instance(file_arg, &type_bytes)) path = (const char *)AS_BYTES(file_arg)->data;
    else
        return error_set(thread, &type_TypeError, "expected str, bytes or os.PathLike object, not %s",
                         value_type_name(file_arg));
    do {
        /* blocking: the GIL will be released here */
        *fd = open(path, mode->flags, 0666);
    } while (*fd < 0 && errno == EINTR);
    if (*fd < 0) return io_raise_os_error(thread, errno, file_arg);
    struct stat info;
    if (fstat(*fd, &info) == 0 && S_ISDIR(info.st_mode)) {
        close(*fd);
        return io_raise_os_error(thread, EISDIR, file_arg);
    }
    return true;
}

/* Fill a File for open()'s arguments, once the descriptor is open. */
static bool open_configure(Thread *thread, File *file, const OpenMode *mode, const Value *args) {
    file->readable = mode->readable;
    file->writable = mode->writable;
    file->binary = mode->binary;
    int64_t buffering = IS_INT(args[2]) ? AS_INT(args[2]) : -1;
    file->write_through = buffering == 0;
    file->line_buffered = !mode->binary && (buffering == 1 || (buffering < 0 && isatty(file->fd)));
    if (!IS_EMPTY(args[6])) {
        bool close_fd;
        if (!object_truthy(thread, args[6], &close_fd)) return false;
        file->close_fd = close_fd;
    }
    if (mode->append && file->seekable) lseek(file->fd, 0, SEEK_END);
    if (mode->binary) return true;
    return open_encoding(thread, args[3], file) && open_newline_mode(thread, args[5], &file->newline);
}

bool io_open(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd",
                                         "opener", NULL};
    static const ArgSpec spec = {"open", ARGS_CLINIC, 1, 8, params, 0, 0, NULL};
    Value args[8];
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, args)) return false;
    Str *mode_str = IS_EMPTY(args[1]) ? str_from_c(thread, "r") : NULL;
    if (!IS_EMPTY(args[1])) {
        if (!IS_STR(args[1]))
            return error_set(thread, &type_TypeError, "open() argument 'mode' must be str, not %s",
                             value_type_name(args[1]));
        mode_str = AS_STR(args[1]);
    }
    if (mode_str == NULL) return false;
    if (!IS_EMPTY(args[2]) && !IS_INT(args[2]))
        return error_set(thread, &type_TypeError, "'%s' object cannot be interpreted as an integer",
                         value_type_name(args[2]));
    OpenMode mode;
    if (!open_parse_mode(thread, mode_str, &mode) || !open_check_binary_arguments(thread, &mode, args)) return false;
    if (!mode.binary && IS_INT(args[2]) && AS_INT(args[2]) == 0)
        return error_set(thread, &type_ValueError, "can't have unbuffered text I/O");
    NewlineMode newline;
    if (!open_newline_mode(thread, args[5], &newline)) return false;
    Str *shown_mode = mode.binary ? open_binary_mode_name(thread, &mode) : mode_str;
    int fd;
    if (shown_mode == NULL || !open_descriptor(thread, args[0], &mode, &fd)) return false;
    File *file = file_new(thread, fd, args[0], shown_mode);
    if (file == NULL) {
        close(fd);
        return false;
    }
    if (!open_configure(thread, file, &mode, args)) {
        file_release(file);
        return false;
    }
    *result = OBJECT_VALUE(file);
    return true;
}

/* ---- start-up ---- */

/* io.UnsupportedOperation: an OSError subclass (CPython's also derives from
 * ValueError; Baton has single inheritance). */
static bool io_make_unsupported(Thread *thread, Dict *module_dict) {
    Str *name = str_from_c(thread, "UnsupportedOperation");
    Tuple *bases = tuple_new(thread, 1);
    Dict *namespace = dict_new(thread);
    Str *module_name = str_from_c(thread, "io");
    if (name == NULL || bases == NULL || namespace == NULL || module_name == NULL) return false;
    bases->items[0] = OBJECT_VALUE(&type_OSError);
    if (!dict_set_c(thread, namespace, "__module__", OBJECT_VALUE(module_name))) return false;
    Type *type = class_new(thread, name, bases, namespace);
    if (type == NULL) return false;
    return dict_set_c(thread, module_dict, "UnsupportedOperation", OBJECT_VALUE(type));
}

bool io_init(Thread *thread) {
    if (!type_ready(thread, &type_file) || !io_methods_init(thread)) return false;
    Module *module = module_new(thread, "_io");
    if (module == NULL) return false;
    static const MethodDef functions[] = {{"open", io_open}, {NULL, NULL}};
    Runtime *runtime = thread->runtime;
    if (runtime->modules == NULL && (runtime->modules = dict_new(thread)) == NULL) return false;
    return dict_add_natives(thread, module->dict, functions, OBJECT_VALUE(module->name)) &&
           dict_set_c(thread, module->dict, "TextIOWrapper", OBJECT_VALUE(&type_file)) &&
           dict_set_c(thread, module->dict, "DEFAULT_BUFFER_SIZE", INT_VALUE(IO_BUFFER_SIZE)) &&
           io_make_unsupported(thread, module->dict) &&
           dict_set_c(thread, runtime->modules, "_io", OBJECT_VALUE(module));
}
