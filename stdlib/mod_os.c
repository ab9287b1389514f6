/* mod_os.c: the os module and its os.path (posixpath).
 *
 * Thin wrappers over POSIX calls: process ids, the working directory, the
 * environment (os.environ is a dict snapshot taken at import), directory
 * listing and file removal, urandom, kill, _exit. Failures raise the OSError
 * subclass CPython picks for errno, with filename (and filename2 for
 * rename): "[Errno 2] No such file or directory: 'x'". os.path is the
 * posixpath module, made here too and registered under both names; its
 * string functions follow posixpath.py's rules byte for byte ('/' and '.'
 * are ASCII, so working on UTF-8 bytes is exact). */
#include <errno.h>
#include <dirent.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include "builtins.h"
#include "bytes.h"
#include "dict.h"
#include "error.h"
#include "exception.h"
#include "function.h"
#include "list.h"
#include "modules.h"
#include "number.h"
#include "ops.h"
#include "str.h"
#include "thread.h"
#include "tuple.h"

extern char **environ;

/* ---- Shared helpers ---- */

/* A path argument: only str for now (bytes paths and PathLike later). */
static bool os_path_arg(Thread *thread, const char *function, const char *argument, Value value, Str **out) {
    if (IS_STR(value)) {
        *out = AS_STR(value);
        return true;
    }
    return error_set(thread, &type_TypeError, "%s: %s should be string, bytes or os.PathLike, not %s", function,
                     argument, value_type_name(value));
}

/* OSError(errno, strerror, filename, None, filename2), which picks the
 * subclass for errno, raised as the current exception. */
static bool os_error2(Thread *thread, int error_number, Str *filename, Str *filename2) {
    Str *message = str_from_c(thread, strerror(error_number));
    if (message == NULL) return false;
    Value args[5] = {INT_VALUE(error_number), OBJECT_VALUE(message), OBJECT_VALUE(filename), NONE_VALUE,
                     OBJECT_VALUE(filename2)};
    Value exception;
    if (!object_call(thread, OBJECT_VALUE(&type_OSError), 5, args, NULL, &exception)) return false;
    return error_set_object(thread, exception);
}

static bool os_str_result(Thread *thread, const char *chars, size_t length, Value *result) {
    Str *text = str_new(thread, chars, length);
    if (text == NULL) return false;
    *result = OBJECT_VALUE(text);
    return true;
}

/* ---- Processes ---- */

static bool os_no_args(Thread *thread, const char *name, int argc, Value *argv, Tuple *kwnames) {
    ArgSpec spec = {name, ARGS_NONE, 0, 0, NULL, 0, 0, NULL};
    return builtins_parse_args(thread, &spec, argc, argv, kwnames, NULL);
}

static bool os_getpid(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!os_no_args(thread, "getpid", argc, argv, kwnames)) return false;
    *result = INT_VALUE(getpid());
    return true;
}

static bool os_getppid(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!os_no_args(thread, "getppid", argc, argv, kwnames)) return false;
    *result = INT_VALUE(getppid());
    return true;
}

static bool os_cpu_count(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!os_no_args(thread, "cpu_count", argc, argv, kwnames)) return false;
    long count = sysconf(_SC_NPROCESSORS_ONLN);
    *result = count >= 1 ? INT_VALUE(count) : NONE_VALUE;
    return true;
}

/* _exit(status): leave at once, without cleanup or flushing. */
static bool os__exit(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"status", NULL};
    static const ArgSpec spec = {"_exit", ARGS_CLINIC, 1, 1, params, 0, 0, NULL};
    Value arg;
    int64_t status;
    (void)result;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &arg) || !value_as_index(thread, arg, &status))
        return false;
    _exit((int)status);
}

static bool os_kill(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"kill", ARGS_EXPECTED, 2, 2, NULL, 0, 0, NULL};
    Value args[2];
    int64_t pid, signal_number;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, args) || !value_as_index(thread, args[0], &pid) ||
        !value_as_index(thread, args[1], &signal_number))
        return false;
    int status = thread_kill((pid_t)pid, (int)signal_number);
    if (status != 0) return error_set_from_errno(thread, status, NULL);
    *result = NONE_VALUE;
    return true;
}

