"""Run builds: one input to its outputs, batches in parallel, digests, stamps, watch, layout checks.

What goes in: input paths, build options and a layout; what comes out: files landed atomically in
the output folder (both outputs or neither), incremental stamps, progress lines and a result per
input. This is the only package that calls every stage.
"""
