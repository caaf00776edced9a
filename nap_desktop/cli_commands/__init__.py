"""Sub-commands of the `nap` command line, one module per area."""