static bool os_strerror(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"strerror", ARGS_EXACTLY_ONE, 1, 1, NULL, 0, 0, NULL};
    Value arg;
    int64_t code;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &arg) || !value_as_index(thread, arg, &code))
        return false;
    const char *text = strerror((int)code);
    return os_str_result(thread, text, strlen(text), result);
}

/* urandom(size): bytes from the kernel's generator. */
static bool os_urandom(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"urandom", ARGS_EXACTLY_ONE, 1, 1, NULL, 0, 0, NULL};
    Value arg;
    int64_t size;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &arg) || !value_as_index(thread, arg, &size))
        return false;
    if (size < 0) return error_set(thread, &type_ValueError, "negative argument not allowed");
    unsigned char *data = malloc(size > 0 ? (size_t)size : 1);
    if (data == NULL) return error_no_memory(thread);
    size_t filled = 0;
    while (filled < (size_t)size) {
        ssize_t got = getrandom(data + filled, (size_t)size - filled, 0);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) {
            free(data);
            return error_set_from_errno(thread, errno, NULL);
        }
        filled += (size_t)got;
    }
    Bytes *bytes = bytes_new(thread, data, (size_t)size);
    free(data);
    if (bytes == NULL) return false;
    *result = OBJECT_VALUE(bytes);
    return true;
}

/* ---- The environment ---- */

static bool os_getenv(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"key", "default", NULL};
    static const ArgSpec spec = {"getenv", ARGS_CLINIC, 1, 2, params, 0, 0, NULL};
    Value args[2];
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, args)) return false;
    if (!IS_STR(args[0])) return error_set(thread, &type_TypeError, "str expected, not %s", value_type_name(args[0]));
    const char *value = getenv(AS_STR(args[0])->chars);
    if (value == NULL) {
        *result = IS_EMPTY(args[1]) ? NONE_VALUE : args[1];
        return true;
    }
    return os_str_result(thread, value, strlen(value), result);
}

/* os.environ: a dict of the environment when os was imported. */
static bool os_environ_dict(Thread *thread, Dict **out) {
    Dict *dict = dict_new(thread);
    if (dict == NULL) return false;
    for (char **entry = environ; *entry != NULL; entry++) {
        const char *equals = strchr(*entry, '=');
        if (equals == NULL) continue;
        Str *key = str_new(thread, *entry, (size_t)(equals - *entry));
        Str *value = str_from_c(thread, equals + 1);
        if (key == NULL || value == NULL || !dict_set(thread, dict, OBJECT_VALUE(key), OBJECT_VALUE(value)))
            return false;
    }
    *out = dict;
    return true;
}

/* ---- Files and directories ---- */

static bool os_getcwd(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!os_no_args(thread, "getcwd", argc, argv, kwnames)) return false;
    char buffer[PATH_MAX];
    if (getcwd(buffer, sizeof buffer) == NULL) return error_set_from_errno(thread, errno, NULL);
    return os_str_result(thread, buffer, strlen(buffer), result);
}

/* chdir(path) */
static bool os_chdir(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"path", NULL};
    static const ArgSpec spec = {"chdir", ARGS_CLINIC, 1, 1, params, 0, 0, NULL};
    Value arg;
    Str *path;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &arg) || !os_path_arg(thread, "chdir", "path", arg, &path))
        return false;
    if (chdir(path->chars) != 0) return error_set_from_errno(thread, errno, path->chars);
    *result = NONE_VALUE;
    return true;
}

