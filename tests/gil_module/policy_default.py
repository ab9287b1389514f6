# gil.policy(): without --gil=, the policy is cpython (policy_default.options
# is empty: this test runs without options, never under the other policies).
import gil

print(gil.policy())
