"""Packaging hook: the clause patterns and the templates live at the top of the repository
(where officers and reviewers find them), and are copied into the wheel as package data so a
non-editable install (``pip install git+…``) works. Metadata is in pyproject.toml."""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

DATA_DIRS = ("clause_patterns", "templates")


class BuildPyWithData(build_py):
    def run(self):
        super().run()
        root = Path(__file__).resolve().parent
        for name in DATA_DIRS:
            src = root / name
            if not src.is_dir():
                continue
            dst = Path(self.build_lib) / "contractcheck" / "data" / name
            if dst.exists():
                shutil.rmtree(dst)
            shutil.copytree(src, dst, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


setup(cmdclass={"build_py": BuildPyWithData})
