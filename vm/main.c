/* main.c: the `baton` command: parse the command line, run a script, a -c
 * string or standard input as the __main__ module, or the REPL (repl.c: on
 * a terminal with no program, and after the program with -i), and turn the
 * outcome into python3's exit codes (0, 1 for an uncaught exception, 2 for
 * usage errors, SystemExit's code). */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "builtins.h"
#include "compiler.h"
#include "dict.h"
#include "dis.h"
#include "error.h"
#include "eval.h"
#include "exception.h"
#include "gc.h"
#include "gil.h"
#include "gil_trace.h"
#include "import.h"
#include "line_trace.h"
#include "module.h"
#include "ops.h"
#include "repl.h"
#include "runtime.h"
#include "str.h"
#include "thread.h"

#define EXIT_USAGE 2
/* Internal status: an uncaught KeyboardInterrupt, which ends the process
 * by SIGINT (exit status 130 in a shell), as python3 does. */
#define EXIT_BY_SIGINT (-2)

/* -i: the program's uncaught exception (SystemExit too) is printed rather
 * than ending the process, and the REPL opens in its globals, as python3 -i. */
static bool inspect_after_program;

static const char usage_line[] = "usage: baton [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

static void print_help(void) {
    fputs(usage_line, stdout);
    fputs("Baton runs a subset of Python 3.11 on a bytecode VM with a real GIL.\n"
          "Options:\n"
          "-c cmd   : program passed in as string (terminates option list)\n"
          "-h       : print this help message and exit (also -? or --help)\n"
          "-i       : inspect interactively after running script; forces a prompt even\n"
          "           if stdin does not appear to be a terminal\n"
          "-m mod   : run library module as a script (terminates option list)\n"
          "--dis    : print the bytecode of the program instead of running it\n"
          "--gil=POLICY: how threads share the GIL: cpython (default), legacy, fifo, priority,\n"
          "         deterministic (the same interleaving on every run; virtual time)\n"
          "--seed=N: the deterministic policy's seed (default 0): another N, another interleaving\n"
          "--gil-trace FILE: record what the GIL does; at exit write FILE.json (a Chrome trace\n"
          "           for Perfetto) or FILE.html (a timeline page to open in a browser)\n"
          "--gil-timeline: record what the GIL does; print a text timeline on stderr at exit\n"
          "--switch-check=every: make every instruction a check point (races show)\n"
          "--trace  : print each line as it runs, with its thread (as python3 -m trace --trace);\n"
          "           --trace=user leaves out Baton's embedded standard library\n"
          "--version: print the Baton version number and exit (also -V)\n"
          "file     : program read from script file\n"
          "-        : program read from stdin (default; interactive mode if a tty)\n"
          "arg ...  : arguments passed to program in sys.argv[1:]\n"
          "Environment:\n"
          "BATON_GC_STRESS=1: collect garbage at every check point (for testing)\n"
          "BATON_HISTORY=FILE: the REPL's history file (default ~/.baton_history)\n"
          "BATON_NO_HISTORY=1: keep no REPL history\n",
          stdout);
}

static int usage_error(const char *format, const char *argument) {
    fprintf(stderr, format, argument);
    fputs(usage_line, stderr);
    fputs("Try `baton -h' for more information.\n", stderr);
    return EXIT_USAGE;
}

/* Read a whole stream into a malloc'd, NUL-terminated buffer. */
static char *read_stream(FILE *stream, size_t *length) {
    size_t capacity = 4096, used = 0;
    char *buffer = malloc(capacity);
    if (buffer == NULL) return NULL;
    for (;;) {
        if (capacity - used < 2048) {
            char *grown = realloc(buffer, capacity * 2);
            if (grown == NULL) {
                free(buffer);
                return NULL;
            }
            buffer = grown;
            capacity *= 2;
        }
        size_t got = fread(buffer + used, 1, capacity - used - 1, stream);
        used += got;
        if (got == 0) break;
    }
    buffer[used] = '\0';
    *length = used;
    return buffer;
}

/* The exit code for an uncaught SystemExit, printing its code when that is
 * not an int, as python3 does. */
static int system_exit_code(Thread *thread, Value exception) {
    Value code = NONE_VALUE;
    Str *name = str_intern_c(thread, "code");
    if (name == NULL || !object_getattr(thread, exception, name, &code)) {
        error_clear(thread);
        return 1;
    }
    if (IS_NONE(code)) return 0;
    if (IS_INT(code)) return (int)AS_INT(code);
    if (IS_BOOL(code)) return AS_BOOL(code) ? 1 : 0;
    Str *text = NULL;
    if (object_str(thread, code, &text)) {
        fwrite(text->chars, 1, text->length, stderr);
        fputc('\n', stderr);
    } else {
        error_clear(thread);
    }
    return 1;
}

