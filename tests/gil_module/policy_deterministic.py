# gil.policy() names the policy chosen with --gil=deterministic
# (policy_deterministic.options).
import gil

print(gil.policy())
