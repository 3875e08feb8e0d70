# from tvm.script import ir as I
# from tvm.script import tirx as T
# from tvm.tirx.layout import Axis
# from tvm.script import relax as R

@I.ir_module
class Module:
    @T.prim_func(private=True, s_tir=True)
    def fused_cast30_multiply12_add28_right_shift12_tir_clip13_cast31_reshape(lv299: T.Buffer((T.int64(1), T.int64(2048), T.int64(1), T.int64(1)), "int32"), T_reshape_intermediate: T.Buffer((T.int64(1), T.int64(2048)), "int8")):
        T.func_attr({"tirx.noalias": True})
        # with T.sblock("root"):
        compute_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(1), T.int64(1)), "int32")
        T_multiply_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(1), T.int64(1)), "int32")
        T_add_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(1), T.int64(1)), "int32")
        T_right_shift_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(1), T.int64(1)), "int32")
        compute_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(1), T.int64(1)), "int32")
        compute_intermediate_1_2 = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(1), T.int64(1)), "int8")
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(2048), T.int64(1), T.int64(1)):
            with T.sblock("compute"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(lv299[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate[v_i0, v_i1, v_i2, v_i3] = lv299[v_i0, v_i1, v_i2, v_i3]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(2048), T.int64(1), T.int64(1)):
            with T.sblock("T_multiply"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T.writes(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] * 29469
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(2048), T.int64(1), T.int64(1)):
            with T.sblock("T_add"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T.writes(T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + 524288
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(2048), T.int64(1), T.int64(1)):
            with T.sblock("T_right_shift"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T.writes(T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] >> 20
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(2048), T.int64(1), T.int64(1)):
            with T.sblock("compute1"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1[v_i0, v_i1, v_i2, v_i3] = T.max(T.min(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3], 127), -127)
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(2048), T.int64(1), T.int64(1)):
            with T.sblock("compute2"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
        for ax0, ax1 in T.grid(T.int64(1), T.int64(2048)):
            with T.sblock("T_reshape"):
                v_ax0, v_ax1 = T.axis.remap("SS", [ax0, ax1])
                T.reads(compute_intermediate_1_2[T.int64(0), v_ax1 % T.int64(2048), T.int64(0), T.int64(0)])
                T.writes(T_reshape_intermediate[v_ax0, v_ax1])
                T_reshape_intermediate[v_ax0, v_ax1] = compute_intermediate_1_2[T.int64(0), v_ax1 % T.int64(2048), T.int64(0), T.int64(0)]

    @T.prim_func(private=True, s_tir=True)
    def fused_conv2d10_add9_cast10_multiply4_add10_right_shift4_tir_clip5_cast11(conv2d_15_out: T.Buffer((T.int64(1), T.int64(128), T.int64(28), T.int64(28)), "int8"), param_0: T.Buffer((T.int64(128), T.int64(128), T.int64(3), T.int64(3)), "int8"), param_1: T.Buffer((T.int64(128), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(128), T.int64(1), T.int64(1)), "int64"), param_3: T.Buffer((T.int64(128), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(128), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(128), T.int64(28), T.int64(28)), "int8")):
        T.func_attr({"tirx.noalias": True})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(30), T.int64(30)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(28), T.int64(28)), "int32")
        T_add_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(28), T.int64(28)), "int32")
        compute_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(28), T.int64(28)), "int64")
        T_multiply_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(28), T.int64(28)), "int64")
        T_add_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(28), T.int64(28)), "int64")
        T_right_shift_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(28), T.int64(28)), "int64")
        compute_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(28), T.int64(28)), "int64")
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(128), T.int64(30), T.int64(30)):
            with T.sblock("pad_temp"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(conv2d_15_out[v_i0, v_i1, v_i2 - T.int64(1), v_i3 - T.int64(1)])
                T.writes(pad_temp[v_i0, v_i1, v_i2, v_i3])
                pad_temp[v_i0, v_i1, v_i2, v_i3] = T.if_then_else(T.int64(1) <= v_i2 and v_i2 < T.int64(29) and T.int64(1) <= v_i3 and v_i3 < T.int64(29), conv2d_15_out[v_i0, v_i1, v_i2 - T.int64(1), v_i3 - T.int64(1)], T.int8(0))
        for nn, ff, yy, xx, rc, ry, rx in T.grid(T.int64(1), T.int64(128), T.int64(28), T.int64(28), T.int64(128), T.int64(3), T.int64(3)):
            with T.sblock("conv2d_nchw"):
                v_nn, v_ff, v_yy, v_xx, v_rc, v_ry, v_rx = T.axis.remap("SSSSRRR", [nn, ff, yy, xx, rc, ry, rx])
                T.reads(pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx], param_0[v_ff, v_rc, v_ry, v_rx])
                T.writes(conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx])
                with T.init():
                    conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = 0
                conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] + T.Cast("int32", pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx]) * T.Cast("int32", param_0[v_ff, v_rc, v_ry, v_rx])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(128), T.int64(28), T.int64(28)):
            with T.sblock("T_add"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_1[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_1[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(128), T.int64(28), T.int64(28)):
            with T.sblock("compute"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate[v_i0, v_i1, v_i2, v_i3] = T.Cast("int64", T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(128), T.int64(28), T.int64(28)):
            with T.sblock("T_multiply"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_2[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] * param_2[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(128), T.int64(28), T.int64(28)):
            with T.sblock("T_add1"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_3[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] = T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_3[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(128), T.int64(28), T.int64(28)):
            with T.sblock("T_right_shift"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3], param_4[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] >> param_4[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(128), T.int64(28), T.int64(28)):
            with T.sblock("compute1"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1[v_i0, v_i1, v_i2, v_i3] = T.max(T.min(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3], T.int64(127)), T.int64(0))
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(128), T.int64(28), T.int64(28)):
            with T.sblock("compute2"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])

    @T.prim_func(private=True, s_tir=True)
    def fused_conv2d11_add14_cast15_multiply6_add15_right_shift6_tir_clip7_cast16(lv1011: T.Buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int8"), param_0: T.Buffer((T.int64(256), T.int64(512), T.int64(1), T.int64(1)), "int8"), param_1: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), param_3: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(256), T.int64(28), T.int64(28)), "int8")):
        T.func_attr({"tirx.noalias": True})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(28), T.int64(28)), "int32")
        T_add_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(28), T.int64(28)), "int32")
        compute_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(28), T.int64(28)), "int64")
        T_multiply_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(28), T.int64(28)), "int64")
        T_add_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(28), T.int64(28)), "int64")
        T_right_shift_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(28), T.int64(28)), "int64")
        compute_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(28), T.int64(28)), "int64")
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(512), T.int64(28), T.int64(28)):
            with T.sblock("pad_temp"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(lv1011[v_i0, v_i1, v_i2, v_i3])
                T.writes(pad_temp[v_i0, v_i1, v_i2, v_i3])
                pad_temp[v_i0, v_i1, v_i2, v_i3] = lv1011[v_i0, v_i1, v_i2, v_i3]
        for nn, ff, yy, xx, rc, ry, rx in T.grid(T.int64(1), T.int64(256), T.int64(28), T.int64(28), T.int64(512), T.int64(1), T.int64(1)):
            with T.sblock("conv2d_nchw"):
                v_nn, v_ff, v_yy, v_xx, v_rc, v_ry, v_rx = T.axis.remap("SSSSRRR", [nn, ff, yy, xx, rc, ry, rx])
                T.reads(pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx], param_0[v_ff, v_rc, v_ry, v_rx])
                T.writes(conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx])
                with T.init():
                    conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = 0
                conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] + T.Cast("int32", pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx]) * T.Cast("int32", param_0[v_ff, v_rc, v_ry, v_rx])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(256), T.int64(28), T.int64(28)):
            with T.sblock("T_add"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_1[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_1[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(256), T.int64(28), T.int64(28)):
            with T.sblock("compute"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate[v_i0, v_i1, v_i2, v_i3] = T.Cast("int64", T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(256), T.int64(28), T.int64(28)):
            with T.sblock("T_multiply"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_2[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] * param_2[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(256), T.int64(28), T.int64(28)):
            with T.sblock("T_add1"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_3[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] = T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_3[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(256), T.int64(28), T.int64(28)):
            with T.sblock("T_right_shift"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3], param_4[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] >> param_4[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(256), T.int64(28), T.int64(28)):
            with T.sblock("compute1"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1[v_i0, v_i1, v_i2, v_i3] = T.max(T.min(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3], T.int64(127)), T.int64(0))
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(256), T.int64(28), T.int64(28)):
            with T.sblock("compute2"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])

    @T.prim_func(private=True, s_tir=True)
    def fused_conv2d12_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18(conv2d_24_out: T.Buffer((T.int64(1), T.int64(256), T.int64(28), T.int64(28)), "int8"), param_0: T.Buffer((T.int64(256), T.int64(256), T.int64(3), T.int64(3)), "int8"), param_1: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), param_3: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(256), T.int64(14), T.int64(14)), "int8")):
        T.func_attr({"tirx.noalias": True})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(30), T.int64(30)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(14), T.int64(14)), "int32")
        T_add_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(14), T.int64(14)), "int32")
        compute_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(14), T.int64(14)), "int64")
        T_multiply_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(14), T.int64(14)), "int64")
        T_add_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(14), T.int64(14)), "int64")
        T_right_shift_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(14), T.int64(14)), "int64")
        compute_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(14), T.int64(14)), "int64")
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(256), T.int64(30), T.int64(30)):
            with T.sblock("pad_temp"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(conv2d_24_out[v_i0, v_i1, v_i2 - T.int64(1), v_i3 - T.int64(1)])
                T.writes(pad_temp[v_i0, v_i1, v_i2, v_i3])
                pad_temp[v_i0, v_i1, v_i2, v_i3] = T.if_then_else(T.int64(1) <= v_i2 and v_i2 < T.int64(29) and T.int64(1) <= v_i3 and v_i3 < T.int64(29), conv2d_24_out[v_i0, v_i1, v_i2 - T.int64(1), v_i3 - T.int64(1)], T.int8(0))
        for nn, ff, yy, xx, rc, ry, rx in T.grid(T.int64(1), T.int64(256), T.int64(14), T.int64(14), T.int64(256), T.int64(3), T.int64(3)):
            with T.sblock("conv2d_nchw"):
                v_nn, v_ff, v_yy, v_xx, v_rc, v_ry, v_rx = T.axis.remap("SSSSRRR", [nn, ff, yy, xx, rc, ry, rx])
                T.reads(pad_temp[v_nn, v_rc, v_yy * T.int64(2) + v_ry, v_xx * T.int64(2) + v_rx], param_0[v_ff, v_rc, v_ry, v_rx])
                T.writes(conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx])
                with T.init():
                    conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = 0
                conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] + T.Cast("int32", pad_temp[v_nn, v_rc, v_yy * T.int64(2) + v_ry, v_xx * T.int64(2) + v_rx]) * T.Cast("int32", param_0[v_ff, v_rc, v_ry, v_rx])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(256), T.int64(14), T.int64(14)):
            with T.sblock("T_add"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_1[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_1[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(256), T.int64(14), T.int64(14)):
            with T.sblock("compute"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate[v_i0, v_i1, v_i2, v_i3] = T.Cast("int64", T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(256), T.int64(14), T.int64(14)):
            with T.sblock("T_multiply"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_2[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] * param_2[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(256), T.int64(14), T.int64(14)):
            with T.sblock("T_add1"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_3[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] = T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_3[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(256), T.int64(14), T.int64(14)):
            with T.sblock("T_right_shift"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3], param_4[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] >> param_4[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(256), T.int64(14), T.int64(14)):
            with T.sblock("compute1"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1[v_i0, v_i1, v_i2, v_i3] = T.max(T.min(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3], T.int64(127)), T.int64(0))
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(256), T.int64(14), T.int64(14)):
            with T.sblock("compute2"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])

    @T.prim_func(private=True, s_tir=True)
    def fused_conv2d13_add18_cast19_multiply8_add19_add20_right_shift8_tir_clip9_cast20(conv2d_25_out: T.Buffer((T.int64(1), T.int64(256), T.int64(14), T.int64(14)), "int8"), param_0: T.Buffer((T.int64(1024), T.int64(256), T.int64(1), T.int64(1)), "int8"), param_1: T.Buffer((T.int64(1024), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(1024), T.int64(1), T.int64(1)), "int64"), lv148: T.Buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int64"), param_3: T.Buffer((T.int64(1024), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(1024), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int8")):
        T.func_attr({"tirx.noalias": True})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(14), T.int64(14)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int32")
        T_add_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int32")
        compute_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int64")
        T_multiply_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int64")
        T_add_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int64")
        T_add_intermediate_1_2 = T.sblock_alloc_buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int64")
        T_right_shift_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int64")
        compute_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int64")
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(256), T.int64(14), T.int64(14)):
            with T.sblock("pad_temp"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(conv2d_25_out[v_i0, v_i1, v_i2, v_i3])
                T.writes(pad_temp[v_i0, v_i1, v_i2, v_i3])
                pad_temp[v_i0, v_i1, v_i2, v_i3] = conv2d_25_out[v_i0, v_i1, v_i2, v_i3]
        for nn, ff, yy, xx, rc, ry, rx in T.grid(T.int64(1), T.int64(1024), T.int64(14), T.int64(14), T.int64(256), T.int64(1), T.int64(1)):
            with T.sblock("conv2d_nchw"):
                v_nn, v_ff, v_yy, v_xx, v_rc, v_ry, v_rx = T.axis.remap("SSSSRRR", [nn, ff, yy, xx, rc, ry, rx])
                T.reads(pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx], param_0[v_ff, v_rc, v_ry, v_rx])
                T.writes(conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx])
                with T.init():
                    conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = 0
                conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] + T.Cast("int32", pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx]) * T.Cast("int32", param_0[v_ff, v_rc, v_ry, v_rx])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(1024), T.int64(14), T.int64(14)):
            with T.sblock("T_add"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_1[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_1[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(1024), T.int64(14), T.int64(14)):
            with T.sblock("compute"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate[v_i0, v_i1, v_i2, v_i3] = T.Cast("int64", T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(1024), T.int64(14), T.int64(14)):
            with T.sblock("T_multiply"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_2[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] * param_2[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(1024), T.int64(14), T.int64(14)):
            with T.sblock("T_add1"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], lv148[v_ax0, v_ax1, v_ax2, v_ax3])
                T.writes(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] = T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + lv148[v_ax0, v_ax1, v_ax2, v_ax3]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(1024), T.int64(14), T.int64(14)):
            with T.sblock("T_add2"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3], param_3[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate_1_2[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate_1_2[v_ax0, v_ax1, v_ax2, v_ax3] = T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] + param_3[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(1024), T.int64(14), T.int64(14)):
            with T.sblock("T_right_shift"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_add_intermediate_1_2[v_ax0, v_ax1, v_ax2, v_ax3], param_4[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = T_add_intermediate_1_2[v_ax0, v_ax1, v_ax2, v_ax3] >> param_4[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(1024), T.int64(14), T.int64(14)):
            with T.sblock("compute1"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1[v_i0, v_i1, v_i2, v_i3] = T.max(T.min(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3], T.int64(127)), T.int64(0))
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(1024), T.int64(14), T.int64(14)):
            with T.sblock("compute2"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])

    @T.prim_func(private=True, s_tir=True)
    def fused_conv2d13_add18_cast19_multiply8_cast21_multiply8_add19_add20_right_shift8_tir_clip9_cast20(conv2d_29_out: T.Buffer((T.int64(1), T.int64(256), T.int64(14), T.int64(14)), "int8"), param_0: T.Buffer((T.int64(1024), T.int64(256), T.int64(1), T.int64(1)), "int8"), param_1: T.Buffer((T.int64(1024), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(1024), T.int64(1), T.int64(1)), "int64"), lv1171: T.Buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int8"), param_3: T.Buffer((T.int64(1024), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(1024), T.int64(1), T.int64(1)), "int64"), param_5: T.Buffer((T.int64(1024), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2_3: T.Buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int8")):
        T.func_attr({"tirx.noalias": True})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(14), T.int64(14)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int32")
        T_add_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int32")
        compute_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int64")
        T_multiply_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int64")
        compute_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int64")
        T_multiply_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int64")
        T_add_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int64")
        T_add_intermediate_1_2 = T.sblock_alloc_buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int64")
        T_right_shift_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int64")
        compute_intermediate_1_2 = T.sblock_alloc_buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int64")
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(256), T.int64(14), T.int64(14)):
            with T.sblock("pad_temp"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(conv2d_29_out[v_i0, v_i1, v_i2, v_i3])
                T.writes(pad_temp[v_i0, v_i1, v_i2, v_i3])
                pad_temp[v_i0, v_i1, v_i2, v_i3] = conv2d_29_out[v_i0, v_i1, v_i2, v_i3]
        for nn, ff, yy, xx, rc, ry, rx in T.grid(T.int64(1), T.int64(1024), T.int64(14), T.int64(14), T.int64(256), T.int64(1), T.int64(1)):
            with T.sblock("conv2d_nchw"):
                v_nn, v_ff, v_yy, v_xx, v_rc, v_ry, v_rx = T.axis.remap("SSSSRRR", [nn, ff, yy, xx, rc, ry, rx])
                T.reads(pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx], param_0[v_ff, v_rc, v_ry, v_rx])
                T.writes(conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx])
                with T.init():
                    conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = 0
                conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] + T.Cast("int32", pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx]) * T.Cast("int32", param_0[v_ff, v_rc, v_ry, v_rx])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(1024), T.int64(14), T.int64(14)):
            with T.sblock("T_add"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_1[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_1[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(1024), T.int64(14), T.int64(14)):
            with T.sblock("compute"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate[v_i0, v_i1, v_i2, v_i3] = T.Cast("int64", T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(1024), T.int64(14), T.int64(14)):
            with T.sblock("T_multiply"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_2[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] * param_2[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(1024), T.int64(14), T.int64(14)):
            with T.sblock("compute1"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(lv1171[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1[v_i0, v_i1, v_i2, v_i3] = T.Cast("int64", lv1171[v_i0, v_i1, v_i2, v_i3])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(1024), T.int64(14), T.int64(14)):
            with T.sblock("T_multiply1"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(compute_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3], param_3[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_multiply_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3])
                T_multiply_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] = compute_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] * param_3[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(1024), T.int64(14), T.int64(14)):
            with T.sblock("T_add1"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], T_multiply_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3])
                T.writes(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] = T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + T_multiply_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(1024), T.int64(14), T.int64(14)):
            with T.sblock("T_add2"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3], param_4[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate_1_2[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate_1_2[v_ax0, v_ax1, v_ax2, v_ax3] = T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] + param_4[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(1024), T.int64(14), T.int64(14)):
            with T.sblock("T_right_shift"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_add_intermediate_1_2[v_ax0, v_ax1, v_ax2, v_ax3], param_5[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = T_add_intermediate_1_2[v_ax0, v_ax1, v_ax2, v_ax3] >> param_5[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(1024), T.int64(14), T.int64(14)):
            with T.sblock("compute2"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.max(T.min(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3], T.int64(127)), T.int64(0))
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(1024), T.int64(14), T.int64(14)):
            with T.sblock("compute3"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1_2_3[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1_2_3[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])

    @T.prim_func(private=True, s_tir=True)
    def fused_conv2d14_add18_cast19_multiply8(lv1011: T.Buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int8"), param_0: T.Buffer((T.int64(1024), T.int64(512), T.int64(1), T.int64(1)), "int8"), param_1: T.Buffer((T.int64(1024), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(1024), T.int64(1), T.int64(1)), "int64"), T_multiply_intermediate: T.Buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int64")):
        T.func_attr({"tirx.noalias": True})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int32")
        T_add_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int32")
        compute_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int64")
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(512), T.int64(28), T.int64(28)):
            with T.sblock("pad_temp"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(lv1011[v_i0, v_i1, v_i2, v_i3])
                T.writes(pad_temp[v_i0, v_i1, v_i2, v_i3])
                pad_temp[v_i0, v_i1, v_i2, v_i3] = lv1011[v_i0, v_i1, v_i2, v_i3]
        for nn, ff, yy, xx, rc, ry, rx in T.grid(T.int64(1), T.int64(1024), T.int64(14), T.int64(14), T.int64(512), T.int64(1), T.int64(1)):
            with T.sblock("conv2d_nchw"):
                v_nn, v_ff, v_yy, v_xx, v_rc, v_ry, v_rx = T.axis.remap("SSSSRRR", [nn, ff, yy, xx, rc, ry, rx])
                T.reads(pad_temp[v_nn, v_rc, v_yy * T.int64(2) + v_ry, v_xx * T.int64(2) + v_rx], param_0[v_ff, v_rc, v_ry, v_rx])
                T.writes(conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx])
                with T.init():
                    conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = 0
                conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] + T.Cast("int32", pad_temp[v_nn, v_rc, v_yy * T.int64(2) + v_ry, v_xx * T.int64(2) + v_rx]) * T.Cast("int32", param_0[v_ff, v_rc, v_ry, v_rx])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(1024), T.int64(14), T.int64(14)):
            with T.sblock("T_add"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_1[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_1[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(1024), T.int64(14), T.int64(14)):
            with T.sblock("compute"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate[v_i0, v_i1, v_i2, v_i3] = T.Cast("int64", T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(1024), T.int64(14), T.int64(14)):
            with T.sblock("T_multiply"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_2[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] * param_2[v_ax1, T.int64(0), T.int64(0)]

    @T.prim_func(private=True, s_tir=True)
    def fused_conv2d15_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18(lv1171: T.Buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int8"), param_0: T.Buffer((T.int64(256), T.int64(1024), T.int64(1), T.int64(1)), "int8"), param_1: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), param_3: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(256), T.int64(14), T.int64(14)), "int8")):
        T.func_attr({"tirx.noalias": True})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(14), T.int64(14)), "int32")
        T_add_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(14), T.int64(14)), "int32")
        compute_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(14), T.int64(14)), "int64")
        T_multiply_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(14), T.int64(14)), "int64")
        T_add_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(14), T.int64(14)), "int64")
        T_right_shift_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(14), T.int64(14)), "int64")
        compute_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(14), T.int64(14)), "int64")
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(1024), T.int64(14), T.int64(14)):
            with T.sblock("pad_temp"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(lv1171[v_i0, v_i1, v_i2, v_i3])
                T.writes(pad_temp[v_i0, v_i1, v_i2, v_i3])
                pad_temp[v_i0, v_i1, v_i2, v_i3] = lv1171[v_i0, v_i1, v_i2, v_i3]
        for nn, ff, yy, xx, rc, ry, rx in T.grid(T.int64(1), T.int64(256), T.int64(14), T.int64(14), T.int64(1024), T.int64(1), T.int64(1)):
            with T.sblock("conv2d_nchw"):
                v_nn, v_ff, v_yy, v_xx, v_rc, v_ry, v_rx = T.axis.remap("SSSSRRR", [nn, ff, yy, xx, rc, ry, rx])
                T.reads(pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx], param_0[v_ff, v_rc, v_ry, v_rx])
                T.writes(conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx])
                with T.init():
                    conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = 0
                conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] + T.Cast("int32", pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx]) * T.Cast("int32", param_0[v_ff, v_rc, v_ry, v_rx])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(256), T.int64(14), T.int64(14)):
            with T.sblock("T_add"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_1[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_1[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(256), T.int64(14), T.int64(14)):
            with T.sblock("compute"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate[v_i0, v_i1, v_i2, v_i3] = T.Cast("int64", T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(256), T.int64(14), T.int64(14)):
            with T.sblock("T_multiply"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_2[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] * param_2[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(256), T.int64(14), T.int64(14)):
            with T.sblock("T_add1"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_3[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] = T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_3[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(256), T.int64(14), T.int64(14)):
            with T.sblock("T_right_shift"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3], param_4[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] >> param_4[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(256), T.int64(14), T.int64(14)):
            with T.sblock("compute1"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1[v_i0, v_i1, v_i2, v_i3] = T.max(T.min(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3], T.int64(127)), T.int64(0))
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(256), T.int64(14), T.int64(14)):
            with T.sblock("compute2"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])

    @T.prim_func(private=True, s_tir=True)
    def fused_conv2d16_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18(conv2d_28_out: T.Buffer((T.int64(1), T.int64(256), T.int64(14), T.int64(14)), "int8"), param_0: T.Buffer((T.int64(256), T.int64(256), T.int64(3), T.int64(3)), "int8"), param_1: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), param_3: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(256), T.int64(14), T.int64(14)), "int8")):
        T.func_attr({"tirx.noalias": True})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(16), T.int64(16)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(14), T.int64(14)), "int32")
        T_add_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(14), T.int64(14)), "int32")
        compute_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(14), T.int64(14)), "int64")
        T_multiply_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(14), T.int64(14)), "int64")
        T_add_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(14), T.int64(14)), "int64")
        T_right_shift_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(14), T.int64(14)), "int64")
        compute_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(14), T.int64(14)), "int64")
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(256), T.int64(16), T.int64(16)):
            with T.sblock("pad_temp"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(conv2d_28_out[v_i0, v_i1, v_i2 - T.int64(1), v_i3 - T.int64(1)])
                T.writes(pad_temp[v_i0, v_i1, v_i2, v_i3])
                pad_temp[v_i0, v_i1, v_i2, v_i3] = T.if_then_else(T.int64(1) <= v_i2 and v_i2 < T.int64(15) and T.int64(1) <= v_i3 and v_i3 < T.int64(15), conv2d_28_out[v_i0, v_i1, v_i2 - T.int64(1), v_i3 - T.int64(1)], T.int8(0))
        for nn, ff, yy, xx, rc, ry, rx in T.grid(T.int64(1), T.int64(256), T.int64(14), T.int64(14), T.int64(256), T.int64(3), T.int64(3)):
            with T.sblock("conv2d_nchw"):
                v_nn, v_ff, v_yy, v_xx, v_rc, v_ry, v_rx = T.axis.remap("SSSSRRR", [nn, ff, yy, xx, rc, ry, rx])
                T.reads(pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx], param_0[v_ff, v_rc, v_ry, v_rx])
                T.writes(conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx])
                with T.init():
                    conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = 0
                conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] + T.Cast("int32", pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx]) * T.Cast("int32", param_0[v_ff, v_rc, v_ry, v_rx])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(256), T.int64(14), T.int64(14)):
            with T.sblock("T_add"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_1[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_1[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(256), T.int64(14), T.int64(14)):
            with T.sblock("compute"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate[v_i0, v_i1, v_i2, v_i3] = T.Cast("int64", T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(256), T.int64(14), T.int64(14)):
            with T.sblock("T_multiply"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_2[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] * param_2[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(256), T.int64(14), T.int64(14)):
            with T.sblock("T_add1"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_3[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] = T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_3[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(256), T.int64(14), T.int64(14)):
            with T.sblock("T_right_shift"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3], param_4[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] >> param_4[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(256), T.int64(14), T.int64(14)):
            with T.sblock("compute1"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1[v_i0, v_i1, v_i2, v_i3] = T.max(T.min(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3], T.int64(127)), T.int64(0))
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(256), T.int64(14), T.int64(14)):
            with T.sblock("compute2"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])

    @T.prim_func(private=True, s_tir=True)
    def fused_conv2d17_add21_cast22_multiply9_add22_right_shift9_tir_clip10_cast23(lv1821: T.Buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int8"), param_0: T.Buffer((T.int64(512), T.int64(1024), T.int64(1), T.int64(1)), "int8"), param_1: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), param_3: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(512), T.int64(14), T.int64(14)), "int8")):
        T.func_attr({"tirx.noalias": True})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(14), T.int64(14)), "int32")
        T_add_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(14), T.int64(14)), "int32")
        compute_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(14), T.int64(14)), "int64")
        T_multiply_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(14), T.int64(14)), "int64")
        T_add_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(14), T.int64(14)), "int64")
        T_right_shift_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(14), T.int64(14)), "int64")
        compute_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(14), T.int64(14)), "int64")
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(1024), T.int64(14), T.int64(14)):
            with T.sblock("pad_temp"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(lv1821[v_i0, v_i1, v_i2, v_i3])
                T.writes(pad_temp[v_i0, v_i1, v_i2, v_i3])
                pad_temp[v_i0, v_i1, v_i2, v_i3] = lv1821[v_i0, v_i1, v_i2, v_i3]
        for nn, ff, yy, xx, rc, ry, rx in T.grid(T.int64(1), T.int64(512), T.int64(14), T.int64(14), T.int64(1024), T.int64(1), T.int64(1)):
            with T.sblock("conv2d_nchw"):
                v_nn, v_ff, v_yy, v_xx, v_rc, v_ry, v_rx = T.axis.remap("SSSSRRR", [nn, ff, yy, xx, rc, ry, rx])
                T.reads(pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx], param_0[v_ff, v_rc, v_ry, v_rx])
                T.writes(conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx])
                with T.init():
                    conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = 0
                conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] + T.Cast("int32", pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx]) * T.Cast("int32", param_0[v_ff, v_rc, v_ry, v_rx])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(512), T.int64(14), T.int64(14)):
            with T.sblock("T_add"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_1[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_1[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(512), T.int64(14), T.int64(14)):
            with T.sblock("compute"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate[v_i0, v_i1, v_i2, v_i3] = T.Cast("int64", T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(512), T.int64(14), T.int64(14)):
            with T.sblock("T_multiply"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_2[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] * param_2[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(512), T.int64(14), T.int64(14)):
            with T.sblock("T_add1"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_3[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] = T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_3[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(512), T.int64(14), T.int64(14)):
            with T.sblock("T_right_shift"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3], param_4[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] >> param_4[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(512), T.int64(14), T.int64(14)):
            with T.sblock("compute1"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1[v_i0, v_i1, v_i2, v_i3] = T.max(T.min(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3], T.int64(127)), T.int64(0))
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(512), T.int64(14), T.int64(14)):
            with T.sblock("compute2"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])

    @T.prim_func(private=True, s_tir=True)
    def fused_conv2d18_add23_cast24_multiply10_add24_right_shift10_tir_clip11_cast25(conv2d_43_out: T.Buffer((T.int64(1), T.int64(512), T.int64(14), T.int64(14)), "int8"), param_0: T.Buffer((T.int64(512), T.int64(512), T.int64(3), T.int64(3)), "int8"), param_1: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), param_3: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7)), "int8")):
        T.func_attr({"tirx.noalias": True})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(16), T.int64(16)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7)), "int32")
        T_add_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7)), "int32")
        compute_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7)), "int64")
        T_multiply_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7)), "int64")
        T_add_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7)), "int64")
        T_right_shift_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7)), "int64")
        compute_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7)), "int64")
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(512), T.int64(16), T.int64(16)):
            with T.sblock("pad_temp"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(conv2d_43_out[v_i0, v_i1, v_i2 - T.int64(1), v_i3 - T.int64(1)])
                T.writes(pad_temp[v_i0, v_i1, v_i2, v_i3])
                pad_temp[v_i0, v_i1, v_i2, v_i3] = T.if_then_else(T.int64(1) <= v_i2 and v_i2 < T.int64(15) and T.int64(1) <= v_i3 and v_i3 < T.int64(15), conv2d_43_out[v_i0, v_i1, v_i2 - T.int64(1), v_i3 - T.int64(1)], T.int8(0))
        for nn, ff, yy, xx, rc, ry, rx in T.grid(T.int64(1), T.int64(512), T.int64(7), T.int64(7), T.int64(512), T.int64(3), T.int64(3)):
            with T.sblock("conv2d_nchw"):
                v_nn, v_ff, v_yy, v_xx, v_rc, v_ry, v_rx = T.axis.remap("SSSSRRR", [nn, ff, yy, xx, rc, ry, rx])
                T.reads(pad_temp[v_nn, v_rc, v_yy * T.int64(2) + v_ry, v_xx * T.int64(2) + v_rx], param_0[v_ff, v_rc, v_ry, v_rx])
                T.writes(conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx])
                with T.init():
                    conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = 0
                conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] + T.Cast("int32", pad_temp[v_nn, v_rc, v_yy * T.int64(2) + v_ry, v_xx * T.int64(2) + v_rx]) * T.Cast("int32", param_0[v_ff, v_rc, v_ry, v_rx])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(512), T.int64(7), T.int64(7)):
            with T.sblock("T_add"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_1[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_1[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(512), T.int64(7), T.int64(7)):
            with T.sblock("compute"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate[v_i0, v_i1, v_i2, v_i3] = T.Cast("int64", T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(512), T.int64(7), T.int64(7)):
            with T.sblock("T_multiply"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_2[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] * param_2[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(512), T.int64(7), T.int64(7)):
            with T.sblock("T_add1"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_3[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] = T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_3[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(512), T.int64(7), T.int64(7)):
            with T.sblock("T_right_shift"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3], param_4[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] >> param_4[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(512), T.int64(7), T.int64(7)):
            with T.sblock("compute1"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1[v_i0, v_i1, v_i2, v_i3] = T.max(T.min(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3], T.int64(127)), T.int64(0))
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(512), T.int64(7), T.int64(7)):
            with T.sblock("compute2"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])

    @T.prim_func(private=True, s_tir=True)
    def fused_conv2d19_add25_cast26_multiply11_add26_add27_right_shift11_tir_clip12_cast27(conv2d_44_out: T.Buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7)), "int8"), param_0: T.Buffer((T.int64(2048), T.int64(512), T.int64(1), T.int64(1)), "int8"), param_1: T.Buffer((T.int64(2048), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(2048), T.int64(1), T.int64(1)), "int64"), lv257: T.Buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int64"), param_3: T.Buffer((T.int64(2048), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(2048), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int8")):
        T.func_attr({"tirx.noalias": True})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int32")
        T_add_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int32")
        compute_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int64")
        T_multiply_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int64")
        T_add_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int64")
        T_add_intermediate_1_2 = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int64")
        T_right_shift_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int64")
        compute_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int64")
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(512), T.int64(7), T.int64(7)):
            with T.sblock("pad_temp"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(conv2d_44_out[v_i0, v_i1, v_i2, v_i3])
                T.writes(pad_temp[v_i0, v_i1, v_i2, v_i3])
                pad_temp[v_i0, v_i1, v_i2, v_i3] = conv2d_44_out[v_i0, v_i1, v_i2, v_i3]
        for nn, ff, yy, xx, rc, ry, rx in T.grid(T.int64(1), T.int64(2048), T.int64(7), T.int64(7), T.int64(512), T.int64(1), T.int64(1)):
            with T.sblock("conv2d_nchw"):
                v_nn, v_ff, v_yy, v_xx, v_rc, v_ry, v_rx = T.axis.remap("SSSSRRR", [nn, ff, yy, xx, rc, ry, rx])
                T.reads(pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx], param_0[v_ff, v_rc, v_ry, v_rx])
                T.writes(conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx])
                with T.init():
                    conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = 0
                conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] + T.Cast("int32", pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx]) * T.Cast("int32", param_0[v_ff, v_rc, v_ry, v_rx])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(2048), T.int64(7), T.int64(7)):
            with T.sblock("T_add"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_1[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_1[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(2048), T.int64(7), T.int64(7)):
            with T.sblock("compute"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate[v_i0, v_i1, v_i2, v_i3] = T.Cast("int64", T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(2048), T.int64(7), T.int64(7)):
            with T.sblock("T_multiply"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_2[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] * param_2[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(2048), T.int64(7), T.int64(7)):
            with T.sblock("T_add1"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], lv257[v_ax0, v_ax1, v_ax2, v_ax3])
                T.writes(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] = T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + lv257[v_ax0, v_ax1, v_ax2, v_ax3]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(2048), T.int64(7), T.int64(7)):
            with T.sblock("T_add2"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3], param_3[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate_1_2[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate_1_2[v_ax0, v_ax1, v_ax2, v_ax3] = T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] + param_3[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(2048), T.int64(7), T.int64(7)):
            with T.sblock("T_right_shift"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_add_intermediate_1_2[v_ax0, v_ax1, v_ax2, v_ax3], param_4[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = T_add_intermediate_1_2[v_ax0, v_ax1, v_ax2, v_ax3] >> param_4[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(2048), T.int64(7), T.int64(7)):
            with T.sblock("compute1"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1[v_i0, v_i1, v_i2, v_i3] = T.max(T.min(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3], T.int64(127)), T.int64(0))
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(2048), T.int64(7), T.int64(7)):
            with T.sblock("compute2"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])

    @T.prim_func(private=True, s_tir=True)
    def fused_conv2d19_add25_cast26_multiply11_cast28_multiply11_add26_add27_right_shift11_tir_clip12_cast27(conv2d_48_out: T.Buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7)), "int8"), param_0: T.Buffer((T.int64(2048), T.int64(512), T.int64(1), T.int64(1)), "int8"), param_1: T.Buffer((T.int64(2048), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(2048), T.int64(1), T.int64(1)), "int64"), lv1981: T.Buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int8"), param_3: T.Buffer((T.int64(2048), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(2048), T.int64(1), T.int64(1)), "int64"), param_5: T.Buffer((T.int64(2048), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2_3: T.Buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int8")):
        T.func_attr({"tirx.noalias": True})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int32")
        T_add_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int32")
        compute_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int64")
        T_multiply_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int64")
        compute_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int64")
        T_multiply_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int64")
        T_add_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int64")
        T_add_intermediate_1_2 = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int64")
        T_right_shift_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int64")
        compute_intermediate_1_2 = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int64")
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(512), T.int64(7), T.int64(7)):
            with T.sblock("pad_temp"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(conv2d_48_out[v_i0, v_i1, v_i2, v_i3])
                T.writes(pad_temp[v_i0, v_i1, v_i2, v_i3])
                pad_temp[v_i0, v_i1, v_i2, v_i3] = conv2d_48_out[v_i0, v_i1, v_i2, v_i3]
        for nn, ff, yy, xx, rc, ry, rx in T.grid(T.int64(1), T.int64(2048), T.int64(7), T.int64(7), T.int64(512), T.int64(1), T.int64(1)):
            with T.sblock("conv2d_nchw"):
                v_nn, v_ff, v_yy, v_xx, v_rc, v_ry, v_rx = T.axis.remap("SSSSRRR", [nn, ff, yy, xx, rc, ry, rx])
                T.reads(pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx], param_0[v_ff, v_rc, v_ry, v_rx])
                T.writes(conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx])
                with T.init():
                    conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = 0
                conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] + T.Cast("int32", pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx]) * T.Cast("int32", param_0[v_ff, v_rc, v_ry, v_rx])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(2048), T.int64(7), T.int64(7)):
            with T.sblock("T_add"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_1[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_1[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(2048), T.int64(7), T.int64(7)):
            with T.sblock("compute"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate[v_i0, v_i1, v_i2, v_i3] = T.Cast("int64", T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(2048), T.int64(7), T.int64(7)):
            with T.sblock("T_multiply"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_2[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] * param_2[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(2048), T.int64(7), T.int64(7)):
            with T.sblock("compute1"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(lv1981[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1[v_i0, v_i1, v_i2, v_i3] = T.Cast("int64", lv1981[v_i0, v_i1, v_i2, v_i3])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(2048), T.int64(7), T.int64(7)):
            with T.sblock("T_multiply1"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(compute_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3], param_3[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_multiply_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3])
                T_multiply_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] = compute_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] * param_3[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(2048), T.int64(7), T.int64(7)):
            with T.sblock("T_add1"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], T_multiply_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3])
                T.writes(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] = T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + T_multiply_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(2048), T.int64(7), T.int64(7)):
            with T.sblock("T_add2"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3], param_4[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate_1_2[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate_1_2[v_ax0, v_ax1, v_ax2, v_ax3] = T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] + param_4[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(2048), T.int64(7), T.int64(7)):
            with T.sblock("T_right_shift"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_add_intermediate_1_2[v_ax0, v_ax1, v_ax2, v_ax3], param_5[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = T_add_intermediate_1_2[v_ax0, v_ax1, v_ax2, v_ax3] >> param_5[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(2048), T.int64(7), T.int64(7)):
            with T.sblock("compute2"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.max(T.min(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3], T.int64(127)), T.int64(0))
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(2048), T.int64(7), T.int64(7)):
            with T.sblock("compute3"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1_2_3[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1_2_3[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])

    @T.prim_func(private=True, s_tir=True)
    def fused_conv2d19_add25_cast26_multiply11_cast28_multiply11_add26_add27_right_shift11_tir_clip12_cast27_cast29(conv2d_51_out: T.Buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7)), "int8"), param_0: T.Buffer((T.int64(2048), T.int64(512), T.int64(1), T.int64(1)), "int8"), param_1: T.Buffer((T.int64(2048), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(2048), T.int64(1), T.int64(1)), "int64"), lv2111: T.Buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int8"), param_3: T.Buffer((T.int64(2048), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(2048), T.int64(1), T.int64(1)), "int64"), param_5: T.Buffer((T.int64(2048), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2_3_4: T.Buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int32")):
        T.func_attr({"tirx.noalias": True})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int32")
        T_add_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int32")
        compute_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int64")
        T_multiply_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int64")
        compute_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int64")
        T_multiply_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int64")
        T_add_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int64")
        T_add_intermediate_1_2 = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int64")
        T_right_shift_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int64")
        compute_intermediate_1_2 = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int64")
        compute_intermediate_1_2_3 = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int8")
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(512), T.int64(7), T.int64(7)):
            with T.sblock("pad_temp"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(conv2d_51_out[v_i0, v_i1, v_i2, v_i3])
                T.writes(pad_temp[v_i0, v_i1, v_i2, v_i3])
                pad_temp[v_i0, v_i1, v_i2, v_i3] = conv2d_51_out[v_i0, v_i1, v_i2, v_i3]
        for nn, ff, yy, xx, rc, ry, rx in T.grid(T.int64(1), T.int64(2048), T.int64(7), T.int64(7), T.int64(512), T.int64(1), T.int64(1)):
            with T.sblock("conv2d_nchw"):
                v_nn, v_ff, v_yy, v_xx, v_rc, v_ry, v_rx = T.axis.remap("SSSSRRR", [nn, ff, yy, xx, rc, ry, rx])
                T.reads(pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx], param_0[v_ff, v_rc, v_ry, v_rx])
                T.writes(conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx])
                with T.init():
                    conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = 0
                conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] + T.Cast("int32", pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx]) * T.Cast("int32", param_0[v_ff, v_rc, v_ry, v_rx])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(2048), T.int64(7), T.int64(7)):
            with T.sblock("T_add"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_1[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_1[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(2048), T.int64(7), T.int64(7)):
            with T.sblock("compute"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate[v_i0, v_i1, v_i2, v_i3] = T.Cast("int64", T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(2048), T.int64(7), T.int64(7)):
            with T.sblock("T_multiply"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_2[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] * param_2[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(2048), T.int64(7), T.int64(7)):
            with T.sblock("compute1"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(lv2111[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1[v_i0, v_i1, v_i2, v_i3] = T.Cast("int64", lv2111[v_i0, v_i1, v_i2, v_i3])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(2048), T.int64(7), T.int64(7)):
            with T.sblock("T_multiply1"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(compute_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3], param_3[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_multiply_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3])
                T_multiply_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] = compute_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] * param_3[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(2048), T.int64(7), T.int64(7)):
            with T.sblock("T_add1"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], T_multiply_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3])
                T.writes(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] = T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + T_multiply_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(2048), T.int64(7), T.int64(7)):
            with T.sblock("T_add2"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3], param_4[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate_1_2[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate_1_2[v_ax0, v_ax1, v_ax2, v_ax3] = T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] + param_4[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(2048), T.int64(7), T.int64(7)):
            with T.sblock("T_right_shift"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_add_intermediate_1_2[v_ax0, v_ax1, v_ax2, v_ax3], param_5[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = T_add_intermediate_1_2[v_ax0, v_ax1, v_ax2, v_ax3] >> param_5[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(2048), T.int64(7), T.int64(7)):
            with T.sblock("compute2"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.max(T.min(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3], T.int64(127)), T.int64(0))
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(2048), T.int64(7), T.int64(7)):
            with T.sblock("compute3"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1_2_3[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1_2_3[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(2048), T.int64(7), T.int64(7)):
            with T.sblock("compute4"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(compute_intermediate_1_2_3[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1_2_3_4[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1_2_3_4[v_i0, v_i1, v_i2, v_i3] = T.Cast("int32", compute_intermediate_1_2_3[v_i0, v_i1, v_i2, v_i3])

    @T.prim_func(private=True, s_tir=True)
    def fused_conv2d1_add2_cast3_multiply1_add3_right_shift1_tir_clip2_cast4(lv41: T.Buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int8"), param_0: T.Buffer((T.int64(64), T.int64(64), T.int64(1), T.int64(1)), "int8"), param_1: T.Buffer((T.int64(64), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(64), T.int64(1), T.int64(1)), "int64"), param_3: T.Buffer((T.int64(64), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(64), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int8")):
        T.func_attr({"tirx.noalias": True})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int32")
        T_add_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int32")
        compute_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int64")
        T_multiply_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int64")
        T_add_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int64")
        T_right_shift_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int64")
        compute_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int64")
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(64), T.int64(56), T.int64(56)):
            with T.sblock("pad_temp"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(lv41[v_i0, v_i1, v_i2, v_i3])
                T.writes(pad_temp[v_i0, v_i1, v_i2, v_i3])
                pad_temp[v_i0, v_i1, v_i2, v_i3] = lv41[v_i0, v_i1, v_i2, v_i3]
        for nn, ff, yy, xx, rc, ry, rx in T.grid(T.int64(1), T.int64(64), T.int64(56), T.int64(56), T.int64(64), T.int64(1), T.int64(1)):
            with T.sblock("conv2d_nchw"):
                v_nn, v_ff, v_yy, v_xx, v_rc, v_ry, v_rx = T.axis.remap("SSSSRRR", [nn, ff, yy, xx, rc, ry, rx])
                T.reads(pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx], param_0[v_ff, v_rc, v_ry, v_rx])
                T.writes(conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx])
                with T.init():
                    conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = 0
                conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] + T.Cast("int32", pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx]) * T.Cast("int32", param_0[v_ff, v_rc, v_ry, v_rx])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(64), T.int64(56), T.int64(56)):
            with T.sblock("T_add"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_1[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_1[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(64), T.int64(56), T.int64(56)):
            with T.sblock("compute"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate[v_i0, v_i1, v_i2, v_i3] = T.Cast("int64", T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(64), T.int64(56), T.int64(56)):
            with T.sblock("T_multiply"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_2[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] * param_2[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(64), T.int64(56), T.int64(56)):
            with T.sblock("T_add1"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_3[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] = T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_3[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(64), T.int64(56), T.int64(56)):
            with T.sblock("T_right_shift"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3], param_4[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] >> param_4[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(64), T.int64(56), T.int64(56)):
            with T.sblock("compute1"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1[v_i0, v_i1, v_i2, v_i3] = T.max(T.min(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3], T.int64(127)), T.int64(0))
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(64), T.int64(56), T.int64(56)):
            with T.sblock("compute2"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])

    @T.prim_func(private=True, s_tir=True)
    def fused_conv2d20_add25_cast26_multiply11(lv1821: T.Buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int8"), param_0: T.Buffer((T.int64(2048), T.int64(1024), T.int64(1), T.int64(1)), "int8"), param_1: T.Buffer((T.int64(2048), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(2048), T.int64(1), T.int64(1)), "int64"), T_multiply_intermediate: T.Buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int64")):
        T.func_attr({"tirx.noalias": True})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int32")
        T_add_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int32")
        compute_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int64")
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(1024), T.int64(14), T.int64(14)):
            with T.sblock("pad_temp"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(lv1821[v_i0, v_i1, v_i2, v_i3])
                T.writes(pad_temp[v_i0, v_i1, v_i2, v_i3])
                pad_temp[v_i0, v_i1, v_i2, v_i3] = lv1821[v_i0, v_i1, v_i2, v_i3]
        for nn, ff, yy, xx, rc, ry, rx in T.grid(T.int64(1), T.int64(2048), T.int64(7), T.int64(7), T.int64(1024), T.int64(1), T.int64(1)):
            with T.sblock("conv2d_nchw"):
                v_nn, v_ff, v_yy, v_xx, v_rc, v_ry, v_rx = T.axis.remap("SSSSRRR", [nn, ff, yy, xx, rc, ry, rx])
                T.reads(pad_temp[v_nn, v_rc, v_yy * T.int64(2) + v_ry, v_xx * T.int64(2) + v_rx], param_0[v_ff, v_rc, v_ry, v_rx])
                T.writes(conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx])
                with T.init():
                    conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = 0
                conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] + T.Cast("int32", pad_temp[v_nn, v_rc, v_yy * T.int64(2) + v_ry, v_xx * T.int64(2) + v_rx]) * T.Cast("int32", param_0[v_ff, v_rc, v_ry, v_rx])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(2048), T.int64(7), T.int64(7)):
            with T.sblock("T_add"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_1[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_1[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(2048), T.int64(7), T.int64(7)):
            with T.sblock("compute"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate[v_i0, v_i1, v_i2, v_i3] = T.Cast("int64", T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(2048), T.int64(7), T.int64(7)):
            with T.sblock("T_multiply"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_2[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] * param_2[v_ax1, T.int64(0), T.int64(0)]

    @T.prim_func(private=True, s_tir=True)
    def fused_conv2d21_add23_cast24_multiply10_add24_right_shift10_tir_clip11_cast25(lv1981: T.Buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int8"), param_0: T.Buffer((T.int64(512), T.int64(2048), T.int64(1), T.int64(1)), "int8"), param_1: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), param_3: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7)), "int8")):
        T.func_attr({"tirx.noalias": True})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7)), "int32")
        T_add_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7)), "int32")
        compute_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7)), "int64")
        T_multiply_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7)), "int64")
        T_add_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7)), "int64")
        T_right_shift_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7)), "int64")
        compute_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7)), "int64")
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(2048), T.int64(7), T.int64(7)):
            with T.sblock("pad_temp"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(lv1981[v_i0, v_i1, v_i2, v_i3])
                T.writes(pad_temp[v_i0, v_i1, v_i2, v_i3])
                pad_temp[v_i0, v_i1, v_i2, v_i3] = lv1981[v_i0, v_i1, v_i2, v_i3]
        for nn, ff, yy, xx, rc, ry, rx in T.grid(T.int64(1), T.int64(512), T.int64(7), T.int64(7), T.int64(2048), T.int64(1), T.int64(1)):
            with T.sblock("conv2d_nchw"):
                v_nn, v_ff, v_yy, v_xx, v_rc, v_ry, v_rx = T.axis.remap("SSSSRRR", [nn, ff, yy, xx, rc, ry, rx])
                T.reads(pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx], param_0[v_ff, v_rc, v_ry, v_rx])
                T.writes(conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx])
                with T.init():
                    conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = 0
                conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] + T.Cast("int32", pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx]) * T.Cast("int32", param_0[v_ff, v_rc, v_ry, v_rx])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(512), T.int64(7), T.int64(7)):
            with T.sblock("T_add"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_1[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_1[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(512), T.int64(7), T.int64(7)):
            with T.sblock("compute"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate[v_i0, v_i1, v_i2, v_i3] = T.Cast("int64", T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(512), T.int64(7), T.int64(7)):
            with T.sblock("T_multiply"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_2[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] * param_2[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(512), T.int64(7), T.int64(7)):
            with T.sblock("T_add1"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_3[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] = T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_3[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(512), T.int64(7), T.int64(7)):
            with T.sblock("T_right_shift"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3], param_4[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] >> param_4[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(512), T.int64(7), T.int64(7)):
            with T.sblock("compute1"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1[v_i0, v_i1, v_i2, v_i3] = T.max(T.min(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3], T.int64(127)), T.int64(0))
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(512), T.int64(7), T.int64(7)):
            with T.sblock("compute2"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])

    @T.prim_func(private=True, s_tir=True)
    def fused_conv2d22_add23_cast24_multiply10_add24_right_shift10_tir_clip11_cast25(conv2d_47_out: T.Buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7)), "int8"), param_0: T.Buffer((T.int64(512), T.int64(512), T.int64(3), T.int64(3)), "int8"), param_1: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), param_3: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7)), "int8")):
        T.func_attr({"tirx.noalias": True})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(9), T.int64(9)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7)), "int32")
        T_add_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7)), "int32")
        compute_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7)), "int64")
        T_multiply_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7)), "int64")
        T_add_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7)), "int64")
        T_right_shift_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7)), "int64")
        compute_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7)), "int64")
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(512), T.int64(9), T.int64(9)):
            with T.sblock("pad_temp"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(conv2d_47_out[v_i0, v_i1, v_i2 - T.int64(1), v_i3 - T.int64(1)])
                T.writes(pad_temp[v_i0, v_i1, v_i2, v_i3])
                pad_temp[v_i0, v_i1, v_i2, v_i3] = T.if_then_else(T.int64(1) <= v_i2 and v_i2 < T.int64(8) and T.int64(1) <= v_i3 and v_i3 < T.int64(8), conv2d_47_out[v_i0, v_i1, v_i2 - T.int64(1), v_i3 - T.int64(1)], T.int8(0))
        for nn, ff, yy, xx, rc, ry, rx in T.grid(T.int64(1), T.int64(512), T.int64(7), T.int64(7), T.int64(512), T.int64(3), T.int64(3)):
            with T.sblock("conv2d_nchw"):
                v_nn, v_ff, v_yy, v_xx, v_rc, v_ry, v_rx = T.axis.remap("SSSSRRR", [nn, ff, yy, xx, rc, ry, rx])
                T.reads(pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx], param_0[v_ff, v_rc, v_ry, v_rx])
                T.writes(conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx])
                with T.init():
                    conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = 0
                conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] + T.Cast("int32", pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx]) * T.Cast("int32", param_0[v_ff, v_rc, v_ry, v_rx])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(512), T.int64(7), T.int64(7)):
            with T.sblock("T_add"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_1[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_1[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(512), T.int64(7), T.int64(7)):
            with T.sblock("compute"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate[v_i0, v_i1, v_i2, v_i3] = T.Cast("int64", T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(512), T.int64(7), T.int64(7)):
            with T.sblock("T_multiply"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_2[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] * param_2[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(512), T.int64(7), T.int64(7)):
            with T.sblock("T_add1"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_3[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] = T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_3[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(512), T.int64(7), T.int64(7)):
            with T.sblock("T_right_shift"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3], param_4[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] >> param_4[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(512), T.int64(7), T.int64(7)):
            with T.sblock("compute1"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1[v_i0, v_i1, v_i2, v_i3] = T.max(T.min(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3], T.int64(127)), T.int64(0))
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(512), T.int64(7), T.int64(7)):
            with T.sblock("compute2"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])

    @T.prim_func(private=True, s_tir=True)
    def fused_conv2d2_add2_cast3_multiply1_add3_right_shift1_tir_clip2_cast4(conv2d_1_out: T.Buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int8"), param_0: T.Buffer((T.int64(64), T.int64(64), T.int64(3), T.int64(3)), "int8"), param_1: T.Buffer((T.int64(64), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(64), T.int64(1), T.int64(1)), "int64"), param_3: T.Buffer((T.int64(64), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(64), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int8")):
        T.func_attr({"tirx.noalias": True})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(58), T.int64(58)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int32")
        T_add_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int32")
        compute_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int64")
        T_multiply_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int64")
        T_add_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int64")
        T_right_shift_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int64")
        compute_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int64")
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(64), T.int64(58), T.int64(58)):
            with T.sblock("pad_temp"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(conv2d_1_out[v_i0, v_i1, v_i2 - T.int64(1), v_i3 - T.int64(1)])
                T.writes(pad_temp[v_i0, v_i1, v_i2, v_i3])
                pad_temp[v_i0, v_i1, v_i2, v_i3] = T.if_then_else(T.int64(1) <= v_i2 and v_i2 < T.int64(57) and T.int64(1) <= v_i3 and v_i3 < T.int64(57), conv2d_1_out[v_i0, v_i1, v_i2 - T.int64(1), v_i3 - T.int64(1)], T.int8(0))
        for nn, ff, yy, xx, rc, ry, rx in T.grid(T.int64(1), T.int64(64), T.int64(56), T.int64(56), T.int64(64), T.int64(3), T.int64(3)):
            with T.sblock("conv2d_nchw"):
                v_nn, v_ff, v_yy, v_xx, v_rc, v_ry, v_rx = T.axis.remap("SSSSRRR", [nn, ff, yy, xx, rc, ry, rx])
                T.reads(pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx], param_0[v_ff, v_rc, v_ry, v_rx])
                T.writes(conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx])
                with T.init():
                    conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = 0
                conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] + T.Cast("int32", pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx]) * T.Cast("int32", param_0[v_ff, v_rc, v_ry, v_rx])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(64), T.int64(56), T.int64(56)):
            with T.sblock("T_add"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_1[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_1[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(64), T.int64(56), T.int64(56)):
            with T.sblock("compute"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate[v_i0, v_i1, v_i2, v_i3] = T.Cast("int64", T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(64), T.int64(56), T.int64(56)):
            with T.sblock("T_multiply"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_2[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] * param_2[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(64), T.int64(56), T.int64(56)):
            with T.sblock("T_add1"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_3[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] = T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_3[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(64), T.int64(56), T.int64(56)):
            with T.sblock("T_right_shift"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3], param_4[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] >> param_4[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(64), T.int64(56), T.int64(56)):
            with T.sblock("compute1"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1[v_i0, v_i1, v_i2, v_i3] = T.max(T.min(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3], T.int64(127)), T.int64(0))
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(64), T.int64(56), T.int64(56)):
            with T.sblock("compute2"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])

    @T.prim_func(private=True, s_tir=True)
    def fused_conv2d3_add4_cast5_multiply2(lv41: T.Buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int8"), param_0: T.Buffer((T.int64(256), T.int64(64), T.int64(1), T.int64(1)), "int8"), param_1: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), T_multiply_intermediate: T.Buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int64")):
        T.func_attr({"tirx.noalias": True})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int32")
        T_add_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int32")
        compute_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int64")
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(64), T.int64(56), T.int64(56)):
            with T.sblock("pad_temp"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(lv41[v_i0, v_i1, v_i2, v_i3])
                T.writes(pad_temp[v_i0, v_i1, v_i2, v_i3])
                pad_temp[v_i0, v_i1, v_i2, v_i3] = lv41[v_i0, v_i1, v_i2, v_i3]
        for nn, ff, yy, xx, rc, ry, rx in T.grid(T.int64(1), T.int64(256), T.int64(56), T.int64(56), T.int64(64), T.int64(1), T.int64(1)):
            with T.sblock("conv2d_nchw"):
                v_nn, v_ff, v_yy, v_xx, v_rc, v_ry, v_rx = T.axis.remap("SSSSRRR", [nn, ff, yy, xx, rc, ry, rx])
                T.reads(pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx], param_0[v_ff, v_rc, v_ry, v_rx])
                T.writes(conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx])
                with T.init():
                    conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = 0
                conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] + T.Cast("int32", pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx]) * T.Cast("int32", param_0[v_ff, v_rc, v_ry, v_rx])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(256), T.int64(56), T.int64(56)):
            with T.sblock("T_add"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_1[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_1[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(256), T.int64(56), T.int64(56)):
            with T.sblock("compute"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate[v_i0, v_i1, v_i2, v_i3] = T.Cast("int64", T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(256), T.int64(56), T.int64(56)):
            with T.sblock("T_multiply"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_2[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] * param_2[v_ax1, T.int64(0), T.int64(0)]

    @T.prim_func(private=True, s_tir=True)
    def fused_conv2d3_add4_cast5_multiply2_add5_add6_right_shift2_tir_clip3_cast6(conv2d_2_out: T.Buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int8"), param_0: T.Buffer((T.int64(256), T.int64(64), T.int64(1), T.int64(1)), "int8"), param_1: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), lv21: T.Buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int64"), param_3: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int8")):
        T.func_attr({"tirx.noalias": True})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int32")
        T_add_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int32")
        compute_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int64")
        T_multiply_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int64")
        T_add_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int64")
        T_add_intermediate_1_2 = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int64")
        T_right_shift_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int64")
        compute_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int64")
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(64), T.int64(56), T.int64(56)):
            with T.sblock("pad_temp"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(conv2d_2_out[v_i0, v_i1, v_i2, v_i3])
                T.writes(pad_temp[v_i0, v_i1, v_i2, v_i3])
                pad_temp[v_i0, v_i1, v_i2, v_i3] = conv2d_2_out[v_i0, v_i1, v_i2, v_i3]
        for nn, ff, yy, xx, rc, ry, rx in T.grid(T.int64(1), T.int64(256), T.int64(56), T.int64(56), T.int64(64), T.int64(1), T.int64(1)):
            with T.sblock("conv2d_nchw"):
                v_nn, v_ff, v_yy, v_xx, v_rc, v_ry, v_rx = T.axis.remap("SSSSRRR", [nn, ff, yy, xx, rc, ry, rx])
                T.reads(pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx], param_0[v_ff, v_rc, v_ry, v_rx])
                T.writes(conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx])
                with T.init():
                    conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = 0
                conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] + T.Cast("int32", pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx]) * T.Cast("int32", param_0[v_ff, v_rc, v_ry, v_rx])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(256), T.int64(56), T.int64(56)):
            with T.sblock("T_add"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_1[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_1[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(256), T.int64(56), T.int64(56)):
            with T.sblock("compute"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate[v_i0, v_i1, v_i2, v_i3] = T.Cast("int64", T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(256), T.int64(56), T.int64(56)):
            with T.sblock("T_multiply"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_2[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] * param_2[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(256), T.int64(56), T.int64(56)):
            with T.sblock("T_add1"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], lv21[v_ax0, v_ax1, v_ax2, v_ax3])
                T.writes(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] = T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + lv21[v_ax0, v_ax1, v_ax2, v_ax3]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(256), T.int64(56), T.int64(56)):
            with T.sblock("T_add2"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3], param_3[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate_1_2[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate_1_2[v_ax0, v_ax1, v_ax2, v_ax3] = T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] + param_3[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(256), T.int64(56), T.int64(56)):
            with T.sblock("T_right_shift"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_add_intermediate_1_2[v_ax0, v_ax1, v_ax2, v_ax3], param_4[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = T_add_intermediate_1_2[v_ax0, v_ax1, v_ax2, v_ax3] >> param_4[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(256), T.int64(56), T.int64(56)):
            with T.sblock("compute1"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1[v_i0, v_i1, v_i2, v_i3] = T.max(T.min(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3], T.int64(127)), T.int64(0))
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(256), T.int64(56), T.int64(56)):
            with T.sblock("compute2"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])

    @T.prim_func(private=True, s_tir=True)
    def fused_conv2d3_add4_cast5_multiply2_cast7_multiply2_add5_add6_right_shift2_tir_clip3_cast6(conv2d_6_out: T.Buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int8"), param_0: T.Buffer((T.int64(256), T.int64(64), T.int64(1), T.int64(1)), "int8"), param_1: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), lv201: T.Buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int8"), param_3: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), param_5: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2_3: T.Buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int8")):
        T.func_attr({"tirx.noalias": True})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int32")
        T_add_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int32")
        compute_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int64")
        T_multiply_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int64")
        compute_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int64")
        T_multiply_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int64")
        T_add_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int64")
        T_add_intermediate_1_2 = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int64")
        T_right_shift_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int64")
        compute_intermediate_1_2 = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int64")
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(64), T.int64(56), T.int64(56)):
            with T.sblock("pad_temp"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(conv2d_6_out[v_i0, v_i1, v_i2, v_i3])
                T.writes(pad_temp[v_i0, v_i1, v_i2, v_i3])
                pad_temp[v_i0, v_i1, v_i2, v_i3] = conv2d_6_out[v_i0, v_i1, v_i2, v_i3]
        for nn, ff, yy, xx, rc, ry, rx in T.grid(T.int64(1), T.int64(256), T.int64(56), T.int64(56), T.int64(64), T.int64(1), T.int64(1)):
            with T.sblock("conv2d_nchw"):
                v_nn, v_ff, v_yy, v_xx, v_rc, v_ry, v_rx = T.axis.remap("SSSSRRR", [nn, ff, yy, xx, rc, ry, rx])
                T.reads(pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx], param_0[v_ff, v_rc, v_ry, v_rx])
                T.writes(conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx])
                with T.init():
                    conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = 0
                conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] + T.Cast("int32", pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx]) * T.Cast("int32", param_0[v_ff, v_rc, v_ry, v_rx])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(256), T.int64(56), T.int64(56)):
            with T.sblock("T_add"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_1[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_1[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(256), T.int64(56), T.int64(56)):
            with T.sblock("compute"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate[v_i0, v_i1, v_i2, v_i3] = T.Cast("int64", T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(256), T.int64(56), T.int64(56)):
            with T.sblock("T_multiply"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_2[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] * param_2[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(256), T.int64(56), T.int64(56)):
            with T.sblock("compute1"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(lv201[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1[v_i0, v_i1, v_i2, v_i3] = T.Cast("int64", lv201[v_i0, v_i1, v_i2, v_i3])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(256), T.int64(56), T.int64(56)):
            with T.sblock("T_multiply1"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(compute_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3], param_3[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_multiply_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3])
                T_multiply_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] = compute_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] * param_3[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(256), T.int64(56), T.int64(56)):
            with T.sblock("T_add1"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], T_multiply_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3])
                T.writes(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] = T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + T_multiply_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(256), T.int64(56), T.int64(56)):
            with T.sblock("T_add2"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3], param_4[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate_1_2[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate_1_2[v_ax0, v_ax1, v_ax2, v_ax3] = T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] + param_4[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(256), T.int64(56), T.int64(56)):
            with T.sblock("T_right_shift"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_add_intermediate_1_2[v_ax0, v_ax1, v_ax2, v_ax3], param_5[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = T_add_intermediate_1_2[v_ax0, v_ax1, v_ax2, v_ax3] >> param_5[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(256), T.int64(56), T.int64(56)):
            with T.sblock("compute2"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.max(T.min(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3], T.int64(127)), T.int64(0))
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(256), T.int64(56), T.int64(56)):
            with T.sblock("compute3"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1_2_3[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1_2_3[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])

    @T.prim_func(private=True, s_tir=True)
    def fused_conv2d4_add2_cast3_multiply1_add3_right_shift1_tir_clip2_cast4(lv201: T.Buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int8"), param_0: T.Buffer((T.int64(64), T.int64(256), T.int64(1), T.int64(1)), "int8"), param_1: T.Buffer((T.int64(64), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(64), T.int64(1), T.int64(1)), "int64"), param_3: T.Buffer((T.int64(64), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(64), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int8")):
        T.func_attr({"tirx.noalias": True})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int32")
        T_add_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int32")
        compute_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int64")
        T_multiply_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int64")
        T_add_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int64")
        T_right_shift_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int64")
        compute_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int64")
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(256), T.int64(56), T.int64(56)):
            with T.sblock("pad_temp"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(lv201[v_i0, v_i1, v_i2, v_i3])
                T.writes(pad_temp[v_i0, v_i1, v_i2, v_i3])
                pad_temp[v_i0, v_i1, v_i2, v_i3] = lv201[v_i0, v_i1, v_i2, v_i3]
        for nn, ff, yy, xx, rc, ry, rx in T.grid(T.int64(1), T.int64(64), T.int64(56), T.int64(56), T.int64(256), T.int64(1), T.int64(1)):
            with T.sblock("conv2d_nchw"):
                v_nn, v_ff, v_yy, v_xx, v_rc, v_ry, v_rx = T.axis.remap("SSSSRRR", [nn, ff, yy, xx, rc, ry, rx])
                T.reads(pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx], param_0[v_ff, v_rc, v_ry, v_rx])
                T.writes(conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx])
                with T.init():
                    conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = 0
                conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] + T.Cast("int32", pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx]) * T.Cast("int32", param_0[v_ff, v_rc, v_ry, v_rx])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(64), T.int64(56), T.int64(56)):
            with T.sblock("T_add"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_1[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_1[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(64), T.int64(56), T.int64(56)):
            with T.sblock("compute"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate[v_i0, v_i1, v_i2, v_i3] = T.Cast("int64", T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(64), T.int64(56), T.int64(56)):
            with T.sblock("T_multiply"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_2[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] * param_2[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(64), T.int64(56), T.int64(56)):
            with T.sblock("T_add1"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_3[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] = T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_3[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(64), T.int64(56), T.int64(56)):
            with T.sblock("T_right_shift"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3], param_4[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] >> param_4[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(64), T.int64(56), T.int64(56)):
            with T.sblock("compute1"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1[v_i0, v_i1, v_i2, v_i3] = T.max(T.min(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3], T.int64(127)), T.int64(0))
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(64), T.int64(56), T.int64(56)):
            with T.sblock("compute2"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])

    @T.prim_func(private=True, s_tir=True)
    def fused_conv2d5_add7_cast8_multiply3_add8_right_shift3_tir_clip4_cast9(lv461: T.Buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int8"), param_0: T.Buffer((T.int64(128), T.int64(256), T.int64(1), T.int64(1)), "int8"), param_1: T.Buffer((T.int64(128), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(128), T.int64(1), T.int64(1)), "int64"), param_3: T.Buffer((T.int64(128), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(128), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(128), T.int64(56), T.int64(56)), "int8")):
        T.func_attr({"tirx.noalias": True})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(56), T.int64(56)), "int32")
        T_add_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(56), T.int64(56)), "int32")
        compute_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(56), T.int64(56)), "int64")
        T_multiply_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(56), T.int64(56)), "int64")
        T_add_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(56), T.int64(56)), "int64")
        T_right_shift_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(56), T.int64(56)), "int64")
        compute_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(56), T.int64(56)), "int64")
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(256), T.int64(56), T.int64(56)):
            with T.sblock("pad_temp"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(lv461[v_i0, v_i1, v_i2, v_i3])
                T.writes(pad_temp[v_i0, v_i1, v_i2, v_i3])
                pad_temp[v_i0, v_i1, v_i2, v_i3] = lv461[v_i0, v_i1, v_i2, v_i3]
        for nn, ff, yy, xx, rc, ry, rx in T.grid(T.int64(1), T.int64(128), T.int64(56), T.int64(56), T.int64(256), T.int64(1), T.int64(1)):
            with T.sblock("conv2d_nchw"):
                v_nn, v_ff, v_yy, v_xx, v_rc, v_ry, v_rx = T.axis.remap("SSSSRRR", [nn, ff, yy, xx, rc, ry, rx])
                T.reads(pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx], param_0[v_ff, v_rc, v_ry, v_rx])
                T.writes(conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx])
                with T.init():
                    conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = 0
                conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] + T.Cast("int32", pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx]) * T.Cast("int32", param_0[v_ff, v_rc, v_ry, v_rx])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(128), T.int64(56), T.int64(56)):
            with T.sblock("T_add"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_1[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_1[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(128), T.int64(56), T.int64(56)):
            with T.sblock("compute"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate[v_i0, v_i1, v_i2, v_i3] = T.Cast("int64", T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(128), T.int64(56), T.int64(56)):
            with T.sblock("T_multiply"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_2[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] * param_2[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(128), T.int64(56), T.int64(56)):
            with T.sblock("T_add1"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_3[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] = T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_3[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(128), T.int64(56), T.int64(56)):
            with T.sblock("T_right_shift"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3], param_4[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] >> param_4[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(128), T.int64(56), T.int64(56)):
            with T.sblock("compute1"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1[v_i0, v_i1, v_i2, v_i3] = T.max(T.min(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3], T.int64(127)), T.int64(0))
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(128), T.int64(56), T.int64(56)):
            with T.sblock("compute2"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])

    @T.prim_func(private=True, s_tir=True)
    def fused_conv2d6_add9_cast10_multiply4_add10_right_shift4_tir_clip5_cast11(conv2d_11_out: T.Buffer((T.int64(1), T.int64(128), T.int64(56), T.int64(56)), "int8"), param_0: T.Buffer((T.int64(128), T.int64(128), T.int64(3), T.int64(3)), "int8"), param_1: T.Buffer((T.int64(128), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(128), T.int64(1), T.int64(1)), "int64"), param_3: T.Buffer((T.int64(128), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(128), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(128), T.int64(28), T.int64(28)), "int8")):
        T.func_attr({"tirx.noalias": True})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(58), T.int64(58)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(28), T.int64(28)), "int32")
        T_add_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(28), T.int64(28)), "int32")
        compute_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(28), T.int64(28)), "int64")
        T_multiply_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(28), T.int64(28)), "int64")
        T_add_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(28), T.int64(28)), "int64")
        T_right_shift_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(28), T.int64(28)), "int64")
        compute_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(28), T.int64(28)), "int64")
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(128), T.int64(58), T.int64(58)):
            with T.sblock("pad_temp"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(conv2d_11_out[v_i0, v_i1, v_i2 - T.int64(1), v_i3 - T.int64(1)])
                T.writes(pad_temp[v_i0, v_i1, v_i2, v_i3])
                pad_temp[v_i0, v_i1, v_i2, v_i3] = T.if_then_else(T.int64(1) <= v_i2 and v_i2 < T.int64(57) and T.int64(1) <= v_i3 and v_i3 < T.int64(57), conv2d_11_out[v_i0, v_i1, v_i2 - T.int64(1), v_i3 - T.int64(1)], T.int8(0))
        for nn, ff, yy, xx, rc, ry, rx in T.grid(T.int64(1), T.int64(128), T.int64(28), T.int64(28), T.int64(128), T.int64(3), T.int64(3)):
            with T.sblock("conv2d_nchw"):
                v_nn, v_ff, v_yy, v_xx, v_rc, v_ry, v_rx = T.axis.remap("SSSSRRR", [nn, ff, yy, xx, rc, ry, rx])
                T.reads(pad_temp[v_nn, v_rc, v_yy * T.int64(2) + v_ry, v_xx * T.int64(2) + v_rx], param_0[v_ff, v_rc, v_ry, v_rx])
                T.writes(conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx])
                with T.init():
                    conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = 0
                conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] + T.Cast("int32", pad_temp[v_nn, v_rc, v_yy * T.int64(2) + v_ry, v_xx * T.int64(2) + v_rx]) * T.Cast("int32", param_0[v_ff, v_rc, v_ry, v_rx])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(128), T.int64(28), T.int64(28)):
            with T.sblock("T_add"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_1[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_1[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(128), T.int64(28), T.int64(28)):
            with T.sblock("compute"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate[v_i0, v_i1, v_i2, v_i3] = T.Cast("int64", T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(128), T.int64(28), T.int64(28)):
            with T.sblock("T_multiply"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_2[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] * param_2[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(128), T.int64(28), T.int64(28)):
            with T.sblock("T_add1"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_3[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] = T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_3[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(128), T.int64(28), T.int64(28)):
            with T.sblock("T_right_shift"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3], param_4[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] >> param_4[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(128), T.int64(28), T.int64(28)):
            with T.sblock("compute1"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1[v_i0, v_i1, v_i2, v_i3] = T.max(T.min(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3], T.int64(127)), T.int64(0))
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(128), T.int64(28), T.int64(28)):
            with T.sblock("compute2"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])

    @T.prim_func(private=True, s_tir=True)
    def fused_conv2d7_add11_cast12_multiply5_add12_add13_right_shift5_tir_clip6_cast13(conv2d_12_out: T.Buffer((T.int64(1), T.int64(128), T.int64(28), T.int64(28)), "int8"), param_0: T.Buffer((T.int64(512), T.int64(128), T.int64(1), T.int64(1)), "int8"), param_1: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), lv76: T.Buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int64"), param_3: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int8")):
        T.func_attr({"tirx.noalias": True})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(28), T.int64(28)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int32")
        T_add_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int32")
        compute_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int64")
        T_multiply_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int64")
        T_add_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int64")
        T_add_intermediate_1_2 = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int64")
        T_right_shift_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int64")
        compute_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int64")
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(128), T.int64(28), T.int64(28)):
            with T.sblock("pad_temp"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(conv2d_12_out[v_i0, v_i1, v_i2, v_i3])
                T.writes(pad_temp[v_i0, v_i1, v_i2, v_i3])
                pad_temp[v_i0, v_i1, v_i2, v_i3] = conv2d_12_out[v_i0, v_i1, v_i2, v_i3]
        for nn, ff, yy, xx, rc, ry, rx in T.grid(T.int64(1), T.int64(512), T.int64(28), T.int64(28), T.int64(128), T.int64(1), T.int64(1)):
            with T.sblock("conv2d_nchw"):
                v_nn, v_ff, v_yy, v_xx, v_rc, v_ry, v_rx = T.axis.remap("SSSSRRR", [nn, ff, yy, xx, rc, ry, rx])
                T.reads(pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx], param_0[v_ff, v_rc, v_ry, v_rx])
                T.writes(conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx])
                with T.init():
                    conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = 0
                conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] + T.Cast("int32", pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx]) * T.Cast("int32", param_0[v_ff, v_rc, v_ry, v_rx])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(512), T.int64(28), T.int64(28)):
            with T.sblock("T_add"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_1[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_1[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(512), T.int64(28), T.int64(28)):
            with T.sblock("compute"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate[v_i0, v_i1, v_i2, v_i3] = T.Cast("int64", T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(512), T.int64(28), T.int64(28)):
            with T.sblock("T_multiply"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_2[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] * param_2[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(512), T.int64(28), T.int64(28)):
            with T.sblock("T_add1"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], lv76[v_ax0, v_ax1, v_ax2, v_ax3])
                T.writes(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] = T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + lv76[v_ax0, v_ax1, v_ax2, v_ax3]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(512), T.int64(28), T.int64(28)):
            with T.sblock("T_add2"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3], param_3[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate_1_2[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate_1_2[v_ax0, v_ax1, v_ax2, v_ax3] = T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] + param_3[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(512), T.int64(28), T.int64(28)):
            with T.sblock("T_right_shift"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_add_intermediate_1_2[v_ax0, v_ax1, v_ax2, v_ax3], param_4[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = T_add_intermediate_1_2[v_ax0, v_ax1, v_ax2, v_ax3] >> param_4[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(512), T.int64(28), T.int64(28)):
            with T.sblock("compute1"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1[v_i0, v_i1, v_i2, v_i3] = T.max(T.min(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3], T.int64(127)), T.int64(0))
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(512), T.int64(28), T.int64(28)):
            with T.sblock("compute2"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])

    @T.prim_func(private=True, s_tir=True)
    def fused_conv2d7_add11_cast12_multiply5_cast14_multiply5_add12_add13_right_shift5_tir_clip6_cast13(conv2d_16_out: T.Buffer((T.int64(1), T.int64(128), T.int64(28), T.int64(28)), "int8"), param_0: T.Buffer((T.int64(512), T.int64(128), T.int64(1), T.int64(1)), "int8"), param_1: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), lv621: T.Buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int8"), param_3: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), param_5: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2_3: T.Buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int8")):
        T.func_attr({"tirx.noalias": True})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(28), T.int64(28)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int32")
        T_add_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int32")
        compute_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int64")
        T_multiply_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int64")
        compute_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int64")
        T_multiply_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int64")
        T_add_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int64")
        T_add_intermediate_1_2 = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int64")
        T_right_shift_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int64")
        compute_intermediate_1_2 = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int64")
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(128), T.int64(28), T.int64(28)):
            with T.sblock("pad_temp"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(conv2d_16_out[v_i0, v_i1, v_i2, v_i3])
                T.writes(pad_temp[v_i0, v_i1, v_i2, v_i3])
                pad_temp[v_i0, v_i1, v_i2, v_i3] = conv2d_16_out[v_i0, v_i1, v_i2, v_i3]
        for nn, ff, yy, xx, rc, ry, rx in T.grid(T.int64(1), T.int64(512), T.int64(28), T.int64(28), T.int64(128), T.int64(1), T.int64(1)):
            with T.sblock("conv2d_nchw"):
                v_nn, v_ff, v_yy, v_xx, v_rc, v_ry, v_rx = T.axis.remap("SSSSRRR", [nn, ff, yy, xx, rc, ry, rx])
                T.reads(pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx], param_0[v_ff, v_rc, v_ry, v_rx])
                T.writes(conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx])
                with T.init():
                    conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = 0
                conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] + T.Cast("int32", pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx]) * T.Cast("int32", param_0[v_ff, v_rc, v_ry, v_rx])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(512), T.int64(28), T.int64(28)):
            with T.sblock("T_add"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_1[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_1[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(512), T.int64(28), T.int64(28)):
            with T.sblock("compute"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate[v_i0, v_i1, v_i2, v_i3] = T.Cast("int64", T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(512), T.int64(28), T.int64(28)):
            with T.sblock("T_multiply"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_2[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] * param_2[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(512), T.int64(28), T.int64(28)):
            with T.sblock("compute1"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(lv621[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1[v_i0, v_i1, v_i2, v_i3] = T.Cast("int64", lv621[v_i0, v_i1, v_i2, v_i3])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(512), T.int64(28), T.int64(28)):
            with T.sblock("T_multiply1"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(compute_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3], param_3[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_multiply_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3])
                T_multiply_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] = compute_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] * param_3[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(512), T.int64(28), T.int64(28)):
            with T.sblock("T_add1"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], T_multiply_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3])
                T.writes(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] = T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + T_multiply_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(512), T.int64(28), T.int64(28)):
            with T.sblock("T_add2"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3], param_4[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate_1_2[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate_1_2[v_ax0, v_ax1, v_ax2, v_ax3] = T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] + param_4[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(512), T.int64(28), T.int64(28)):
            with T.sblock("T_right_shift"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_add_intermediate_1_2[v_ax0, v_ax1, v_ax2, v_ax3], param_5[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = T_add_intermediate_1_2[v_ax0, v_ax1, v_ax2, v_ax3] >> param_5[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(512), T.int64(28), T.int64(28)):
            with T.sblock("compute2"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.max(T.min(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3], T.int64(127)), T.int64(0))
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(512), T.int64(28), T.int64(28)):
            with T.sblock("compute3"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1_2_3[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1_2_3[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])

    @T.prim_func(private=True, s_tir=True)
    def fused_conv2d8_add11_cast12_multiply5(lv461: T.Buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int8"), param_0: T.Buffer((T.int64(512), T.int64(256), T.int64(1), T.int64(1)), "int8"), param_1: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), T_multiply_intermediate: T.Buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int64")):
        T.func_attr({"tirx.noalias": True})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int32")
        T_add_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int32")
        compute_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int64")
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(256), T.int64(56), T.int64(56)):
            with T.sblock("pad_temp"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(lv461[v_i0, v_i1, v_i2, v_i3])
                T.writes(pad_temp[v_i0, v_i1, v_i2, v_i3])
                pad_temp[v_i0, v_i1, v_i2, v_i3] = lv461[v_i0, v_i1, v_i2, v_i3]
        for nn, ff, yy, xx, rc, ry, rx in T.grid(T.int64(1), T.int64(512), T.int64(28), T.int64(28), T.int64(256), T.int64(1), T.int64(1)):
            with T.sblock("conv2d_nchw"):
                v_nn, v_ff, v_yy, v_xx, v_rc, v_ry, v_rx = T.axis.remap("SSSSRRR", [nn, ff, yy, xx, rc, ry, rx])
                T.reads(pad_temp[v_nn, v_rc, v_yy * T.int64(2) + v_ry, v_xx * T.int64(2) + v_rx], param_0[v_ff, v_rc, v_ry, v_rx])
                T.writes(conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx])
                with T.init():
                    conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = 0
                conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] + T.Cast("int32", pad_temp[v_nn, v_rc, v_yy * T.int64(2) + v_ry, v_xx * T.int64(2) + v_rx]) * T.Cast("int32", param_0[v_ff, v_rc, v_ry, v_rx])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(512), T.int64(28), T.int64(28)):
            with T.sblock("T_add"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_1[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_1[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(512), T.int64(28), T.int64(28)):
            with T.sblock("compute"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate[v_i0, v_i1, v_i2, v_i3] = T.Cast("int64", T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(512), T.int64(28), T.int64(28)):
            with T.sblock("T_multiply"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_2[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] * param_2[v_ax1, T.int64(0), T.int64(0)]

    @T.prim_func(private=True, s_tir=True)
    def fused_conv2d9_add9_cast10_multiply4_add10_right_shift4_tir_clip5_cast11(lv621: T.Buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int8"), param_0: T.Buffer((T.int64(128), T.int64(512), T.int64(1), T.int64(1)), "int8"), param_1: T.Buffer((T.int64(128), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(128), T.int64(1), T.int64(1)), "int64"), param_3: T.Buffer((T.int64(128), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(128), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(128), T.int64(28), T.int64(28)), "int8")):
        T.func_attr({"tirx.noalias": True})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(28), T.int64(28)), "int32")
        T_add_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(28), T.int64(28)), "int32")
        compute_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(28), T.int64(28)), "int64")
        T_multiply_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(28), T.int64(28)), "int64")
        T_add_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(28), T.int64(28)), "int64")
        T_right_shift_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(28), T.int64(28)), "int64")
        compute_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(28), T.int64(28)), "int64")
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(512), T.int64(28), T.int64(28)):
            with T.sblock("pad_temp"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(lv621[v_i0, v_i1, v_i2, v_i3])
                T.writes(pad_temp[v_i0, v_i1, v_i2, v_i3])
                pad_temp[v_i0, v_i1, v_i2, v_i3] = lv621[v_i0, v_i1, v_i2, v_i3]
        for nn, ff, yy, xx, rc, ry, rx in T.grid(T.int64(1), T.int64(128), T.int64(28), T.int64(28), T.int64(512), T.int64(1), T.int64(1)):
            with T.sblock("conv2d_nchw"):
                v_nn, v_ff, v_yy, v_xx, v_rc, v_ry, v_rx = T.axis.remap("SSSSRRR", [nn, ff, yy, xx, rc, ry, rx])
                T.reads(pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx], param_0[v_ff, v_rc, v_ry, v_rx])
                T.writes(conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx])
                with T.init():
                    conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = 0
                conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] + T.Cast("int32", pad_temp[v_nn, v_rc, v_yy + v_ry, v_xx + v_rx]) * T.Cast("int32", param_0[v_ff, v_rc, v_ry, v_rx])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(128), T.int64(28), T.int64(28)):
            with T.sblock("T_add"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_1[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_1[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(128), T.int64(28), T.int64(28)):
            with T.sblock("compute"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate[v_i0, v_i1, v_i2, v_i3] = T.Cast("int64", T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(128), T.int64(28), T.int64(28)):
            with T.sblock("T_multiply"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_2[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] * param_2[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(128), T.int64(28), T.int64(28)):
            with T.sblock("T_add1"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_3[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] = T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_3[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(128), T.int64(28), T.int64(28)):
            with T.sblock("T_right_shift"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3], param_4[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] >> param_4[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(128), T.int64(28), T.int64(28)):
            with T.sblock("compute1"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1[v_i0, v_i1, v_i2, v_i3] = T.max(T.min(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3], T.int64(127)), T.int64(0))
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(128), T.int64(28), T.int64(28)):
            with T.sblock("compute2"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])

    @T.prim_func(private=True, s_tir=True)
    def fused_conv2d_add_cast1_multiply_add1_right_shift_tir_clip1_cast2(chan_pad: T.Buffer((T.int64(1), T.int64(4), T.int64(224), T.int64(224)), "int8"), param_0: T.Buffer((T.int64(64), T.int64(4), T.int64(7), T.int64(7)), "int8"), param_1: T.Buffer((T.int64(64), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(64), T.int64(1), T.int64(1)), "int64"), param_3: T.Buffer((T.int64(64), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(64), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(64), T.int64(112), T.int64(112)), "int8")):
        T.func_attr({"tirx.noalias": True})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(4), T.int64(230), T.int64(230)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(112), T.int64(112)), "int32")
        T_add_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(112), T.int64(112)), "int32")
        compute_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(112), T.int64(112)), "int64")
        T_multiply_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(112), T.int64(112)), "int64")
        T_add_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(112), T.int64(112)), "int64")
        T_right_shift_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(112), T.int64(112)), "int64")
        compute_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(112), T.int64(112)), "int64")
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(4), T.int64(230), T.int64(230)):
            with T.sblock("pad_temp"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(chan_pad[v_i0, v_i1, v_i2 - T.int64(3), v_i3 - T.int64(3)])
                T.writes(pad_temp[v_i0, v_i1, v_i2, v_i3])
                pad_temp[v_i0, v_i1, v_i2, v_i3] = T.if_then_else(T.int64(3) <= v_i2 and v_i2 < T.int64(227) and T.int64(3) <= v_i3 and v_i3 < T.int64(227), chan_pad[v_i0, v_i1, v_i2 - T.int64(3), v_i3 - T.int64(3)], T.int8(0))
        for nn, ff, yy, xx, rc, ry, rx in T.grid(T.int64(1), T.int64(64), T.int64(112), T.int64(112), T.int64(4), T.int64(7), T.int64(7)):
            with T.sblock("conv2d_nchw"):
                v_nn, v_ff, v_yy, v_xx, v_rc, v_ry, v_rx = T.axis.remap("SSSSRRR", [nn, ff, yy, xx, rc, ry, rx])
                T.reads(pad_temp[v_nn, v_rc, v_yy * T.int64(2) + v_ry, v_xx * T.int64(2) + v_rx], param_0[v_ff, v_rc, v_ry, v_rx])
                T.writes(conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx])
                with T.init():
                    conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = 0
                conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] = conv2d_nchw_intermediate[v_nn, v_ff, v_yy, v_xx] + T.Cast("int32", pad_temp[v_nn, v_rc, v_yy * T.int64(2) + v_ry, v_xx * T.int64(2) + v_rx]) * T.Cast("int32", param_0[v_ff, v_rc, v_ry, v_rx])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(64), T.int64(112), T.int64(112)):
            with T.sblock("T_add"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_1[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = conv2d_nchw_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_1[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(64), T.int64(112), T.int64(112)):
            with T.sblock("compute"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate[v_i0, v_i1, v_i2, v_i3] = T.Cast("int64", T_add_intermediate[v_i0, v_i1, v_i2, v_i3])
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(64), T.int64(112), T.int64(112)):
            with T.sblock("T_multiply"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_2[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = compute_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] * param_2[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(64), T.int64(112), T.int64(112)):
            with T.sblock("T_add1"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3], param_3[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3])
                T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] = T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] + param_3[v_ax1, T.int64(0), T.int64(0)]
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(64), T.int64(112), T.int64(112)):
            with T.sblock("T_right_shift"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3], param_4[v_ax1, T.int64(0), T.int64(0)])
                T.writes(T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_right_shift_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = T_add_intermediate_1[v_ax0, v_ax1, v_ax2, v_ax3] >> param_4[v_ax1, T.int64(0), T.int64(0)]
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(64), T.int64(112), T.int64(112)):
            with T.sblock("compute1"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1[v_i0, v_i1, v_i2, v_i3] = T.max(T.min(T_right_shift_intermediate[v_i0, v_i1, v_i2, v_i3], T.int64(127)), T.int64(0))
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(64), T.int64(112), T.int64(112)):
            with T.sblock("compute2"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])

    @T.prim_func(private=True, s_tir=True)
    def fused_divide_tir_round_tir_clip_cast_pad(input: T.Buffer((T.int64(1), T.int64(3), T.int64(224), T.int64(224)), "float32"), PadInput_intermediate: T.Buffer((T.int64(1), T.int64(4), T.int64(224), T.int64(224)), "int8")):
        T.func_attr({"tirx.noalias": True})
        # with T.sblock("root"):
        T_divide_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(3), T.int64(224), T.int64(224)))
        compute_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(3), T.int64(224), T.int64(224)))
        compute_intermediate_1 = T.sblock_alloc_buffer((T.int64(1), T.int64(3), T.int64(224), T.int64(224)))
        compute_intermediate_1_2 = T.sblock_alloc_buffer((T.int64(1), T.int64(3), T.int64(224), T.int64(224)), "int8")
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(3), T.int64(224), T.int64(224)):
            with T.sblock("T_divide"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(input[v_ax0, v_ax1, v_ax2, v_ax3])
                T.writes(T_divide_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                T_divide_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = input[v_ax0, v_ax1, v_ax2, v_ax3] / T.float32(0.037259511649608612)
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(3), T.int64(224), T.int64(224)):
            with T.sblock("compute"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(T_divide_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate[v_i0, v_i1, v_i2, v_i3] = T.nearbyint(T_divide_intermediate[v_i0, v_i1, v_i2, v_i3])
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(3), T.int64(224), T.int64(224)):
            with T.sblock("compute1"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(compute_intermediate[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1[v_i0, v_i1, v_i2, v_i3] = T.max(T.min(compute_intermediate[v_i0, v_i1, v_i2, v_i3], T.float32(127.0)), T.float32(-127.0))
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(3), T.int64(224), T.int64(224)):
            with T.sblock("compute2"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
                T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", compute_intermediate_1[v_i0, v_i1, v_i2, v_i3])
        for i0, i1, i2, i3 in T.grid(T.int64(1), T.int64(4), T.int64(224), T.int64(224)):
            with T.sblock("PadInput"):
                v_i0, v_i1, v_i2, v_i3 = T.axis.remap("SSSS", [i0, i1, i2, i3])
                T.reads(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                T.writes(PadInput_intermediate[v_i0, v_i1, v_i2, v_i3])
                PadInput_intermediate[v_i0, v_i1, v_i2, v_i3] = T.if_then_else(T.int64(0) <= v_i1 and v_i1 < T.int64(3), compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3], T.int8(0))

    @T.prim_func(private=True, s_tir=True)
    def fused_matmul_add29_cast32_multiply13(lv2261: T.Buffer((T.int64(1), T.int64(2048)), "int8"), param_0: T.Buffer((T.int64(2048), T.int64(1000)), "int8"), param_1: T.Buffer((T.int64(1000),), "int32"), param_2: T.Buffer((T.int64(1000),), "float32"), T_multiply_intermediate: T.Buffer((T.int64(1), T.int64(1000)), "float32")):
        T.func_attr({"tirx.noalias": True})
        # with T.sblock("root"):
        matmul_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(1000)), "int32")
        T_add_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(1000)), "int32")
        compute_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(1000)))
        for i0, i1, k in T.grid(T.int64(1), T.int64(1000), T.int64(2048)):
            with T.sblock("matmul"):
                v_i0, v_i1, v_k = T.axis.remap("SSR", [i0, i1, k])
                T.reads(lv2261[v_i0, v_k], param_0[v_k, v_i1])
                T.writes(matmul_intermediate[v_i0, v_i1])
                with T.init():
                    matmul_intermediate[v_i0, v_i1] = 0
                matmul_intermediate[v_i0, v_i1] = matmul_intermediate[v_i0, v_i1] + T.Cast("int32", lv2261[v_i0, v_k]) * T.Cast("int32", param_0[v_k, v_i1])
        for ax0, ax1 in T.grid(T.int64(1), T.int64(1000)):
            with T.sblock("T_add"):
                v_ax0, v_ax1 = T.axis.remap("SS", [ax0, ax1])
                T.reads(matmul_intermediate[v_ax0, v_ax1], param_1[v_ax1])
                T.writes(T_add_intermediate[v_ax0, v_ax1])
                T_add_intermediate[v_ax0, v_ax1] = matmul_intermediate[v_ax0, v_ax1] + param_1[v_ax1]
        for i0, i1 in T.grid(T.int64(1), T.int64(1000)):
            with T.sblock("compute"):
                v_i0, v_i1 = T.axis.remap("SS", [i0, i1])
                T.reads(T_add_intermediate[v_i0, v_i1])
                T.writes(compute_intermediate[v_i0, v_i1])
                compute_intermediate[v_i0, v_i1] = T.Cast("float32", T_add_intermediate[v_i0, v_i1])
        for ax0, ax1 in T.grid(T.int64(1), T.int64(1000)):
            with T.sblock("T_multiply"):
                v_ax0, v_ax1 = T.axis.remap("SS", [ax0, ax1])
                T.reads(compute_intermediate[v_ax0, v_ax1], param_2[v_ax1])
                T.writes(T_multiply_intermediate[v_ax0, v_ax1])
                T_multiply_intermediate[v_ax0, v_ax1] = compute_intermediate[v_ax0, v_ax1] * param_2[v_ax1]

    @T.prim_func(private=True, s_tir=True)
    def max_pool2d(conv2d_0_out: T.Buffer((T.int64(1), T.int64(64), T.int64(112), T.int64(112)), "int8"), pool_max: T.Buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int8")):
        T.func_attr({"op_pattern": 4, "tirx.noalias": True})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(114), T.int64(114)), "int8")
        for ax0, ax1, ax2, ax3 in T.grid(T.int64(1), T.int64(64), T.int64(114), T.int64(114)):
            with T.sblock("pad_temp"):
                v_ax0, v_ax1, v_ax2, v_ax3 = T.axis.remap("SSSS", [ax0, ax1, ax2, ax3])
                T.reads(conv2d_0_out[v_ax0, v_ax1, v_ax2 - T.int64(1), v_ax3 - T.int64(1)])
                T.writes(pad_temp[v_ax0, v_ax1, v_ax2, v_ax3])
                pad_temp[v_ax0, v_ax1, v_ax2, v_ax3] = T.if_then_else(T.int64(1) <= v_ax2 and v_ax2 < T.int64(113) and T.int64(1) <= v_ax3 and v_ax3 < T.int64(113), conv2d_0_out[v_ax0, v_ax1, v_ax2 - T.int64(1), v_ax3 - T.int64(1)], T.int8(-128))
        for ax0, ax1, ax2, ax3, rv0, rv1 in T.grid(T.int64(1), T.int64(64), T.int64(56), T.int64(56), T.int64(3), T.int64(3)):
            with T.sblock("pool_max"):
                v_ax0, v_ax1, v_ax2, v_ax3, v_rv0, v_rv1 = T.axis.remap("SSSSRR", [ax0, ax1, ax2, ax3, rv0, rv1])
                T.reads(pad_temp[v_ax0, v_ax1, v_ax2 * T.int64(2) + v_rv0, v_ax3 * T.int64(2) + v_rv1])
                T.writes(pool_max[v_ax0, v_ax1, v_ax2, v_ax3])
                T.sblock_attr({"schedule_rule": "meta_schedule.pool_max"})
                with T.init():
                    pool_max[v_ax0, v_ax1, v_ax2, v_ax3] = T.int8(-128)
                pool_max[v_ax0, v_ax1, v_ax2, v_ax3] = T.max(pool_max[v_ax0, v_ax1, v_ax2, v_ax3], pad_temp[v_ax0, v_ax1, v_ax2 * T.int64(2) + v_rv0, v_ax3 * T.int64(2) + v_rv1])

    @T.prim_func(private=True, s_tir=True)
    def sum(lv298: T.Buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int32"), lv298_red: T.Buffer((T.int64(1), T.int64(2048), T.int64(1), T.int64(1)), "int32")):
        T.func_attr({"op_pattern": 3, "tirx.noalias": True})
        # with T.sblock("root"):
        for ax0, ax1, ax2, ax3, k2, k3 in T.grid(T.int64(1), T.int64(2048), T.int64(1), T.int64(1), T.int64(7), T.int64(7)):
            with T.sblock("lv298_red"):
                v_ax0, v_ax1, v_ax2, v_ax3, v_k2, v_k3 = T.axis.remap("SSSSRR", [ax0, ax1, ax2, ax3, k2, k3])
                T.reads(lv298[v_ax0, v_ax1, v_k2, v_k3])
                T.writes(lv298_red[v_ax0, v_ax1, v_ax2, v_ax3])
                with T.init():
                    lv298_red[v_ax0, v_ax1, v_ax2, v_ax3] = 0
                lv298_red[v_ax0, v_ax1, v_ax2, v_ax3] = lv298_red[v_ax0, v_ax1, v_ax2, v_ax3] + lv298[v_ax0, v_ax1, v_k2, v_k3]

    @R.function
    def main(input: R.Tensor((1, 3, 224, 224), dtype="float32")) -> R.Tensor((1, 1000), dtype="float32"):
        R.func_attr({"num_input": 1})
        cls = Module
        with R.dataflow():
            lv = R.call_tir(cls.fused_divide_tir_round_tir_clip_cast_pad, (input,), out_ty=R.Tensor((1, 4, 224, 224), dtype="int8"))
            lv1 = R.call_tir(cls.fused_conv2d_add_cast1_multiply_add1_right_shift_tir_clip1_cast2, (lv, metadata["ir.GenericConst"][0], metadata["ir.GenericConst"][1], metadata["ir.GenericConst"][2], metadata["ir.GenericConst"][3], metadata["ir.GenericConst"][4]), out_ty=R.Tensor((1, 64, 112, 112), dtype="int8"))
            lv41 = R.call_tir(cls.max_pool2d, (lv1,), out_ty=R.Tensor((1, 64, 56, 56), dtype="int8"))
            lv2 = R.call_tir(cls.fused_conv2d1_add2_cast3_multiply1_add3_right_shift1_tir_clip2_cast4, (lv41, metadata["ir.GenericConst"][5], metadata["ir.GenericConst"][6], metadata["ir.GenericConst"][7], metadata["ir.GenericConst"][8], metadata["ir.GenericConst"][9]), out_ty=R.Tensor((1, 64, 56, 56), dtype="int8"))
            lv3 = R.call_tir(cls.fused_conv2d2_add2_cast3_multiply1_add3_right_shift1_tir_clip2_cast4, (lv2, metadata["ir.GenericConst"][10], metadata["ir.GenericConst"][11], metadata["ir.GenericConst"][12], metadata["ir.GenericConst"][13], metadata["ir.GenericConst"][14]), out_ty=R.Tensor((1, 64, 56, 56), dtype="int8"))
            lv4 = R.call_tir(cls.fused_conv2d3_add4_cast5_multiply2, (lv41, metadata["ir.GenericConst"][15], metadata["ir.GenericConst"][16], metadata["ir.GenericConst"][17]), out_ty=R.Tensor((1, 256, 56, 56), dtype="int64"))
            lv5 = R.call_tir(cls.fused_conv2d3_add4_cast5_multiply2_add5_add6_right_shift2_tir_clip3_cast6, (lv3, metadata["ir.GenericConst"][18], metadata["ir.GenericConst"][19], metadata["ir.GenericConst"][20], lv4, metadata["ir.GenericConst"][21], metadata["ir.GenericConst"][22]), out_ty=R.Tensor((1, 256, 56, 56), dtype="int8"))
            lv6 = R.call_tir(cls.fused_conv2d4_add2_cast3_multiply1_add3_right_shift1_tir_clip2_cast4, (lv5, metadata["ir.GenericConst"][23], metadata["ir.GenericConst"][24], metadata["ir.GenericConst"][25], metadata["ir.GenericConst"][26], metadata["ir.GenericConst"][27]), out_ty=R.Tensor((1, 64, 56, 56), dtype="int8"))
            lv7 = R.call_tir(cls.fused_conv2d2_add2_cast3_multiply1_add3_right_shift1_tir_clip2_cast4, (lv6, metadata["ir.GenericConst"][28], metadata["ir.GenericConst"][29], metadata["ir.GenericConst"][30], metadata["ir.GenericConst"][31], metadata["ir.GenericConst"][32]), out_ty=R.Tensor((1, 64, 56, 56), dtype="int8"))
            lv8 = R.call_tir(cls.fused_conv2d3_add4_cast5_multiply2_cast7_multiply2_add5_add6_right_shift2_tir_clip3_cast6, (lv7, metadata["ir.GenericConst"][33], metadata["ir.GenericConst"][34], metadata["ir.GenericConst"][35], lv5, metadata["ir.GenericConst"][36], metadata["ir.GenericConst"][37], metadata["ir.GenericConst"][38]), out_ty=R.Tensor((1, 256, 56, 56), dtype="int8"))
            lv9 = R.call_tir(cls.fused_conv2d4_add2_cast3_multiply1_add3_right_shift1_tir_clip2_cast4, (lv8, metadata["ir.GenericConst"][39], metadata["ir.GenericConst"][40], metadata["ir.GenericConst"][41], metadata["ir.GenericConst"][42], metadata["ir.GenericConst"][43]), out_ty=R.Tensor((1, 64, 56, 56), dtype="int8"))
            lv10 = R.call_tir(cls.fused_conv2d2_add2_cast3_multiply1_add3_right_shift1_tir_clip2_cast4, (lv9, metadata["ir.GenericConst"][44], metadata["ir.GenericConst"][45], metadata["ir.GenericConst"][46], metadata["ir.GenericConst"][47], metadata["ir.GenericConst"][48]), out_ty=R.Tensor((1, 64, 56, 56), dtype="int8"))
            lv11 = R.call_tir(cls.fused_conv2d3_add4_cast5_multiply2_cast7_multiply2_add5_add6_right_shift2_tir_clip3_cast6, (lv10, metadata["ir.GenericConst"][49], metadata["ir.GenericConst"][50], metadata["ir.GenericConst"][51], lv8, metadata["ir.GenericConst"][52], metadata["ir.GenericConst"][53], metadata["ir.GenericConst"][54]), out_ty=R.Tensor((1, 256, 56, 56), dtype="int8"))
            lv12 = R.call_tir(cls.fused_conv2d5_add7_cast8_multiply3_add8_right_shift3_tir_clip4_cast9, (lv11, metadata["ir.GenericConst"][55], metadata["ir.GenericConst"][56], metadata["ir.GenericConst"][57], metadata["ir.GenericConst"][58], metadata["ir.GenericConst"][59]), out_ty=R.Tensor((1, 128, 56, 56), dtype="int8"))
            lv13 = R.call_tir(cls.fused_conv2d6_add9_cast10_multiply4_add10_right_shift4_tir_clip5_cast11, (lv12, metadata["ir.GenericConst"][60], metadata["ir.GenericConst"][61], metadata["ir.GenericConst"][62], metadata["ir.GenericConst"][63], metadata["ir.GenericConst"][64]), out_ty=R.Tensor((1, 128, 28, 28), dtype="int8"))
            lv14 = R.call_tir(cls.fused_conv2d8_add11_cast12_multiply5, (lv11, metadata["ir.GenericConst"][65], metadata["ir.GenericConst"][66], metadata["ir.GenericConst"][67]), out_ty=R.Tensor((1, 512, 28, 28), dtype="int64"))
            lv15 = R.call_tir(cls.fused_conv2d7_add11_cast12_multiply5_add12_add13_right_shift5_tir_clip6_cast13, (lv13, metadata["ir.GenericConst"][68], metadata["ir.GenericConst"][69], metadata["ir.GenericConst"][70], lv14, metadata["ir.GenericConst"][71], metadata["ir.GenericConst"][72]), out_ty=R.Tensor((1, 512, 28, 28), dtype="int8"))
            lv16 = R.call_tir(cls.fused_conv2d9_add9_cast10_multiply4_add10_right_shift4_tir_clip5_cast11, (lv15, metadata["ir.GenericConst"][73], metadata["ir.GenericConst"][74], metadata["ir.GenericConst"][75], metadata["ir.GenericConst"][76], metadata["ir.GenericConst"][77]), out_ty=R.Tensor((1, 128, 28, 28), dtype="int8"))
            lv17 = R.call_tir(cls.fused_conv2d10_add9_cast10_multiply4_add10_right_shift4_tir_clip5_cast11, (lv16, metadata["ir.GenericConst"][78], metadata["ir.GenericConst"][79], metadata["ir.GenericConst"][80], metadata["ir.GenericConst"][81], metadata["ir.GenericConst"][82]), out_ty=R.Tensor((1, 128, 28, 28), dtype="int8"))
            lv18 = R.call_tir(cls.fused_conv2d7_add11_cast12_multiply5_cast14_multiply5_add12_add13_right_shift5_tir_clip6_cast13, (lv17, metadata["ir.GenericConst"][83], metadata["ir.GenericConst"][84], metadata["ir.GenericConst"][85], lv15, metadata["ir.GenericConst"][86], metadata["ir.GenericConst"][87], metadata["ir.GenericConst"][88]), out_ty=R.Tensor((1, 512, 28, 28), dtype="int8"))
            lv19 = R.call_tir(cls.fused_conv2d9_add9_cast10_multiply4_add10_right_shift4_tir_clip5_cast11, (lv18, metadata["ir.GenericConst"][89], metadata["ir.GenericConst"][90], metadata["ir.GenericConst"][91], metadata["ir.GenericConst"][92], metadata["ir.GenericConst"][93]), out_ty=R.Tensor((1, 128, 28, 28), dtype="int8"))
            lv20 = R.call_tir(cls.fused_conv2d10_add9_cast10_multiply4_add10_right_shift4_tir_clip5_cast11, (lv19, metadata["ir.GenericConst"][94], metadata["ir.GenericConst"][95], metadata["ir.GenericConst"][96], metadata["ir.GenericConst"][97], metadata["ir.GenericConst"][98]), out_ty=R.Tensor((1, 128, 28, 28), dtype="int8"))
            lv21 = R.call_tir(cls.fused_conv2d7_add11_cast12_multiply5_cast14_multiply5_add12_add13_right_shift5_tir_clip6_cast13, (lv20, metadata["ir.GenericConst"][99], metadata["ir.GenericConst"][100], metadata["ir.GenericConst"][101], lv18, metadata["ir.GenericConst"][102], metadata["ir.GenericConst"][103], metadata["ir.GenericConst"][104]), out_ty=R.Tensor((1, 512, 28, 28), dtype="int8"))
            lv22 = R.call_tir(cls.fused_conv2d9_add9_cast10_multiply4_add10_right_shift4_tir_clip5_cast11, (lv21, metadata["ir.GenericConst"][105], metadata["ir.GenericConst"][106], metadata["ir.GenericConst"][107], metadata["ir.GenericConst"][108], metadata["ir.GenericConst"][109]), out_ty=R.Tensor((1, 128, 28, 28), dtype="int8"))
            lv23 = R.call_tir(cls.fused_conv2d10_add9_cast10_multiply4_add10_right_shift4_tir_clip5_cast11, (lv22, metadata["ir.GenericConst"][110], metadata["ir.GenericConst"][111], metadata["ir.GenericConst"][112], metadata["ir.GenericConst"][113], metadata["ir.GenericConst"][114]), out_ty=R.Tensor((1, 128, 28, 28), dtype="int8"))
            lv24 = R.call_tir(cls.fused_conv2d7_add11_cast12_multiply5_cast14_multiply5_add12_add13_right_shift5_tir_clip6_cast13, (lv23, metadata["ir.GenericConst"][115], metadata["ir.GenericConst"][116], metadata["ir.GenericConst"][117], lv21, metadata["ir.GenericConst"][118], metadata["ir.GenericConst"][119], metadata["ir.GenericConst"][120]), out_ty=R.Tensor((1, 512, 28, 28), dtype="int8"))
            lv25 = R.call_tir(cls.fused_conv2d11_add14_cast15_multiply6_add15_right_shift6_tir_clip7_cast16, (lv24, metadata["ir.GenericConst"][121], metadata["ir.GenericConst"][122], metadata["ir.GenericConst"][123], metadata["ir.GenericConst"][124], metadata["ir.GenericConst"][125]), out_ty=R.Tensor((1, 256, 28, 28), dtype="int8"))
            lv26 = R.call_tir(cls.fused_conv2d12_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18, (lv25, metadata["ir.GenericConst"][126], metadata["ir.GenericConst"][127], metadata["ir.GenericConst"][128], metadata["ir.GenericConst"][129], metadata["ir.GenericConst"][130]), out_ty=R.Tensor((1, 256, 14, 14), dtype="int8"))
            lv27 = R.call_tir(cls.fused_conv2d14_add18_cast19_multiply8, (lv24, metadata["ir.GenericConst"][131], metadata["ir.GenericConst"][132], metadata["ir.GenericConst"][133]), out_ty=R.Tensor((1, 1024, 14, 14), dtype="int64"))
            lv28 = R.call_tir(cls.fused_conv2d13_add18_cast19_multiply8_add19_add20_right_shift8_tir_clip9_cast20, (lv26, metadata["ir.GenericConst"][134], metadata["ir.GenericConst"][135], metadata["ir.GenericConst"][136], lv27, metadata["ir.GenericConst"][137], metadata["ir.GenericConst"][138]), out_ty=R.Tensor((1, 1024, 14, 14), dtype="int8"))
            lv29 = R.call_tir(cls.fused_conv2d15_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18, (lv28, metadata["ir.GenericConst"][139], metadata["ir.GenericConst"][140], metadata["ir.GenericConst"][141], metadata["ir.GenericConst"][142], metadata["ir.GenericConst"][143]), out_ty=R.Tensor((1, 256, 14, 14), dtype="int8"))
            lv30 = R.call_tir(cls.fused_conv2d16_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18, (lv29, metadata["ir.GenericConst"][144], metadata["ir.GenericConst"][145], metadata["ir.GenericConst"][146], metadata["ir.GenericConst"][147], metadata["ir.GenericConst"][148]), out_ty=R.Tensor((1, 256, 14, 14), dtype="int8"))
            lv31 = R.call_tir(cls.fused_conv2d13_add18_cast19_multiply8_cast21_multiply8_add19_add20_right_shift8_tir_clip9_cast20, (lv30, metadata["ir.GenericConst"][149], metadata["ir.GenericConst"][150], metadata["ir.GenericConst"][151], lv28, metadata["ir.GenericConst"][152], metadata["ir.GenericConst"][153], metadata["ir.GenericConst"][154]), out_ty=R.Tensor((1, 1024, 14, 14), dtype="int8"))
            lv32 = R.call_tir(cls.fused_conv2d15_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18, (lv31, metadata["ir.GenericConst"][155], metadata["ir.GenericConst"][156], metadata["ir.GenericConst"][157], metadata["ir.GenericConst"][158], metadata["ir.GenericConst"][159]), out_ty=R.Tensor((1, 256, 14, 14), dtype="int8"))
            lv33 = R.call_tir(cls.fused_conv2d16_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18, (lv32, metadata["ir.GenericConst"][160], metadata["ir.GenericConst"][161], metadata["ir.GenericConst"][162], metadata["ir.GenericConst"][163], metadata["ir.GenericConst"][164]), out_ty=R.Tensor((1, 256, 14, 14), dtype="int8"))
            lv34 = R.call_tir(cls.fused_conv2d13_add18_cast19_multiply8_cast21_multiply8_add19_add20_right_shift8_tir_clip9_cast20, (lv33, metadata["ir.GenericConst"][165], metadata["ir.GenericConst"][166], metadata["ir.GenericConst"][167], lv31, metadata["ir.GenericConst"][168], metadata["ir.GenericConst"][169], metadata["ir.GenericConst"][170]), out_ty=R.Tensor((1, 1024, 14, 14), dtype="int8"))
            lv35 = R.call_tir(cls.fused_conv2d15_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18, (lv34, metadata["ir.GenericConst"][171], metadata["ir.GenericConst"][172], metadata["ir.GenericConst"][173], metadata["ir.GenericConst"][174], metadata["ir.GenericConst"][175]), out_ty=R.Tensor((1, 256, 14, 14), dtype="int8"))
            lv36 = R.call_tir(cls.fused_conv2d16_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18, (lv35, metadata["ir.GenericConst"][176], metadata["ir.GenericConst"][177], metadata["ir.GenericConst"][178], metadata["ir.GenericConst"][179], metadata["ir.GenericConst"][180]), out_ty=R.Tensor((1, 256, 14, 14), dtype="int8"))
            lv37 = R.call_tir(cls.fused_conv2d13_add18_cast19_multiply8_cast21_multiply8_add19_add20_right_shift8_tir_clip9_cast20, (lv36, metadata["ir.GenericConst"][181], metadata["ir.GenericConst"][182], metadata["ir.GenericConst"][183], lv34, metadata["ir.GenericConst"][184], metadata["ir.GenericConst"][185], metadata["ir.GenericConst"][186]), out_ty=R.Tensor((1, 1024, 14, 14), dtype="int8"))
            lv38 = R.call_tir(cls.fused_conv2d15_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18, (lv37, metadata["ir.GenericConst"][187], metadata["ir.GenericConst"][188], metadata["ir.GenericConst"][189], metadata["ir.GenericConst"][190], metadata["ir.GenericConst"][191]), out_ty=R.Tensor((1, 256, 14, 14), dtype="int8"))
            lv39 = R.call_tir(cls.fused_conv2d16_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18, (lv38, metadata["ir.GenericConst"][192], metadata["ir.GenericConst"][193], metadata["ir.GenericConst"][194], metadata["ir.GenericConst"][195], metadata["ir.GenericConst"][196]), out_ty=R.Tensor((1, 256, 14, 14), dtype="int8"))
            lv40 = R.call_tir(cls.fused_conv2d13_add18_cast19_multiply8_cast21_multiply8_add19_add20_right_shift8_tir_clip9_cast20, (lv39, metadata["ir.GenericConst"][197], metadata["ir.GenericConst"][198], metadata["ir.GenericConst"][199], lv37, metadata["ir.GenericConst"][200], metadata["ir.GenericConst"][201], metadata["ir.GenericConst"][202]), out_ty=R.Tensor((1, 1024, 14, 14), dtype="int8"))
            lv41_1 = R.call_tir(cls.fused_conv2d15_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18, (lv40, metadata["ir.GenericConst"][203], metadata["ir.GenericConst"][204], metadata["ir.GenericConst"][205], metadata["ir.GenericConst"][206], metadata["ir.GenericConst"][207]), out_ty=R.Tensor((1, 256, 14, 14), dtype="int8"))
            lv42 = R.call_tir(cls.fused_conv2d16_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18, (lv41_1, metadata["ir.GenericConst"][208], metadata["ir.GenericConst"][209], metadata["ir.GenericConst"][210], metadata["ir.GenericConst"][211], metadata["ir.GenericConst"][212]), out_ty=R.Tensor((1, 256, 14, 14), dtype="int8"))
            lv43 = R.call_tir(cls.fused_conv2d13_add18_cast19_multiply8_cast21_multiply8_add19_add20_right_shift8_tir_clip9_cast20, (lv42, metadata["ir.GenericConst"][213], metadata["ir.GenericConst"][214], metadata["ir.GenericConst"][215], lv40, metadata["ir.GenericConst"][216], metadata["ir.GenericConst"][217], metadata["ir.GenericConst"][218]), out_ty=R.Tensor((1, 1024, 14, 14), dtype="int8"))
            lv44 = R.call_tir(cls.fused_conv2d17_add21_cast22_multiply9_add22_right_shift9_tir_clip10_cast23, (lv43, metadata["ir.GenericConst"][219], metadata["ir.GenericConst"][220], metadata["ir.GenericConst"][221], metadata["ir.GenericConst"][222], metadata["ir.GenericConst"][223]), out_ty=R.Tensor((1, 512, 14, 14), dtype="int8"))
            lv45 = R.call_tir(cls.fused_conv2d18_add23_cast24_multiply10_add24_right_shift10_tir_clip11_cast25, (lv44, metadata["ir.GenericConst"][224], metadata["ir.GenericConst"][225], metadata["ir.GenericConst"][226], metadata["ir.GenericConst"][227], metadata["ir.GenericConst"][228]), out_ty=R.Tensor((1, 512, 7, 7), dtype="int8"))
            lv46 = R.call_tir(cls.fused_conv2d20_add25_cast26_multiply11, (lv43, metadata["ir.GenericConst"][229], metadata["ir.GenericConst"][230], metadata["ir.GenericConst"][231]), out_ty=R.Tensor((1, 2048, 7, 7), dtype="int64"))
            lv47 = R.call_tir(cls.fused_conv2d19_add25_cast26_multiply11_add26_add27_right_shift11_tir_clip12_cast27, (lv45, metadata["ir.GenericConst"][232], metadata["ir.GenericConst"][233], metadata["ir.GenericConst"][234], lv46, metadata["ir.GenericConst"][235], metadata["ir.GenericConst"][236]), out_ty=R.Tensor((1, 2048, 7, 7), dtype="int8"))
            lv48 = R.call_tir(cls.fused_conv2d21_add23_cast24_multiply10_add24_right_shift10_tir_clip11_cast25, (lv47, metadata["ir.GenericConst"][237], metadata["ir.GenericConst"][238], metadata["ir.GenericConst"][239], metadata["ir.GenericConst"][240], metadata["ir.GenericConst"][241]), out_ty=R.Tensor((1, 512, 7, 7), dtype="int8"))
            lv49 = R.call_tir(cls.fused_conv2d22_add23_cast24_multiply10_add24_right_shift10_tir_clip11_cast25, (lv48, metadata["ir.GenericConst"][242], metadata["ir.GenericConst"][243], metadata["ir.GenericConst"][244], metadata["ir.GenericConst"][245], metadata["ir.GenericConst"][246]), out_ty=R.Tensor((1, 512, 7, 7), dtype="int8"))
            lv50 = R.call_tir(cls.fused_conv2d19_add25_cast26_multiply11_cast28_multiply11_add26_add27_right_shift11_tir_clip12_cast27, (lv49, metadata["ir.GenericConst"][247], metadata["ir.GenericConst"][248], metadata["ir.GenericConst"][249], lv47, metadata["ir.GenericConst"][250], metadata["ir.GenericConst"][251], metadata["ir.GenericConst"][252]), out_ty=R.Tensor((1, 2048, 7, 7), dtype="int8"))
            lv51 = R.call_tir(cls.fused_conv2d21_add23_cast24_multiply10_add24_right_shift10_tir_clip11_cast25, (lv50, metadata["ir.GenericConst"][253], metadata["ir.GenericConst"][254], metadata["ir.GenericConst"][255], metadata["ir.GenericConst"][256], metadata["ir.GenericConst"][257]), out_ty=R.Tensor((1, 512, 7, 7), dtype="int8"))
            lv52 = R.call_tir(cls.fused_conv2d22_add23_cast24_multiply10_add24_right_shift10_tir_clip11_cast25, (lv51, metadata["ir.GenericConst"][258], metadata["ir.GenericConst"][259], metadata["ir.GenericConst"][260], metadata["ir.GenericConst"][261], metadata["ir.GenericConst"][262]), out_ty=R.Tensor((1, 512, 7, 7), dtype="int8"))
            lv53 = R.call_tir(cls.fused_conv2d19_add25_cast26_multiply11_cast28_multiply11_add26_add27_right_shift11_tir_clip12_cast27_cast29, (lv52, metadata["ir.GenericConst"][263], metadata["ir.GenericConst"][264], metadata["ir.GenericConst"][265], lv50, metadata["ir.GenericConst"][266], metadata["ir.GenericConst"][267], metadata["ir.GenericConst"][268]), out_ty=R.Tensor((1, 2048, 7, 7), dtype="int32"))
            lv299 = R.call_tir(cls.sum, (lv53,), out_ty=R.Tensor((1, 2048, 1, 1), dtype="int32"))
            lv54 = R.call_tir(cls.fused_cast30_multiply12_add28_right_shift12_tir_clip13_cast31_reshape, (lv299,), out_ty=R.Tensor((1, 2048), dtype="int8"))
            gv = R.call_tir(cls.fused_matmul_add29_cast32_multiply13, (lv54, metadata["ir.GenericConst"][269], metadata["ir.GenericConst"][270], metadata["ir.GenericConst"][271]), out_ty=R.Tensor((1, 1000), dtype="float32"))
            R.output(gv)
        return gv

# Metadata omitted. Use show_meta=True in script() method to show it.