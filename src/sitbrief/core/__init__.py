"""Foundations every stage may use: the errors a user can meet (each with its exit code), capped
file reading and strict YAML.

What goes in: nothing of sitbrief's own; what comes out: exceptions and two readers. Nothing here
imports another sitbrief package.
"""
