"""Import ``tvm.s_tir.tensor_intrin`` in seconds instead of minutes.

Each of the ~250 intrinsics is parsed from TVMScript, and the parser calls ``inspect.stack()``,
whose ``inspect.getmodule(frame, filename)`` walks every module in ``sys.modules`` for every
frame: 40-200 s on a loaded machine. MetaSchedule's LocalBuilder imports the package in each
fresh worker process and kills a build after 30 s, so without this every trial fails with a
timeout. `import_tensor_intrin` memoizes the filename lookup for the duration of the import.
"""

from __future__ import annotations

import inspect
import sys
import threading

_LOCK = threading.Lock()


def import_tensor_intrin() -> None:
    """Import (register) TVM's tensor intrinsics with a memoized ``inspect.getmodule``.

    Safe to call many times and from any process; also the LocalBuilder worker initializer.
    tvmq's own intrinsics are registered too (`tvmq.schedule.intrinsics.register_all`).
    """
    from ..schedule.intrinsics import register_all

    register_all()
    if "tvm.s_tir.tensor_intrin" in sys.modules:
        return
    with _LOCK:
        original = inspect.getmodule
        by_file: dict[str, object | None] = {}

        def getmodule(obj, _filename=None):  # noqa: ANN001, ANN202 (inspect's signature)
            if _filename is None or hasattr(obj, "__module__"):
                return original(obj, _filename)
            # misses (frames of "<frozen importlib...>") are the slow case: cache them too
            if _filename not in by_file:
                by_file[_filename] = original(obj, _filename)
            return by_file[_filename]

        inspect.getmodule = getmodule
        try:
            import tvm.s_tir.tensor_intrin  # noqa: F401
        finally:
            inspect.getmodule = original
