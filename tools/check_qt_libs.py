"""Check that the system libraries Qt needs are installed; install them when we can, else say how in one line.

Run by the Makefile (with the virtual environment's Python, after PySide6 is installed) before the window opens
(``make run``: the xcb platform plugin, ``--window``) and before the tests (``make test``: the offscreen plugin).
Qt itself names only the first missing library ("xcb-cursor0 or libxcb-cursor0 is needed..."); this lists all of
them, by running ``ldd`` on the plugin and the Qt libraries the app loads, and maps each to its Debian package.

    python tools/check_qt_libs.py [--window] [--install]

``--install``: as root with apt-get, install what is missing (apt-get update + install), then check again.
Exit 0 when nothing is missing (or this is not Linux, or ldd is absent), 1 with one line otherwise.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

# soname -> Debian (12+) / Ubuntu package: every library outside glibc that PySide6's Qt Core, Gui, Widgets, Svg,
# DBus and the offscreen and xcb platform plugins link to (found with ldd on PySide6 6.11)
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0", "libxcb-shm.so.0": "libxcb-shm0", "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0", "libxcb-xkb.so.1": "libxcb-xkb1", "libxcb-render.so.0": "libxcb-render0",
    "libxcb-glx.so.0": "libxcb-glx0", "libxcb-xinput.so.0": "libxcb-xinput0", "libxcb-util.so.1": "libxcb-util1",
    "libxcb.so.1": "libxcb1", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0", "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1", "libX11.so.6": "libx11-6", "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6", "libSM.so.6": "libsm6", "libICE.so.6": "libice6", "libXrender.so.1": "libxrender1",
    "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1", "libGLX.so.0": "libglx0", "libOpenGL.so.0": "libopengl0",
    "libGLdispatch.so.0": "libglvnd0", "libdrm.so.2": "libdrm2", "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6", "libpng16.so.16": "libpng16-16", "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0", "libexpat.so.1": "libexpat1",
    "libbrotlidec.so.1": "libbrotli1", "libbrotlicommon.so.1": "libbrotli1", "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1", "libpcre2-8.so.0": "libpcre2-8-0", "libffi.so.8": "libffi8",
    "libwayland-client.so.0": "libwayland-client0", "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1", "libsystemd.so.0": "libsystemd0",
}
FONTS = "fonts-dejavu-core"  # Qt draws nothing readable without a font; not a linked library, so checked apart
_LIBS = ("libQt6Core.so.6", "libQt6Gui.so.6", "libQt6Widgets.so.6", "libQt6Svg.so.6", "libQt6DBus.so.6")
_PLUGINS = {"offscreen": ("platforms/libqoffscreen.so",),
            "window": ("platforms/libqoffscreen.so", "platforms/libqxcb.so",
                       "xcbglintegrations/libqxcb-glx-integration.so")}


def qt_dir() -> Path | None:
    """PySide6's Qt folder (lib/, plugins/) for this Python, found without loading Qt."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "Qt"


def missing_libraries(qt: Path, mode: str) -> list[str]:
    """The sonames ``ldd`` reports "not found" for the Qt libraries and plugins of ``mode``, sorted."""
    files = [qt / "lib" / name for name in _LIBS] + [qt / "plugins" / p for p in _PLUGINS[mode]]
    missing: set[str] = set()
    for path in files:
        if not path.exists():
            continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=False).stdout
        missing.update(line.split()[0] for line in out.splitlines() if "not found" in line)
    return sorted(missing)


def missing_fonts() -> bool:
    """True when fontconfig knows no font at all (fc-list absent counts as fine: nothing to ask)."""
    if shutil.which("fc-list") is None:
        return not any(Path(d).is_dir() and any(Path(d).rglob("*.tt[fc]"))
                       for d in ("/usr/share/fonts", "/usr/local/share/fonts"))
    return not subprocess.run(["fc-list"], capture_output=True, text=True, check=False).stdout.strip()


def packages_for(sonames: list[str]) -> list[str]:
    """Debian packages providing ``sonames`` (a soname not in the table is named as it is)."""
    return sorted({PACKAGES.get(name, name) for name in sonames})


def _apt_install(packages: list[str]) -> bool:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    print(f"installing the system libraries Qt needs: {' '.join(packages)}", file=sys.stderr)
    for cmd in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "--no-install-recommends",
                                               *packages]):
        if subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, check=False).returncode != 0:
            return False
    return True


def check(mode: str, install: bool) -> int:
    """0 when Qt can start in ``mode``; 1 after printing one line naming what is missing and how to install it."""
    qt = qt_dir()
    if not sys.platform.startswith("linux") or qt is None or shutil.which("ldd") is None:
        return 0
    packages = packages_for(missing_libraries(qt, mode)) + ([FONTS] if missing_fonts() else [])
    if packages and install and os.geteuid() == 0 and shutil.which("apt-get") and _apt_install(packages):
        packages = packages_for(missing_libraries(qt, mode)) + ([FONTS] if missing_fonts() else [])
    if not packages:
        return 0
    sudo = "" if os.geteuid() == 0 else "sudo "
    print(f"error: Qt needs system libraries that are missing: {' '.join(packages)} — install them with: "
          f"{sudo}apt-get install -y {' '.join(packages)}", file=sys.stderr)
    return 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--window", action="store_true", help="also what the on-screen window (xcb) needs")
    parser.add_argument("--install", action="store_true", help="install what is missing (root with apt-get)")
    args = parser.parse_args(argv)
    return check("window" if args.window else "offscreen", args.install)


if __name__ == "__main__":
    sys.exit(main())