/* listdir(path='.'): the names in the directory, in the directory's order. */
static bool os_listdir(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"path", NULL};
    static const ArgSpec spec = {"listdir", ARGS_CLINIC, 0, 1, params, 0, 0, NULL};
    Value arg;
    Str *path = NULL;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &arg)) return false;
    if (!IS_EMPTY(arg) && !IS_NONE(arg) && !os_path_arg(thread, "listdir", "path", arg, &path)) return false;
    const char *name = path != NULL ? path->chars : ".";
    List *names = list_new(thread, 0);
    if (names == NULL) return false;
    DIR *directory = opendir(name);
    if (directory == NULL) return error_set_from_errno(thread, errno, name);
    struct dirent *entry;
    bool ok = true;
    while (ok && (entry = readdir(directory)) != NULL) {
        if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0) continue;
        Str *text = str_from_c(thread, entry->d_name);
        ok = text != NULL && list_append(thread, names, OBJECT_VALUE(text));
    }
    closedir(directory);
    if (!ok) return false;
    *result = OBJECT_VALUE(names);
    return true;
}

/* The shared body of the one-path calls: remove, unlink, rmdir. */
static bool os_path_call(Thread *thread, int argc, Value *argv, Tuple *kwnames, const char *name,
                         int (*call)(const char *), Value *result) {
    static const char *const params[] = {"path", NULL};
    ArgSpec spec = {name, ARGS_CLINIC, 1, 1, params, 0, 0, NULL};
    Value arg;
    Str *path;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &arg) || !os_path_arg(thread, name, "path", arg, &path))
        return false;
    if (call(path->chars) != 0) return error_set_from_errno(thread, errno, path->chars);
    *result = NONE_VALUE;
    return true;
}

static bool os_remove(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return os_path_call(thread, argc, argv, kwnames, "remove", unlink, result);
}

static bool os_unlink(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return os_path_call(thread, argc, argv, kwnames, "unlink", unlink, result);
}

static bool os_rmdir(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return os_path_call(thread, argc, argv, kwnames, "rmdir", rmdir, result);
}

/* mkdir(path, mode=0o777) */
static bool os_mkdir(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"path", "mode", NULL};
    static const ArgSpec spec = {"mkdir", ARGS_CLINIC, 1, 2, params, 0, 0, NULL};
    Value args[2];
    Str *path;
    int64_t mode = 0777;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, args) ||
        !os_path_arg(thread, "mkdir", "path", args[0], &path) ||
        (!IS_EMPTY(args[1]) && !value_as_index(thread, args[1], &mode)))
        return false;
    if (mkdir(path->chars, (mode_t)mode) != 0) return error_set_from_errno(thread, errno, path->chars);
    *result = NONE_VALUE;
    return true;
}

/* rename(src, dst): errors name both paths ("'a' -> 'b'"). */
static bool os_rename(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"src", "dst", NULL};
    static const ArgSpec spec = {"rename", ARGS_CLINIC, 2, 2, params, 0, 0, NULL};
    Value args[2];
    Str *source, *destination;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, args) ||
        !os_path_arg(thread, "rename", "src", args[0], &source) ||
        !os_path_arg(thread, "rename", "dst", args[1], &destination))
        return false;
    if (rename(source->chars, destination->chars) != 0) return os_error2(thread, errno, source, destination);
    *result = NONE_VALUE;
    return true;
}

/* ---- os.path (posixpath) ---- */

/* One str argument of a posixpath function (`name` for messages). */
static bool posixpath_arg(Thread *thread, const char *name, int argc, Value *argv, Tuple *kwnames, Str **path) {
    ArgSpec spec = {name, ARGS_EXACTLY_ONE, 1, 1, NULL, 0, 0, NULL};
    Value arg;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &arg)) return false;
    if (IS_STR(arg)) {
        *path = AS_STR(arg);
        return true;
    }
    return error_set(thread, &type_TypeError, "expected str, bytes or os.PathLike object, not %s",
                     value_type_name(arg));
}

/* Where split() cuts `path`: the head's length (trailing slashes removed
 * unless it is all slashes) and the tail's start. */