/* Report the exception that ended the program and choose the exit code. */
static int finish_with_exception(Thread *thread) {
    Value exception = error_fetch(thread);
    if (inspect_after_program) {
        exception_print(thread, exception);
        return 1;
    }
    if (value_is_instance(exception, &type_SystemExit)) return system_exit_code(thread, exception);
    /* As python3: the traceback goes out now, buffered stdout at exit. */
    exception_print(thread, exception);
    return value_is_instance(exception, &type_KeyboardInterrupt) ? EXIT_BY_SIGINT : 1;
}

/* Make the __main__ module and register it in sys.modules. */
static Module *make_main_module(Thread *thread, const char *filename) {
    Runtime *runtime = thread->runtime;
    Module *module = module_new(thread, "__main__");
    if (module == NULL) return NULL;
    runtime->main_module = module;
    if (filename != NULL) {
        Str *file = str_from_c(thread, filename);
        if (file == NULL || !dict_set_str(thread, module->dict, runtime->names.file, OBJECT_VALUE(file))) return NULL;
    }
    Value builtins_module = dict_get_c(thread, runtime->modules, "builtins");
    if (!IS_EMPTY(builtins_module) &&
        !dict_set_str(thread, module->dict, runtime->names.builtins, builtins_module))
        return NULL;
    if (!dict_set_str(thread, runtime->modules, runtime->names.main, OBJECT_VALUE(module))) return NULL;
    return module;
}

/* Compile and run `source` as __main__ (or disassemble it). */
static int run_main(Thread *thread, const char *source, size_t length, const char *filename, const char *file_attribute,
                    bool disassemble) {
    Code *code = file_attribute == NULL ? compile_string(thread, source, length, filename, COMPILE_FILE, NULL)
                                        : compile_source(thread, source, length, filename, COMPILE_FILE, NULL);
    if (code == NULL) return finish_with_exception(thread);
    if (disassemble) {
        dis_code(thread, code, stdout);
        return 0;
    }
    Module *module = make_main_module(thread, file_attribute);
    if (module == NULL) return finish_with_exception(thread);
    Value result;
    if (!eval_module(thread, code, module->dict, &result)) return finish_with_exception(thread);
    return 0;
}

/* python3 runs a script under its absolute path (cwd joined with the path
 * as given, not normalised): that is __file__ and what tracebacks show. */
static const char *absolute_script_path(const char *path, char *buffer, size_t size) {
    char cwd[PATH_MAX];
    if (path[0] == '/' || getcwd(cwd, sizeof cwd) == NULL) return path;
    if (snprintf(buffer, size, "%s/%s", cwd, path) >= (int)size) return path;
    return buffer;
}

static int run_file(Thread *thread, const char *path, bool disassemble) {
    char buffer[PATH_MAX * 2];
    const char *absolute = absolute_script_path(path, buffer, sizeof buffer);
    FILE *file = fopen(path, "rb");
    if (file == NULL) {
        int error = errno;
        fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", thread->runtime->program_name, absolute, error,
                strerror(error));
        return EXIT_USAGE;
    }
    size_t length = 0;
    char *source = read_stream(file, &length);
    fclose(file);
    if (source == NULL) {
        fprintf(stderr, "%s: out of memory reading '%s'\n", thread->runtime->program_name, path);
        return 1;
    }
    int status = run_main(thread, source, length, absolute, absolute, disassemble);
    free(source);
    return status;
}

/* baton -m NAME: run the module as __main__ (import.c does the work); a
 * module that cannot be found is reported as python3 does, without a
 * traceback: "baton: No module named x". */
static int run_module(Thread *thread, const char *name) {
    bool while_finding = false;
    if (import_run_main(thread, name, &while_finding)) return 0;
    if (!while_finding) return finish_with_exception(thread);
    Value error = error_fetch(thread);
    Str *text = NULL;
    if (!object_str(thread, error, &text)) error_clear(thread);
    fprintf(stderr, "%s: %s\n", thread->runtime->program_name, text != NULL ? text->chars : "No module named");
    return 1;
}

/* At exit, as CPython's Py_FinalizeEx: if threading was imported, run
 * threading._shutdown() (it joins every non-daemon thread); an error there
 * is reported as "Exception ignored in: <module 'threading' ...>". */
