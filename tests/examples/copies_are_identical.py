# Each test in this folder is a copy of a program in examples/: this checks
# that every pair still matches byte for byte (edit both, or copy again).
NAMES = [
    "word_frequency", "bank_accounts", "generator_pipeline", "calculator", "records_sorting",
    "decorators", "big_numbers", "text_adventure", "round_robin", "report_table",
]


def read(path):
    with open(path) as handle:
        return handle.read()


for name in NAMES:
    copy, original = read(name + ".py"), read("../../examples/" + name + ".py")
    print(name, "identical" if copy == original else "DIFFERS from examples/" + name + ".py")
