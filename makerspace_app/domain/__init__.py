"""Domain vocabulary and rules with no I/O: enums, errors, text folding, time rules."""
