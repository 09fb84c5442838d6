"""Maps the desktop app's folder ui/ to the installed package ``circlesoftrust_ui``.

Everything else is in pyproject.toml; pyproject's table form cannot rename a package
*and* find its subpackages, which this does for every folder under ui/ (a new feature
folder needs no entry here).
"""

from glob import glob

from setuptools import find_packages, setup

UI_PACKAGES = [
    "circlesoftrust_ui" + name[len("ui") :] for name in find_packages(include=["ui", "ui.*"])
]

setup(
    packages=[*find_packages(include=["circlesoftrust", "circlesoftrust.*"]), *UI_PACKAGES],
    package_dir={"circlesoftrust_ui": "ui"},
    # Help -> Manual reads docs/manual.md and its screenshots from <prefix>/share/…
    # (ui/shell/help.py looks there); the Linux desktop entry for system-wide installs.
    data_files=[
        ("share/circlesoftrust/docs", [*sorted(glob("docs/manual*.md")), "docs/cli.md"]),
        ("share/circlesoftrust/docs/screenshots", sorted(glob("docs/screenshots/*.png"))),
        ("share/applications", ["ui/resources/circlesoftrust.desktop"]),
        ("share/icons/hicolor/scalable/apps", ["packaging/circlesoftrust.svg"]),
    ],
)
