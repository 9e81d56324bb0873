"""How much memory the machine has free, so that a method can refuse (with the size) a run whose arrays
would not fit instead of being killed by the system half-way.

:func:`available_bytes` reads what the operating system reports as available (Linux ``MemAvailable``,
Windows ``ullAvailPhys``, else the free physical pages); None when it cannot tell, and then nothing is
refused.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

MEMINFO = Path("/proc/meminfo")


def _linux() -> Optional[int]:
    if not MEMINFO.exists():
        return None
    for line in MEMINFO.read_text(encoding="ascii", errors="ignore").splitlines():
        if line.startswith("MemAvailable:"):
            return int(line.split()[1]) * 1024
    return None


def _windows() -> Optional[int]:
    import ctypes

    class Status(ctypes.Structure):
        _fields_ = [
            ("dwLength", ctypes.c_ulong),
            ("dwMemoryLoad", ctypes.c_ulong),
            ("ullTotalPhys", ctypes.c_ulonglong),
            ("ullAvailPhys", ctypes.c_ulonglong),
            ("ullTotalPageFile", ctypes.c_ulonglong),
            ("ullAvailPageFile", ctypes.c_ulonglong),
            ("ullTotalVirtual", ctypes.c_ulonglong),
            ("ullAvailVirtual", ctypes.c_ulonglong),
            ("ullAvailExtendedVirtual", ctypes.c_ulonglong),
        ]

    status = Status()
    status.dwLength = ctypes.sizeof(Status)
    if not ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):
        return None
    return int(status.ullAvailPhys)


def available_bytes() -> Optional[int]:
    """Memory available to a new allocation, in bytes; None when the system does not say."""
    try:
        if os.name == "nt":
            return _windows()
        found = _linux()
        if found is not None:
            return found
        return int(os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE"))
    except (OSError, ValueError, AttributeError):
        return None


def format_bytes(n_bytes: float) -> str:
    """A size for a message: "512.0 MiB", "37.3 GiB"."""
    for unit, size in (("TiB", 1 << 40), ("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n_bytes >= size:
            return f"{n_bytes / size:.1f} {unit}"
    return f"{int(n_bytes)} B"
