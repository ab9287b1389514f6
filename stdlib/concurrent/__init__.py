"""The concurrent package: it holds concurrent.futures, nothing else."""