static void posixpath_cut(const Str *path, size_t *head_length, size_t *tail_start) {
    const char *chars = path->chars;
    size_t tail = path->length;
    while (tail > 0 && chars[tail - 1] != '/') tail--;
    size_t head = tail;
    while (head > 0 && chars[head - 1] == '/') head--;
    *head_length = head == 0 ? tail : head;
    *tail_start = tail;
}

static bool posixpath_split(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    Str *path;
    size_t head, tail;
    if (!posixpath_arg(thread, "split", argc, argv, kwnames, &path)) return false;
    posixpath_cut(path, &head, &tail);
    Str *first = str_new(thread, path->chars, head), *second = str_new(thread, path->chars + tail, path->length - tail);
    Tuple *pair = tuple_new(thread, 2);
    if (first == NULL || second == NULL || pair == NULL) return false;
    pair->items[0] = OBJECT_VALUE(first);
    pair->items[1] = OBJECT_VALUE(second);
    *result = OBJECT_VALUE(pair);
    return true;
}

static bool posixpath_basename(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    Str *path;
    size_t head, tail;
    if (!posixpath_arg(thread, "basename", argc, argv, kwnames, &path)) return false;
    posixpath_cut(path, &head, &tail);
    return os_str_result(thread, path->chars + tail, path->length - tail, result);
}

static bool posixpath_dirname(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    Str *path;
    size_t head, tail;
    if (!posixpath_arg(thread, "dirname", argc, argv, kwnames, &path)) return false;
    posixpath_cut(path, &head, &tail);
    return os_str_result(thread, path->chars, head, result);
}

/* splitext(p): the last dot of the last component, unless the component
 * is only dots before it (".bashrc" has no extension). */
static bool posixpath_splitext(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    Str *path;
    if (!posixpath_arg(thread, "splitext", argc, argv, kwnames, &path)) return false;
    const char *chars = path->chars;
    const char *slash = strrchr(chars, '/'), *dot = strrchr(chars, '.');
    size_t cut = path->length;
    if (dot != NULL && (slash == NULL || dot > slash)) {
        for (const char *c = slash != NULL ? slash + 1 : chars; c < dot; c++)
            if (*c != '.') {
                cut = (size_t)(dot - chars);
                break;
            }
    }
    Str *root = str_new(thread, chars, cut), *extension = str_new(thread, chars + cut, path->length - cut);
    Tuple *pair = tuple_new(thread, 2);
    if (root == NULL || extension == NULL || pair == NULL) return false;
    pair->items[0] = OBJECT_VALUE(root);
    pair->items[1] = OBJECT_VALUE(extension);
    *result = OBJECT_VALUE(pair);
    return true;
}

/* join(a, *p): an absolute component restarts the path. */
static bool posixpath_join(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"join", ARGS_EXPECTED, 1, -1, NULL, 0, 0, NULL};
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, NULL)) return false;
    if (argc < 1) return error_set(thread, &type_TypeError, "join() missing 1 required positional argument: 'a'");
    for (int i = 0; i < argc; i++)
        if (!IS_STR(argv[i]))
            return error_set(thread, &type_TypeError, "join() argument must be str, bytes, or os.PathLike object, not '%s'",
                             value_type_name(argv[i]));
    StringBuilder builder;
    builder_init(&builder);
    builder_append_str(&builder, AS_STR(argv[0]));
    for (int i = 1; i < argc; i++) {
        const Str *part = AS_STR(argv[i]);
        if (part->length > 0 && part->chars[0] == '/')
            builder.length = 0;
        else if (builder.length > 0 && builder.chars[builder.length - 1] != '/')
            builder_append_char(&builder, '/');
        builder_append_str(&builder, part);
    }
    Str *text = builder_finish(thread, &builder);
    if (text == NULL) return false;
    *result = OBJECT_VALUE(text);
    return true;
}

static bool posixpath_isabs(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    Str *path;
    if (!posixpath_arg(thread, "isabs", argc, argv, kwnames, &path)) return false;
    *result = BOOL_VALUE(path->length > 0 && path->chars[0] == '/');
    return true;
}