static void run_threading_shutdown(Thread *thread) {
    Value module = dict_get_c(thread, thread->runtime->modules, "threading");
    if (IS_EMPTY(module)) {
        error_clear(thread);
        return;
    }
    Str *name = str_intern_c(thread, "_shutdown");
    Value shutdown, result;
    if (name == NULL || !object_getattr_optional(thread, module, name, &shutdown)) {
        error_clear(thread);
        return;
    }
    if (IS_EMPTY(shutdown) || object_call(thread, shutdown, 0, NULL, NULL, &result)) return;
    Value exception = error_fetch(thread);
    if (!gc_push_root(thread, exception)) {
        error_clear(thread);
        return;
    }
    Str *text = NULL;
    if (!object_repr(thread, module, &text)) error_clear(thread);
    builtins_flush_stdout(thread);
    fprintf(stderr, "Exception ignored in: %s\n", text != NULL ? text->chars : "<module 'threading'>");
    exception_print_unraisable(thread, exception);
    gc_pop_roots(thread, 1);
}

/* --gil-trace, --gil-timeline (or a gil.trace_start never stopped): stop
 * recording and write it out. */
static void finish_gil_trace(Thread *thread) {
    GilTrace *trace = gil_trace_detach(thread);
    if (trace == NULL) return;
    builtins_flush_stdout(thread);
    if (!gil_trace_output(trace, thread->runtime))
        fprintf(stderr, "%s: cannot write the GIL trace to '%s': %s\n", thread->runtime->program_name,
                gil_trace_path(trace), strerror(errno));
    gil_trace_free(trace);
}

/* Start recording the GIL's trace from the command line's options. */
static bool start_gil_trace(Thread *thread, const char *path, bool timeline) {
    if (path == NULL && !timeline) return true;
    GilTrace *trace = gil_trace_new(path, timeline);
    if (trace == NULL || !gil_trace_attach(thread, trace)) {
        gil_trace_free(trace);
        fprintf(stderr, "baton: could not start the GIL trace (out of memory)\n");
        return false;
    }
    return true;
}

/* --seed=N: a whole number from 0 to 2**64-1, for --gil=deterministic. */
static int parse_seed(const char *text, GilPolicy policy, uint64_t *seed) {
    if (policy != GIL_POLICY_DETERMINISTIC) return usage_error("%s goes with --gil=deterministic\n", "--seed");
    char *end = NULL;
    errno = 0;
    unsigned long long value = strtoull(text, &end, 10);
    if (text[0] < '0' || text[0] > '9' || *end != '\0' || errno == ERANGE)
        return usage_error("--seed needs a whole number from 0 to 2**64-1, not '%s'\n", text);
    *seed = (uint64_t)value;
    return 0;
}

/* --gil-trace FILE: FILE.json (a Chrome trace) or FILE.html (a page). */
static int check_gil_trace_path(const char *path) {
    if (gil_trace_format(path) == GIL_TRACE_FORMAT_UNKNOWN)
        return usage_error("--gil-trace needs a file name ending in .json or .html, not '%s'\n", path);
    return 0;
}

/* The end of the program: join the non-daemon threads, then freeze every
 * other thread (a daemon that asks for the GIL from now on never gets it),
 * write the GIL trace, flush the streams, and free the runtime only if no
 * other thread is left that could still wake up inside it. */
static int finish_program(Thread *thread, int status) {
    run_threading_shutdown(thread);
    gil_begin_finalization(thread);
    finish_gil_trace(thread);
    signal(SIGINT, SIG_DFL); /* a second Ctrl-C now ends the process */
    builtins_flush_stdout(thread);
    fflush(stderr);
    if (thread->runtime->thread_count == 1) runtime_destroy(thread->runtime);
    if (status == EXIT_BY_SIGINT) thread_exit_by_sigint();
    return status;
}

/* The REPL in the globals of __main__ (made now if no program made it);
 * the exit status is 0 at the end of input, or SystemExit's. */
static int run_repl(Thread *thread, bool banner) {
    inspect_after_program = false;
    Value existing = dict_get_c(thread, thread->runtime->modules, "__main__");
    Module *module = IS_MODULE(existing) ? AS_MODULE(existing) : make_main_module(thread, NULL);
    if (module == NULL) return finish_with_exception(thread);
    if (repl_run(thread, module, banner)) return 0;
    return finish_with_exception(thread);
}

static int run_stdin(Thread *thread, bool disassemble) {
    size_t length = 0;
    char *source = read_stream(stdin, &length);
    if (source == NULL) return 1;
    int status = run_main(thread, source, length, "<stdin>", "<stdin>", disassemble);
    free(source);
    return status;
}

