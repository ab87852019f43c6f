"""Generating contracts and forms from docxtpl templates (issue #5).

``generate``:  template + data -> validate against the variables file -> render (sandboxed,
strict) -> self-check -> write atomically. This package never imports spaCy: the officer's
``generate`` must start fast and work without the language model.
"""

from .render import find_template, list_templates, render_docx, templates_dir
from .spec import TemplateSpec, Variable, load_spec, read_data_file, validate

__all__ = ["TemplateSpec", "Variable", "find_template", "list_templates", "load_spec",
           "read_data_file", "render_docx", "templates_dir", "validate"]