/* normpath's work on `chars`: drop empty and "." components, let ".."
 * eat the one before it (or stay, at the start of a relative path). */
static bool posixpath_normalize(Thread *thread, const char *chars, size_t length, Value *result) {
    if (length == 0) return os_str_result(thread, ".", 1, result);
    int slashes = chars[0] != '/' ? 0 : (length >= 2 && chars[1] == '/' && (length < 3 || chars[2] != '/')) ? 2 : 1;
    size_t *starts = malloc((length / 2 + 2) * sizeof(size_t)), *lengths = malloc((length / 2 + 2) * sizeof(size_t));
    if (starts == NULL || lengths == NULL) {
        free(starts);
        free(lengths);
        return error_no_memory(thread);
    }
    size_t count = 0;
    for (size_t i = 0; i <= length;) {
        size_t end = i;
        while (end < length && chars[end] != '/') end++;
        size_t size = end - i;
        bool dot = size == 1 && chars[i] == '.', dotdot = size == 2 && chars[i] == '.' && chars[i + 1] == '.';
        bool last_is_dotdot = count > 0 && lengths[count - 1] == 2 && chars[starts[count - 1]] == '.' &&
                              chars[starts[count - 1] + 1] == '.';
        if (size == 0 || dot) {
        } else if (!dotdot || (slashes == 0 && count == 0) || last_is_dotdot) {
            starts[count] = i;
            lengths[count++] = size;
        } else if (count > 0) {
            count--;
        }
        i = end + 1;
    }
    StringBuilder builder;
    builder_init(&builder);
    for (int s = 0; s < slashes; s++) builder_append_char(&builder, '/');
    for (size_t c = 0; c < count; c++) {
        if (c > 0) builder_append_char(&builder, '/');
        builder_append(&builder, chars + starts[c], lengths[c]);
    }
    free(starts);
    free(lengths);
    if (builder.length == 0) builder_append_char(&builder, '.');
    Str *text = builder_finish(thread, &builder);
    if (text == NULL) return false;
    *result = OBJECT_VALUE(text);
    return true;
}

static bool posixpath_normpath(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    Str *path;
    if (!posixpath_arg(thread, "normpath", argc, argv, kwnames, &path)) return false;
    return posixpath_normalize(thread, path->chars, path->length, result);
}

static bool posixpath_abspath(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    Str *path;
    if (!posixpath_arg(thread, "abspath", argc, argv, kwnames, &path)) return false;
    if (path->length > 0 && path->chars[0] == '/') return posixpath_normalize(thread, path->chars, path->length, result);
    char cwd[PATH_MAX];
    if (getcwd(cwd, sizeof cwd) == NULL) return error_set_from_errno(thread, errno, NULL);
    StringBuilder builder;
    builder_init(&builder);
    builder_append_c(&builder, cwd);
    if (path->length > 0) {
        if (builder.length == 0 || builder.chars[builder.length - 1] != '/') builder_append_char(&builder, '/');
        builder_append_str(&builder, path);
    }
    bool ok = posixpath_normalize(thread, builder.chars, builder.length, result);
    builder_free(&builder);
    return ok;
}

/* stat(path) for the predicates: false (no error) when it fails. */
static bool posixpath_stat_predicate(Thread *thread, int argc, Value *argv, Tuple *kwnames, const char *name,
                                     mode_t kind, Value *result) {
    ArgSpec spec = {name, ARGS_EXACTLY_ONE, 1, 1, NULL, 0, 0, NULL};
    Value arg;
    struct stat info;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &arg)) return false;
    bool ok = IS_STR(arg) && stat(AS_STR(arg)->chars, &info) == 0;
    *result = BOOL_VALUE(ok && (kind == 0 || (info.st_mode & S_IFMT) == kind));
    return true;
}

static bool posixpath_exists(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return posixpath_stat_predicate(thread, argc, argv, kwnames, "exists", 0, result);
}