int main(int argc, char **argv) {
    bool disassemble = false;
    bool switch_check_every = false;
    bool trace_lines = false; /* --trace, --trace=user */
    LineTraceScope trace_scope = LINE_TRACE_ALL;
    bool inspect = false; /* -i */
    GilPolicy policy = GIL_POLICY_CPYTHON;
    const char *seed = NULL; /* --seed=N */
    const char *gil_trace_path = NULL; /* --gil-trace */
    bool gil_timeline = false;
    const char *command = NULL;
    const char *module = NULL; /* -m */
    int index = 1;
    for (; index < argc; index++) {
        const char *option = argv[index];
        if (option[0] != '-' || strcmp(option, "-") == 0) break;
        if (strcmp(option, "--") == 0) {
            index++;
            break;
        }
        if (strcmp(option, "-h") == 0 || strcmp(option, "-?") == 0 || strcmp(option, "--help") == 0) {
            print_help();
            return 0;
        }
        if (strcmp(option, "-V") == 0 || strcmp(option, "--version") == 0) {
            printf("Baton %s (Python 3.11 subset)\n", BATON_VERSION);
            return 0;
        }
        if (strcmp(option, "-i") == 0) {
            inspect = true;
            continue;
        }
        if (strcmp(option, "--dis") == 0) {
            disassemble = true;
            continue;
        }
        if (strncmp(option, "--gil=", 6) == 0) {
            if (!gil_parse_policy(option + 6, &policy))
                return usage_error("unknown GIL policy %s (cpython, legacy, fifo, priority or deterministic)\n",
                                   option + 6);
            continue;
        }
        if (strncmp(option, "--seed=", 7) == 0) {
            seed = option + 7;
            continue;
        }
        if (strcmp(option, "--gil-trace") == 0 || strncmp(option, "--gil-trace=", 12) == 0) {
            if (option[11] == '=') gil_trace_path = option + 12;
            else if (index + 1 < argc) gil_trace_path = argv[++index];
            else return usage_error("Argument expected for the %s option\n", "--gil-trace");
            int status = check_gil_trace_path(gil_trace_path);
            if (status != 0) return status;
            continue;
        }
        if (strcmp(option, "--gil-timeline") == 0) {
            gil_timeline = true;
            continue;
        }
        if (strcmp(option, "--switch-check=every") == 0) {
            switch_check_every = true;
            continue;
        }
        if (line_trace_parse_option(option, &trace_scope)) {
            trace_lines = true;
            continue;
        }
        if (strcmp(option, "-c") == 0) {
            if (index + 1 >= argc) return usage_error("Argument expected for the %s option\n", "-c");
            command = argv[index + 1];
            index++; /* sys.argv[0] becomes "-c" */
            break;
        }
        if (strncmp(option, "-c", 2) == 0) {
            command = option + 2;
            break;
        }
        if (strcmp(option, "-m") == 0) {
            if (index + 1 >= argc) return usage_error("Argument expected for the %s option\n", "-m");
            module = argv[index + 1];
            index++; /* sys.argv[0] is "-m" until the module is found */
            break;
        }
        if (strncmp(option, "-m", 2) == 0) {
            module = option + 2;
            break;
        }
        return usage_error("unknown option %s\n", option);
    }

    uint64_t seed_value = 0;
    if (seed != NULL) {
        int status = parse_seed(seed, policy, &seed_value);
        if (status != 0) return status;
    }

    /* sys.argv: the script (or "-c", or "" for stdin) and what follows. */
    char *empty_name = "";
    char **program_argv = argv + index;
    int program_argc = argc - index;
    char *c_name = "-c";
    char *m_name = "-m";
    if (command != NULL) program_argv[0] = c_name;
    if (module != NULL) program_argv[0] = m_name;
    if (program_argc == 0) {
        program_argv = &empty_name;
        program_argc = 1;
    }
    Thread *thread = runtime_create(program_argc, program_argv);
    if (thread == NULL) {
        fprintf(stderr, "baton: could not start the runtime (out of memory)\n");
        return 1;
    }
    thread->runtime->program_name = argv[0];
    thread->runtime->switch_check_every = switch_check_every;
    if (trace_lines && !line_trace_start(thread->runtime, trace_scope)) {
        fprintf(stderr, "baton: out of memory\n");
        return 1;
    }
    gil_set_policy(thread->runtime, policy, seed_value);
    if (!start_gil_trace(thread, gil_trace_path, gil_timeline)) return 1;

    /* The REPL: with no program on a terminal, or with -i and no program
     * (standard input then holds the entries, not a program). */
    bool program_on_stdin = module == NULL && command == NULL && (index >= argc || strcmp(argv[index], "-") == 0);
    bool repl_only = program_on_stdin && !disassemble && (inspect || (index >= argc && isatty(STDIN_FILENO)));
    inspect_after_program = inspect && !repl_only && !disassemble;

    int status;
    if (repl_only)
        status = run_repl(thread, true);
    else if (module != NULL)
        status = run_module(thread, module);
    else if (command != NULL)
        status = run_main(thread, command, strlen(command), "<string>", NULL, disassemble);
    else if (index < argc && strcmp(argv[index], "-") != 0)
        status = run_file(thread, argv[index], disassemble);
    else
        status = run_stdin(thread, disassemble);
    if (inspect_after_program) status = run_repl(thread, false);
    return finish_program(thread, status);
}
