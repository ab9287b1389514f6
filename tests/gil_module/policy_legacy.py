# gil.policy() names the policy chosen with --gil=legacy (policy_legacy.options).
import gil

print(gil.policy())