static bool posixpath_isfile(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return posixpath_stat_predicate(thread, argc, argv, kwnames, "isfile", S_IFREG, result);
}

static bool posixpath_isdir(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return posixpath_stat_predicate(thread, argc, argv, kwnames, "isdir", S_IFDIR, result);
}

static bool posixpath_getsize(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    Str *path;
    struct stat info;
    if (!posixpath_arg(thread, "getsize", argc, argv, kwnames, &path)) return false;
    if (stat(path->chars, &info) != 0) return error_set_from_errno(thread, errno, path->chars);
    *result = INT_VALUE((int64_t)info.st_size);
    return true;
}

/* ---- The modules ---- */

static const MethodDef posixpath_functions[] = {
    {"join", posixpath_join},         {"split", posixpath_split},     {"basename", posixpath_basename},
    {"dirname", posixpath_dirname},   {"splitext", posixpath_splitext}, {"isabs", posixpath_isabs},
    {"normpath", posixpath_normpath}, {"abspath", posixpath_abspath}, {"exists", posixpath_exists},
    {"isfile", posixpath_isfile},     {"isdir", posixpath_isdir},     {"getsize", posixpath_getsize},
    {NULL, NULL},
};

static const MethodDef os_functions[] = {
    {"getpid", os_getpid},     {"getppid", os_getppid}, {"cpu_count", os_cpu_count}, {"_exit", os__exit},
    {"kill", os_kill},         {"strerror", os_strerror}, {"urandom", os_urandom},   {"getenv", os_getenv},
    {"getcwd", os_getcwd},     {"chdir", os_chdir},     {"listdir", os_listdir},     {"remove", os_remove},
    {"unlink", os_unlink},     {"rmdir", os_rmdir},     {"mkdir", os_mkdir},         {"rename", os_rename},
    {NULL, NULL},
};

/* The string constants os and posixpath share. */
static bool os_add_constants(Thread *thread, Dict *dict) {
    static const char *const constants[][2] = {
        {"sep", "/"}, {"curdir", "."}, {"pardir", ".."}, {"extsep", "."}, {"pathsep", ":"}, {"devnull", "/dev/null"},
    };
    for (size_t i = 0; i < sizeof constants / sizeof *constants; i++) {
        Str *text = str_from_c(thread, constants[i][1]);
        if (text == NULL || !dict_set_c(thread, dict, constants[i][0], OBJECT_VALUE(text))) return false;
    }
    return dict_set_c(thread, dict, "altsep", NONE_VALUE);
}

bool posixpath_module_init(Thread *thread, Module *module) {
    return os_add_constants(thread, module->dict) &&
           dict_add_natives(thread, module->dict, posixpath_functions, OBJECT_VALUE(module->name));
}

bool os_module_init(Thread *thread, Module *module) {
    Dict *environment;
    Str *name = str_from_c(thread, "posix"), *linesep = str_from_c(thread, "\n");
    if (name == NULL || linesep == NULL || !os_add_constants(thread, module->dict) ||
        !dict_add_natives(thread, module->dict, os_functions, OBJECT_VALUE(module->name)) ||
        !os_environ_dict(thread, &environment) ||
        !dict_set_c(thread, module->dict, "environ", OBJECT_VALUE(environment)) ||
        !dict_set_c(thread, module->dict, "name", OBJECT_VALUE(name)) ||
        !dict_set_c(thread, module->dict, "linesep", OBJECT_VALUE(linesep)) ||
        !dict_set_c(thread, module->dict, "error", OBJECT_VALUE(&type_OSError)))
        return false;
    Module *path = stdlib_load_builtin(thread, "posixpath");
    if (path == NULL) {
        if (!error_occurred(thread)) error_set(thread, &type_ImportError, "No module named 'posixpath'");
        return false;
    }
    return dict_set_c(thread, module->dict, "path", OBJECT_VALUE(path)) &&
           dict_set_c(thread, thread->runtime->modules, "os.path", OBJECT_VALUE(path));
}
