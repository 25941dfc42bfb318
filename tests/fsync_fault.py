"""A disk that accepts writes and then fails to make them durable, for a crawl in a subprocess.

Imported by the crawl's ``python -c`` before Scrapy runs: the first ``os.fsync`` of the file
named by ``FSYNC_FAULT_FILE`` that finds it grown since its last good fsync, after
``FSYNC_FAULT_AFTER`` good ones that found it grown (0), fails with EIO, and, as a kernel whose write-back failed may do (the failed pages are
marked clean and later dropped), the bytes written since that last good fsync read back as NULs.
That is how a full NFS share or a thin-provisioned volume fills: ``write`` succeeds, ``fsync``
fails. Later fsyncs succeed, as on Linux, where the error is reported once.
"""
from __future__ import annotations

import errno
import os

TARGET = os.environ.get("FSYNC_FAULT_FILE", "")
GOOD = int(os.environ.get("FSYNC_FAULT_AFTER", "0"))
real_fsync = os.fsync
synced: dict[str, int] = {}  # path -> its size at its last good fsync
failed: list[str] = []
grown: list[int] = []  # the good fsyncs of TARGET that found it grown


def failing_fsync(fd: int) -> None:
    """``os.fsync``, failing once for ``TARGET`` as described above."""
    path = os.readlink(f"/proc/self/fd/{fd}")
    if TARGET and not failed and os.path.basename(path) == TARGET:
        size = os.fstat(fd).st_size
        if size > synced.get(path, 0) and len(grown) >= GOOD:
            good = synced.get(path, 0)
            os.pwrite(fd, b"\0" * (size - good), good)
            failed.append(path)
            raise OSError(errno.EIO, os.strerror(errno.EIO))
    real_fsync(fd)
    size = os.fstat(fd).st_size
    if TARGET and os.path.basename(path) == TARGET and size > synced.get(path, 0):
        grown.append(size)
    synced[path] = size


os.fsync = failing_fsync
