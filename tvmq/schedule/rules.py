"""The ordered rule lists per target kind (first rule that applies to a function wins)."""

from __future__ import annotations

from tvm.s_tir.dlight.base import ScheduleRule


def cpu_rules() -> list[ScheduleRule]:
    """Rules for llvm targets, most specific first."""
    from .cpu.conv2d import Conv2d
    from .cpu.conv2d_int8 import Conv2dInt8
    from .cpu.conv2d_int8_nhwc import Conv2dInt8Nhwc
    from .cpu.fallback import Fallback
    from .cpu.matmul import Matmul
    from .cpu.matmul_int8 import MatmulInt8
    from .cpu.to_nhwc import TransposeToNhwc8

    return [MatmulInt8(), Conv2dInt8Nhwc(), Conv2dInt8(), Matmul(), Conv2d(), TransposeToNhwc8(),
            Fallback()]
