# gil.policy() names the policy chosen with --gil=fifo (policy_fifo.options).
import gil

print(gil.policy())
