"""Give memory freed after a big load back to the operating system.

Reading a large catalogue allocates and frees hundreds of thousands of small blocks (GDAL
rows, geometries, Arrow buffers). The allocators keep freed blocks for reuse, so without this
a window that once opened 100,000 firms would hold tens of megabytes it no longer uses for as
long as it runs. Both calls only return pages that are entirely free; nothing is lost.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

import pyarrow


def _glibc_malloc_trim():
    """glibc's `malloc_trim`, or None where the C library is not glibc (macOS, Windows, musl)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None


_MALLOC_TRIM = _glibc_malloc_trim()


def return_free_memory() -> None:
    pyarrow.default_memory_pool().release_unused()
    if _MALLOC_TRIM is not None:
        _MALLOC_TRIM(0)
