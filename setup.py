"""Which packages the wheel holds: every package of dateline, and its default theme.

The rest of the metadata is in pyproject.toml. pyproject.toml cannot both find packages and add the
theme's folders, which are not Python packages and live outside dateline/ (see its package-dir).
"""
from setuptools import find_packages, setup

THEME_PACKAGES = ["dateline.theme.templates", "dateline.theme.static"]

setup(packages=find_packages(include=["dateline", "dateline.*"]) + THEME_PACKAGES)
