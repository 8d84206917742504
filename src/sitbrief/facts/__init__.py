"""The fact model: the reviewed, editable contract between extraction and rendering.

What goes in: extracted items, or a YAML/JSON fact file an analyst edited (``facts.io``); what
comes out: validated ``Facts`` (``facts.model``) whose every item carries evidence, and its JSON
Schema. It imports only ``core``: every stage above may depend on it.
"""
