"""Sub-commands of the `nap` command line: their grammar in ``parsers.py`` (light, read
for every call), their code one module per area, imported when the command runs."""
