# gil.policy() names the policy chosen with --gil=priority (policy_priority.options).
import gil

print(gil.policy())
