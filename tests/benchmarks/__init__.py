"""Benchmarks (``make bench``): every figure printed next to a baseline measured in the same
run on the same machine. Machines here are shared and noisy, so each figure is the median of
several interleaved runs, and the ratio to the baseline is what to read."""
