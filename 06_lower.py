# from tvm.script import ir as I
# from tvm.script import tirx as T
# from tvm.tirx.layout import Axis
# from tvm.script import relax as R

@I.ir_module
class Module:
    @T.prim_func(s_tir=True)
    def fused_cast30_multiply12_add28_right_shift12_tir_clip13_cast31_reshape(lv299: T.Buffer((T.int64(1), T.int64(2048), T.int64(1), T.int64(1)), "int32"), T_reshape_intermediate: T.Buffer((T.int64(1), T.int64(2048)), "int8")):
        T.func_attr({"tirx.is_scheduled": True, "tirx.noalias": True, "tvmq.schedule_rule": "Fallback"})
        # with T.sblock("root"):
        for ax0, ax1_0 in T.grid(T.int64(1), T.int64(32)):
            for ax1_1 in T.vectorized(T.int64(64)):
                with T.sblock("T_reshape"):
                    v_ax0 = T.axis.spatial(T.int64(1), T.int64(0))
                    v_ax1 = T.axis.spatial(T.int64(2048), ax1_0 * T.int64(64) + ax1_1)
                    T.reads(lv299[T.int64(0), v_ax1 % T.int64(2048), T.int64(0), T.int64(0)])
                    T.writes(T_reshape_intermediate[v_ax0, v_ax1])
                    T_reshape_intermediate[v_ax0, v_ax1] = T.Cast("int8", T.max(T.min(lv299[T.int64(0), v_ax1 % T.int64(2048), T.int64(0), T.int64(0)] * 29469 + 524288 >> 20, 127), -127))

    @T.prim_func(s_tir=True)
    def fused_conv2d10_add9_cast10_multiply4_add10_right_shift4_tir_clip5_cast11_prepacked(conv2d_15_out: T.Buffer((T.int64(1), T.int64(128), T.int64(28), T.int64(28)), "int8"), param_0_global: T.Buffer((T.int64(8), T.int64(32), T.int64(3), T.int64(3), T.int64(16), T.int64(4)), "int8"), param_1: T.Buffer((T.int64(128), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(128), T.int64(1), T.int64(1)), "int64"), param_3: T.Buffer((T.int64(128), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(128), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(128), T.int64(28), T.int64(28)), "int8")):
        T.func_attr({"tirx.is_scheduled": True, "tirx.noalias": True, "tvmq.schedule_rule": "Conv2dInt8"})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(32), T.int64(30), T.int64(30), T.int64(4)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(28), T.int64(28), T.int64(128)), "int32")
        for i0_i1_i2_fused in T.parallel(T.int64(3840)):
            for i3 in T.vectorized(T.int64(30)):
                with T.sblock("pad_temp"):
                    v_i0 = T.axis.spatial(T.int64(1), T.int64(0))
                    v_i1 = T.axis.spatial(T.int64(128), i0_i1_i2_fused // T.int64(30))
                    v_i2 = T.axis.spatial(T.int64(30), i0_i1_i2_fused % T.int64(30))
                    v_i3 = T.axis.spatial(T.int64(30), i3)
                    T.reads(conv2d_15_out[v_i0, v_i1, v_i2 - T.int64(1), v_i3 - T.int64(1)])
                    T.writes(pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)])
                    pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)] = T.if_then_else(T.int64(1) <= v_i2 and v_i2 < T.int64(29) and T.int64(1) <= v_i3 and v_i3 < T.int64(29), conv2d_15_out[v_i0, v_i1, v_i2 - T.int64(1), v_i3 - T.int64(1)], T.int8(0))
        for nn_ff_0_yy_fused in T.parallel(T.int64(112)):
            for xx_0 in range(T.int64(4)):
                for xx_1_init, ff_1_init in T.grid(T.int64(7), T.int64(2)):
                    for ff_2_init in T.vectorized(T.int64(16)):
                        with T.sblock("conv2d_nchw_init"):
                            v_nn = T.axis.spatial(T.int64(1), T.int64(0))
                            v_ff = T.axis.spatial(T.int64(128), nn_ff_0_yy_fused // T.int64(28) * T.int64(32) + ff_1_init * T.int64(16) + ff_2_init)
                            v_yy = T.axis.spatial(T.int64(28), nn_ff_0_yy_fused % T.int64(28))
                            v_xx = T.axis.spatial(T.int64(28), xx_0 * T.int64(7) + xx_1_init)
                            T.reads()
                            T.writes(conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff])
                            conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff] = 0
                for rc_0, ry, rx in T.grid(T.int64(32), T.int64(3), T.int64(3)):
                    for xx_1 in T.unroll(T.int64(7)):
                        for ff_1 in T.unroll(T.int64(2)):
                            with T.sblock("conv2d_nchw_update_o"):
                                v_nn_o = T.axis.spatial(T.int64(1), T.int64(0))
                                v_ff_o = T.axis.spatial(T.int64(8), nn_ff_0_yy_fused // T.int64(28) * T.int64(2) + ff_1)
                                v_yy_o = T.axis.spatial(T.int64(28), nn_ff_0_yy_fused % T.int64(28))
                                v_xx_o = T.axis.spatial(T.int64(28), xx_0 * T.int64(7) + xx_1)
                                v_rc_o, v_ry_o, v_rx_o = T.axis.remap("RRR", [rc_0, ry, rx])
                                T.reads(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], pad_temp[v_nn_o, v_rc_o, v_yy_o + v_ry_o, v_xx_o + v_rx_o, T.int64(0):T.int64(4)], param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)])
                                T.writes(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)])
                                A = T.match_buffer(pad_temp[v_nn_o, v_rc_o, v_yy_o + v_ry_o, v_xx_o + v_rx_o, T.int64(0):T.int64(4)], (T.int64(4),), "int8", offset_factor=1)
                                B = T.match_buffer(param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)], (T.int64(16), T.int64(4)), "int8", offset_factor=1)
                                C = T.match_buffer(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], (T.int64(16),), "int32", offset_factor=1)
                                b = T.alloc_local((T.int64(1),), "int8x64")
                                b[T.int64(0)] = B[T.int64(0), T.Ramp(T.int64(0), T.int64(1), 64)]
                                a_u8 = T.alloc_local((T.int64(1),), "uint8x64")
                                a_u8[T.int64(0)] = T.reinterpret("uint8x64", T.Broadcast(T.reinterpret("int32", A[T.Ramp(T.int64(0), T.int64(1), 4)]) ^ -2139062144, 16))
                                corr = T.alloc_local((T.int64(1),), "int32x16")
                                corr[T.int64(0)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", T.Broadcast(0, 16), T.reinterpret("uint8x64", T.Broadcast(-2139062144, 16)), b[T.int64(0)])
                                C[T.int64(0):T.int64(16)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", C[T.Ramp(T.int64(0), T.int64(1), 16)] - corr[T.int64(0)], a_u8[T.int64(0)], b[T.int64(0)])
                for ax0, ax1, ax2 in T.grid(T.int64(1), T.int64(32), T.int64(1)):
                    for ax3 in T.vectorized(T.int64(7)):
                        with T.sblock("compute2"):
                            v_i0 = T.axis.spatial(T.int64(1), ax0)
                            v_i1 = T.axis.spatial(T.int64(128), nn_ff_0_yy_fused // T.int64(28) * T.int64(32) + ax1)
                            v_i2 = T.axis.spatial(T.int64(28), nn_ff_0_yy_fused % T.int64(28) + ax2)
                            v_i3 = T.axis.spatial(T.int64(28), xx_0 * T.int64(7) + ax3)
                            T.reads(conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1], param_1[v_i1, T.int64(0), T.int64(0)], param_2[v_i1, T.int64(0), T.int64(0)], param_3[v_i1, T.int64(0), T.int64(0)], param_4[v_i1, T.int64(0), T.int64(0)])
                            T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                            compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", T.max(T.min(T.Cast("int64", conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1] + param_1[v_i1, T.int64(0), T.int64(0)]) * param_2[v_i1, T.int64(0), T.int64(0)] + param_3[v_i1, T.int64(0), T.int64(0)] >> param_4[v_i1, T.int64(0), T.int64(0)], T.int64(127)), T.int64(0)))

    @T.prim_func(s_tir=True)
    def fused_conv2d11_add14_cast15_multiply6_add15_right_shift6_tir_clip7_cast16_prepacked(lv1011: T.Buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int8"), param_0_global: T.Buffer((T.int64(16), T.int64(128), T.int64(1), T.int64(1), T.int64(16), T.int64(4)), "int8"), param_1: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), param_3: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(256), T.int64(28), T.int64(28)), "int8")):
        T.func_attr({"tirx.is_scheduled": True, "tirx.noalias": True, "tvmq.schedule_rule": "Conv2dInt8"})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(28), T.int64(28), T.int64(4)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(28), T.int64(28), T.int64(256)), "int32")
        for i0_i1_i2_fused in T.parallel(T.int64(14336)):
            for i3 in T.vectorized(T.int64(28)):
                with T.sblock("pad_temp"):
                    v_i0 = T.axis.spatial(T.int64(1), T.int64(0))
                    v_i1 = T.axis.spatial(T.int64(512), i0_i1_i2_fused // T.int64(28))
                    v_i2 = T.axis.spatial(T.int64(28), i0_i1_i2_fused % T.int64(28))
                    v_i3 = T.axis.spatial(T.int64(28), i3)
                    T.reads(lv1011[v_i0, v_i1, v_i2, v_i3])
                    T.writes(pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)])
                    pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)] = lv1011[v_i0, v_i1, v_i2, v_i3]
        for nn_ff_0_yy_fused in T.parallel(T.int64(224)):
            for xx_0 in range(T.int64(4)):
                for xx_1_init, ff_1_init in T.grid(T.int64(7), T.int64(2)):
                    for ff_2_init in T.vectorized(T.int64(16)):
                        with T.sblock("conv2d_nchw_init"):
                            v_nn = T.axis.spatial(T.int64(1), T.int64(0))
                            v_ff = T.axis.spatial(T.int64(256), nn_ff_0_yy_fused // T.int64(28) * T.int64(32) + ff_1_init * T.int64(16) + ff_2_init)
                            v_yy = T.axis.spatial(T.int64(28), nn_ff_0_yy_fused % T.int64(28))
                            v_xx = T.axis.spatial(T.int64(28), xx_0 * T.int64(7) + xx_1_init)
                            T.reads()
                            T.writes(conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff])
                            conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff] = 0
                for rc_0, ry, rx in T.grid(T.int64(128), T.int64(1), T.int64(1)):
                    for xx_1 in T.unroll(T.int64(7)):
                        for ff_1 in T.unroll(T.int64(2)):
                            with T.sblock("conv2d_nchw_update_o"):
                                v_nn_o = T.axis.spatial(T.int64(1), T.int64(0))
                                v_ff_o = T.axis.spatial(T.int64(16), nn_ff_0_yy_fused // T.int64(28) * T.int64(2) + ff_1)
                                v_yy_o = T.axis.spatial(T.int64(28), nn_ff_0_yy_fused % T.int64(28))
                                v_xx_o = T.axis.spatial(T.int64(28), xx_0 * T.int64(7) + xx_1)
                                v_rc_o, v_ry_o, v_rx_o = T.axis.remap("RRR", [rc_0, ry, rx])
                                T.reads(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], pad_temp[v_nn_o, v_rc_o, v_yy_o, v_xx_o, T.int64(0):T.int64(4)], param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)])
                                T.writes(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)])
                                A = T.match_buffer(pad_temp[v_nn_o, v_rc_o, v_yy_o, v_xx_o, T.int64(0):T.int64(4)], (T.int64(4),), "int8", offset_factor=1)
                                B = T.match_buffer(param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)], (T.int64(16), T.int64(4)), "int8", offset_factor=1)
                                C = T.match_buffer(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], (T.int64(16),), "int32", offset_factor=1)
                                b = T.alloc_local((T.int64(1),), "int8x64")
                                b[T.int64(0)] = B[T.int64(0), T.Ramp(T.int64(0), T.int64(1), 64)]
                                a_u8 = T.alloc_local((T.int64(1),), "uint8x64")
                                a_u8[T.int64(0)] = T.reinterpret("uint8x64", T.Broadcast(T.reinterpret("int32", A[T.Ramp(T.int64(0), T.int64(1), 4)]) ^ -2139062144, 16))
                                corr = T.alloc_local((T.int64(1),), "int32x16")
                                corr[T.int64(0)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", T.Broadcast(0, 16), T.reinterpret("uint8x64", T.Broadcast(-2139062144, 16)), b[T.int64(0)])
                                C[T.int64(0):T.int64(16)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", C[T.Ramp(T.int64(0), T.int64(1), 16)] - corr[T.int64(0)], a_u8[T.int64(0)], b[T.int64(0)])
                for ax0, ax1, ax2 in T.grid(T.int64(1), T.int64(32), T.int64(1)):
                    for ax3 in T.vectorized(T.int64(7)):
                        with T.sblock("compute2"):
                            v_i0 = T.axis.spatial(T.int64(1), ax0)
                            v_i1 = T.axis.spatial(T.int64(256), nn_ff_0_yy_fused // T.int64(28) * T.int64(32) + ax1)
                            v_i2 = T.axis.spatial(T.int64(28), nn_ff_0_yy_fused % T.int64(28) + ax2)
                            v_i3 = T.axis.spatial(T.int64(28), xx_0 * T.int64(7) + ax3)
                            T.reads(conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1], param_1[v_i1, T.int64(0), T.int64(0)], param_2[v_i1, T.int64(0), T.int64(0)], param_3[v_i1, T.int64(0), T.int64(0)], param_4[v_i1, T.int64(0), T.int64(0)])
                            T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                            compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", T.max(T.min(T.Cast("int64", conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1] + param_1[v_i1, T.int64(0), T.int64(0)]) * param_2[v_i1, T.int64(0), T.int64(0)] + param_3[v_i1, T.int64(0), T.int64(0)] >> param_4[v_i1, T.int64(0), T.int64(0)], T.int64(127)), T.int64(0)))

    @T.prim_func(s_tir=True)
    def fused_conv2d12_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18_prepacked(conv2d_24_out: T.Buffer((T.int64(1), T.int64(256), T.int64(28), T.int64(28)), "int8"), param_0_global: T.Buffer((T.int64(16), T.int64(64), T.int64(3), T.int64(3), T.int64(16), T.int64(4)), "int8"), param_1: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), param_3: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(256), T.int64(14), T.int64(14)), "int8")):
        T.func_attr({"tirx.is_scheduled": True, "tirx.noalias": True, "tvmq.schedule_rule": "Conv2dInt8"})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(30), T.int64(30), T.int64(4)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(14), T.int64(14), T.int64(256)), "int32")
        for i0_i1_i2_fused in T.parallel(T.int64(7680)):
            for i3 in T.vectorized(T.int64(30)):
                with T.sblock("pad_temp"):
                    v_i0 = T.axis.spatial(T.int64(1), T.int64(0))
                    v_i1 = T.axis.spatial(T.int64(256), i0_i1_i2_fused // T.int64(30))
                    v_i2 = T.axis.spatial(T.int64(30), i0_i1_i2_fused % T.int64(30))
                    v_i3 = T.axis.spatial(T.int64(30), i3)
                    T.reads(conv2d_24_out[v_i0, v_i1, v_i2 - T.int64(1), v_i3 - T.int64(1)])
                    T.writes(pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)])
                    pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)] = T.if_then_else(T.int64(1) <= v_i2 and v_i2 < T.int64(29) and T.int64(1) <= v_i3 and v_i3 < T.int64(29), conv2d_24_out[v_i0, v_i1, v_i2 - T.int64(1), v_i3 - T.int64(1)], T.int8(0))
        for nn_ff_0_yy_fused in T.parallel(T.int64(112)):
            for xx_0 in range(T.int64(2)):
                for xx_1_init, ff_1_init in T.grid(T.int64(7), T.int64(2)):
                    for ff_2_init in T.vectorized(T.int64(16)):
                        with T.sblock("conv2d_nchw_init"):
                            v_nn = T.axis.spatial(T.int64(1), T.int64(0))
                            v_ff = T.axis.spatial(T.int64(256), nn_ff_0_yy_fused // T.int64(14) * T.int64(32) + ff_1_init * T.int64(16) + ff_2_init)
                            v_yy = T.axis.spatial(T.int64(14), nn_ff_0_yy_fused % T.int64(14))
                            v_xx = T.axis.spatial(T.int64(14), xx_0 * T.int64(7) + xx_1_init)
                            T.reads()
                            T.writes(conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff])
                            conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff] = 0
                for rc_0, ry, rx in T.grid(T.int64(64), T.int64(3), T.int64(3)):
                    for xx_1 in T.unroll(T.int64(7)):
                        for ff_1 in T.unroll(T.int64(2)):
                            with T.sblock("conv2d_nchw_update_o"):
                                v_nn_o = T.axis.spatial(T.int64(1), T.int64(0))
                                v_ff_o = T.axis.spatial(T.int64(16), nn_ff_0_yy_fused // T.int64(14) * T.int64(2) + ff_1)
                                v_yy_o = T.axis.spatial(T.int64(14), nn_ff_0_yy_fused % T.int64(14))
                                v_xx_o = T.axis.spatial(T.int64(14), xx_0 * T.int64(7) + xx_1)
                                v_rc_o, v_ry_o, v_rx_o = T.axis.remap("RRR", [rc_0, ry, rx])
                                T.reads(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], pad_temp[v_nn_o, v_rc_o, v_yy_o * T.int64(2) + v_ry_o, v_xx_o * T.int64(2) + v_rx_o, T.int64(0):T.int64(4)], param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)])
                                T.writes(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)])
                                A = T.match_buffer(pad_temp[v_nn_o, v_rc_o, v_yy_o * T.int64(2) + v_ry_o, v_xx_o * T.int64(2) + v_rx_o, T.int64(0):T.int64(4)], (T.int64(4),), "int8", offset_factor=1)
                                B = T.match_buffer(param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)], (T.int64(16), T.int64(4)), "int8", offset_factor=1)
                                C = T.match_buffer(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], (T.int64(16),), "int32", offset_factor=1)
                                b = T.alloc_local((T.int64(1),), "int8x64")
                                b[T.int64(0)] = B[T.int64(0), T.Ramp(T.int64(0), T.int64(1), 64)]
                                a_u8 = T.alloc_local((T.int64(1),), "uint8x64")
                                a_u8[T.int64(0)] = T.reinterpret("uint8x64", T.Broadcast(T.reinterpret("int32", A[T.Ramp(T.int64(0), T.int64(1), 4)]) ^ -2139062144, 16))
                                corr = T.alloc_local((T.int64(1),), "int32x16")
                                corr[T.int64(0)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", T.Broadcast(0, 16), T.reinterpret("uint8x64", T.Broadcast(-2139062144, 16)), b[T.int64(0)])
                                C[T.int64(0):T.int64(16)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", C[T.Ramp(T.int64(0), T.int64(1), 16)] - corr[T.int64(0)], a_u8[T.int64(0)], b[T.int64(0)])
                for ax0, ax1, ax2 in T.grid(T.int64(1), T.int64(32), T.int64(1)):
                    for ax3 in T.vectorized(T.int64(7)):
                        with T.sblock("compute2"):
                            v_i0 = T.axis.spatial(T.int64(1), ax0)
                            v_i1 = T.axis.spatial(T.int64(256), nn_ff_0_yy_fused // T.int64(14) * T.int64(32) + ax1)
                            v_i2 = T.axis.spatial(T.int64(14), nn_ff_0_yy_fused % T.int64(14) + ax2)
                            v_i3 = T.axis.spatial(T.int64(14), xx_0 * T.int64(7) + ax3)
                            T.reads(conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1], param_1[v_i1, T.int64(0), T.int64(0)], param_2[v_i1, T.int64(0), T.int64(0)], param_3[v_i1, T.int64(0), T.int64(0)], param_4[v_i1, T.int64(0), T.int64(0)])
                            T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                            compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", T.max(T.min(T.Cast("int64", conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1] + param_1[v_i1, T.int64(0), T.int64(0)]) * param_2[v_i1, T.int64(0), T.int64(0)] + param_3[v_i1, T.int64(0), T.int64(0)] >> param_4[v_i1, T.int64(0), T.int64(0)], T.int64(127)), T.int64(0)))

    @T.prim_func(s_tir=True)
    def fused_conv2d13_add18_cast19_multiply8_add19_add20_right_shift8_tir_clip9_cast20_prepacked(conv2d_25_out: T.Buffer((T.int64(1), T.int64(256), T.int64(14), T.int64(14)), "int8"), param_0_global: T.Buffer((T.int64(64), T.int64(64), T.int64(1), T.int64(1), T.int64(16), T.int64(4)), "int8"), param_1: T.Buffer((T.int64(1024), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(1024), T.int64(1), T.int64(1)), "int64"), lv148: T.Buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int64"), param_3: T.Buffer((T.int64(1024), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(1024), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int8")):
        T.func_attr({"tirx.is_scheduled": True, "tirx.noalias": True, "tvmq.schedule_rule": "Conv2dInt8"})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(14), T.int64(14), T.int64(4)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(14), T.int64(14), T.int64(1024)), "int32")
        for i0_i1_i2_i3_fused_0_fused in T.parallel(T.int64(3328)):
            for i2_i3_fused_1 in T.vectorized(T.int64(16)):
                with T.sblock("pad_temp"):
                    v_i0 = T.axis.spatial(T.int64(1), T.int64(0))
                    v_i1 = T.axis.spatial(T.int64(256), i0_i1_i2_i3_fused_0_fused // T.int64(13))
                    v_i2 = T.axis.spatial(T.int64(14), (i0_i1_i2_i3_fused_0_fused % T.int64(13) * T.int64(16) + i2_i3_fused_1) // T.int64(14))
                    v_i3 = T.axis.spatial(T.int64(14), (i0_i1_i2_i3_fused_0_fused % T.int64(13) * T.int64(16) + i2_i3_fused_1) % T.int64(14))
                    T.where(i0_i1_i2_i3_fused_0_fused % T.int64(13) * T.int64(16) + i2_i3_fused_1 < T.int64(196))
                    T.reads(conv2d_25_out[v_i0, v_i1, v_i2, v_i3])
                    T.writes(pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)])
                    pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)] = conv2d_25_out[v_i0, v_i1, v_i2, v_i3]
        for nn_ff_0_yy_fused in T.parallel(T.int64(448)):
            for xx_0 in range(T.int64(2)):
                for xx_1_init, ff_1_init in T.grid(T.int64(7), T.int64(2)):
                    for ff_2_init in T.vectorized(T.int64(16)):
                        with T.sblock("conv2d_nchw_init"):
                            v_nn = T.axis.spatial(T.int64(1), T.int64(0))
                            v_ff = T.axis.spatial(T.int64(1024), nn_ff_0_yy_fused // T.int64(14) * T.int64(32) + ff_1_init * T.int64(16) + ff_2_init)
                            v_yy = T.axis.spatial(T.int64(14), nn_ff_0_yy_fused % T.int64(14))
                            v_xx = T.axis.spatial(T.int64(14), xx_0 * T.int64(7) + xx_1_init)
                            T.reads()
                            T.writes(conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff])
                            conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff] = 0
                for rc_0, ry, rx in T.grid(T.int64(64), T.int64(1), T.int64(1)):
                    for xx_1 in T.unroll(T.int64(7)):
                        for ff_1 in T.unroll(T.int64(2)):
                            with T.sblock("conv2d_nchw_update_o"):
                                v_nn_o = T.axis.spatial(T.int64(1), T.int64(0))
                                v_ff_o = T.axis.spatial(T.int64(64), nn_ff_0_yy_fused // T.int64(14) * T.int64(2) + ff_1)
                                v_yy_o = T.axis.spatial(T.int64(14), nn_ff_0_yy_fused % T.int64(14))
                                v_xx_o = T.axis.spatial(T.int64(14), xx_0 * T.int64(7) + xx_1)
                                v_rc_o, v_ry_o, v_rx_o = T.axis.remap("RRR", [rc_0, ry, rx])
                                T.reads(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], pad_temp[v_nn_o, v_rc_o, v_yy_o, v_xx_o, T.int64(0):T.int64(4)], param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)])
                                T.writes(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)])
                                A = T.match_buffer(pad_temp[v_nn_o, v_rc_o, v_yy_o, v_xx_o, T.int64(0):T.int64(4)], (T.int64(4),), "int8", offset_factor=1)
                                B = T.match_buffer(param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)], (T.int64(16), T.int64(4)), "int8", offset_factor=1)
                                C = T.match_buffer(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], (T.int64(16),), "int32", offset_factor=1)
                                b = T.alloc_local((T.int64(1),), "int8x64")
                                b[T.int64(0)] = B[T.int64(0), T.Ramp(T.int64(0), T.int64(1), 64)]
                                a_u8 = T.alloc_local((T.int64(1),), "uint8x64")
                                a_u8[T.int64(0)] = T.reinterpret("uint8x64", T.Broadcast(T.reinterpret("int32", A[T.Ramp(T.int64(0), T.int64(1), 4)]) ^ -2139062144, 16))
                                corr = T.alloc_local((T.int64(1),), "int32x16")
                                corr[T.int64(0)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", T.Broadcast(0, 16), T.reinterpret("uint8x64", T.Broadcast(-2139062144, 16)), b[T.int64(0)])
                                C[T.int64(0):T.int64(16)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", C[T.Ramp(T.int64(0), T.int64(1), 16)] - corr[T.int64(0)], a_u8[T.int64(0)], b[T.int64(0)])
                for ax0, ax1, ax2 in T.grid(T.int64(1), T.int64(32), T.int64(1)):
                    for ax3 in T.vectorized(T.int64(7)):
                        with T.sblock("compute2"):
                            v_i0 = T.axis.spatial(T.int64(1), ax0)
                            v_i1 = T.axis.spatial(T.int64(1024), nn_ff_0_yy_fused // T.int64(14) * T.int64(32) + ax1)
                            v_i2 = T.axis.spatial(T.int64(14), nn_ff_0_yy_fused % T.int64(14) + ax2)
                            v_i3 = T.axis.spatial(T.int64(14), xx_0 * T.int64(7) + ax3)
                            T.reads(conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1], param_1[v_i1, T.int64(0), T.int64(0)], param_2[v_i1, T.int64(0), T.int64(0)], lv148[v_i0, v_i1, v_i2, v_i3], param_3[v_i1, T.int64(0), T.int64(0)], param_4[v_i1, T.int64(0), T.int64(0)])
                            T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                            compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", T.max(T.min(T.Cast("int64", conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1] + param_1[v_i1, T.int64(0), T.int64(0)]) * param_2[v_i1, T.int64(0), T.int64(0)] + lv148[v_i0, v_i1, v_i2, v_i3] + param_3[v_i1, T.int64(0), T.int64(0)] >> param_4[v_i1, T.int64(0), T.int64(0)], T.int64(127)), T.int64(0)))

    @T.prim_func(s_tir=True)
    def fused_conv2d13_add18_cast19_multiply8_cast21_multiply8_add19_add20_right_shift8_tir_clip9_cast20_prepacked(conv2d_29_out: T.Buffer((T.int64(1), T.int64(256), T.int64(14), T.int64(14)), "int8"), param_0_global: T.Buffer((T.int64(64), T.int64(64), T.int64(1), T.int64(1), T.int64(16), T.int64(4)), "int8"), param_1: T.Buffer((T.int64(1024), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(1024), T.int64(1), T.int64(1)), "int64"), lv1171: T.Buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int8"), param_3: T.Buffer((T.int64(1024), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(1024), T.int64(1), T.int64(1)), "int64"), param_5: T.Buffer((T.int64(1024), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2_3: T.Buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int8")):
        T.func_attr({"tirx.is_scheduled": True, "tirx.noalias": True, "tvmq.schedule_rule": "Conv2dInt8"})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(14), T.int64(14), T.int64(4)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(14), T.int64(14), T.int64(1024)), "int32")
        for i0_i1_i2_i3_fused_0_fused in T.parallel(T.int64(3328)):
            for i2_i3_fused_1 in T.vectorized(T.int64(16)):
                with T.sblock("pad_temp"):
                    v_i0 = T.axis.spatial(T.int64(1), T.int64(0))
                    v_i1 = T.axis.spatial(T.int64(256), i0_i1_i2_i3_fused_0_fused // T.int64(13))
                    v_i2 = T.axis.spatial(T.int64(14), (i0_i1_i2_i3_fused_0_fused % T.int64(13) * T.int64(16) + i2_i3_fused_1) // T.int64(14))
                    v_i3 = T.axis.spatial(T.int64(14), (i0_i1_i2_i3_fused_0_fused % T.int64(13) * T.int64(16) + i2_i3_fused_1) % T.int64(14))
                    T.where(i0_i1_i2_i3_fused_0_fused % T.int64(13) * T.int64(16) + i2_i3_fused_1 < T.int64(196))
                    T.reads(conv2d_29_out[v_i0, v_i1, v_i2, v_i3])
                    T.writes(pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)])
                    pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)] = conv2d_29_out[v_i0, v_i1, v_i2, v_i3]
        for nn_ff_0_yy_fused in T.parallel(T.int64(448)):
            for xx_0 in range(T.int64(2)):
                for xx_1_init, ff_1_init in T.grid(T.int64(7), T.int64(2)):
                    for ff_2_init in T.vectorized(T.int64(16)):
                        with T.sblock("conv2d_nchw_init"):
                            v_nn = T.axis.spatial(T.int64(1), T.int64(0))
                            v_ff = T.axis.spatial(T.int64(1024), nn_ff_0_yy_fused // T.int64(14) * T.int64(32) + ff_1_init * T.int64(16) + ff_2_init)
                            v_yy = T.axis.spatial(T.int64(14), nn_ff_0_yy_fused % T.int64(14))
                            v_xx = T.axis.spatial(T.int64(14), xx_0 * T.int64(7) + xx_1_init)
                            T.reads()
                            T.writes(conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff])
                            conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff] = 0
                for rc_0, ry, rx in T.grid(T.int64(64), T.int64(1), T.int64(1)):
                    for xx_1 in T.unroll(T.int64(7)):
                        for ff_1 in T.unroll(T.int64(2)):
                            with T.sblock("conv2d_nchw_update_o"):
                                v_nn_o = T.axis.spatial(T.int64(1), T.int64(0))
                                v_ff_o = T.axis.spatial(T.int64(64), nn_ff_0_yy_fused // T.int64(14) * T.int64(2) + ff_1)
                                v_yy_o = T.axis.spatial(T.int64(14), nn_ff_0_yy_fused % T.int64(14))
                                v_xx_o = T.axis.spatial(T.int64(14), xx_0 * T.int64(7) + xx_1)
                                v_rc_o, v_ry_o, v_rx_o = T.axis.remap("RRR", [rc_0, ry, rx])
                                T.reads(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], pad_temp[v_nn_o, v_rc_o, v_yy_o, v_xx_o, T.int64(0):T.int64(4)], param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)])
                                T.writes(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)])
                                A = T.match_buffer(pad_temp[v_nn_o, v_rc_o, v_yy_o, v_xx_o, T.int64(0):T.int64(4)], (T.int64(4),), "int8", offset_factor=1)
                                B = T.match_buffer(param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)], (T.int64(16), T.int64(4)), "int8", offset_factor=1)
                                C = T.match_buffer(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], (T.int64(16),), "int32", offset_factor=1)
                                b = T.alloc_local((T.int64(1),), "int8x64")
                                b[T.int64(0)] = B[T.int64(0), T.Ramp(T.int64(0), T.int64(1), 64)]
                                a_u8 = T.alloc_local((T.int64(1),), "uint8x64")
                                a_u8[T.int64(0)] = T.reinterpret("uint8x64", T.Broadcast(T.reinterpret("int32", A[T.Ramp(T.int64(0), T.int64(1), 4)]) ^ -2139062144, 16))
                                corr = T.alloc_local((T.int64(1),), "int32x16")
                                corr[T.int64(0)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", T.Broadcast(0, 16), T.reinterpret("uint8x64", T.Broadcast(-2139062144, 16)), b[T.int64(0)])
                                C[T.int64(0):T.int64(16)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", C[T.Ramp(T.int64(0), T.int64(1), 16)] - corr[T.int64(0)], a_u8[T.int64(0)], b[T.int64(0)])
                for ax0, ax1, ax2 in T.grid(T.int64(1), T.int64(32), T.int64(1)):
                    for ax3 in T.vectorized(T.int64(7)):
                        with T.sblock("compute3"):
                            v_i0 = T.axis.spatial(T.int64(1), ax0)
                            v_i1 = T.axis.spatial(T.int64(1024), nn_ff_0_yy_fused // T.int64(14) * T.int64(32) + ax1)
                            v_i2 = T.axis.spatial(T.int64(14), nn_ff_0_yy_fused % T.int64(14) + ax2)
                            v_i3 = T.axis.spatial(T.int64(14), xx_0 * T.int64(7) + ax3)
                            T.reads(conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1], param_1[v_i1, T.int64(0), T.int64(0)], param_2[v_i1, T.int64(0), T.int64(0)], lv1171[v_i0, v_i1, v_i2, v_i3], param_3[v_i1, T.int64(0), T.int64(0)], param_4[v_i1, T.int64(0), T.int64(0)], param_5[v_i1, T.int64(0), T.int64(0)])
                            T.writes(compute_intermediate_1_2_3[v_i0, v_i1, v_i2, v_i3])
                            compute_intermediate_1_2_3[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", T.max(T.min(T.Cast("int64", conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1] + param_1[v_i1, T.int64(0), T.int64(0)]) * param_2[v_i1, T.int64(0), T.int64(0)] + T.Cast("int64", lv1171[v_i0, v_i1, v_i2, v_i3]) * param_3[v_i1, T.int64(0), T.int64(0)] + param_4[v_i1, T.int64(0), T.int64(0)] >> param_5[v_i1, T.int64(0), T.int64(0)], T.int64(127)), T.int64(0)))

    @T.prim_func(s_tir=True)
    def fused_conv2d14_add18_cast19_multiply8_prepacked(lv1011: T.Buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int8"), param_0_global: T.Buffer((T.int64(64), T.int64(128), T.int64(1), T.int64(1), T.int64(16), T.int64(4)), "int8"), param_1: T.Buffer((T.int64(1024), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(1024), T.int64(1), T.int64(1)), "int64"), T_multiply_intermediate: T.Buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int64")):
        T.func_attr({"tirx.is_scheduled": True, "tirx.noalias": True, "tvmq.schedule_rule": "Conv2dInt8"})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(28), T.int64(28), T.int64(4)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(14), T.int64(14), T.int64(1024)), "int32")
        for i0_i1_i2_fused in T.parallel(T.int64(14336)):
            for i3 in T.vectorized(T.int64(28)):
                with T.sblock("pad_temp"):
                    v_i0 = T.axis.spatial(T.int64(1), T.int64(0))
                    v_i1 = T.axis.spatial(T.int64(512), i0_i1_i2_fused // T.int64(28))
                    v_i2 = T.axis.spatial(T.int64(28), i0_i1_i2_fused % T.int64(28))
                    v_i3 = T.axis.spatial(T.int64(28), i3)
                    T.reads(lv1011[v_i0, v_i1, v_i2, v_i3])
                    T.writes(pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)])
                    pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)] = lv1011[v_i0, v_i1, v_i2, v_i3]
        for nn_ff_0_yy_fused in T.parallel(T.int64(448)):
            for xx_0 in range(T.int64(2)):
                for xx_1_init, ff_1_init in T.grid(T.int64(7), T.int64(2)):
                    for ff_2_init in T.vectorized(T.int64(16)):
                        with T.sblock("conv2d_nchw_init"):
                            v_nn = T.axis.spatial(T.int64(1), T.int64(0))
                            v_ff = T.axis.spatial(T.int64(1024), nn_ff_0_yy_fused // T.int64(14) * T.int64(32) + ff_1_init * T.int64(16) + ff_2_init)
                            v_yy = T.axis.spatial(T.int64(14), nn_ff_0_yy_fused % T.int64(14))
                            v_xx = T.axis.spatial(T.int64(14), xx_0 * T.int64(7) + xx_1_init)
                            T.reads()
                            T.writes(conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff])
                            conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff] = 0
                for rc_0, ry, rx in T.grid(T.int64(128), T.int64(1), T.int64(1)):
                    for xx_1 in T.unroll(T.int64(7)):
                        for ff_1 in T.unroll(T.int64(2)):
                            with T.sblock("conv2d_nchw_update_o"):
                                v_nn_o = T.axis.spatial(T.int64(1), T.int64(0))
                                v_ff_o = T.axis.spatial(T.int64(64), nn_ff_0_yy_fused // T.int64(14) * T.int64(2) + ff_1)
                                v_yy_o = T.axis.spatial(T.int64(14), nn_ff_0_yy_fused % T.int64(14))
                                v_xx_o = T.axis.spatial(T.int64(14), xx_0 * T.int64(7) + xx_1)
                                v_rc_o, v_ry_o, v_rx_o = T.axis.remap("RRR", [rc_0, ry, rx])
                                T.reads(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], pad_temp[v_nn_o, v_rc_o, v_yy_o * T.int64(2), v_xx_o * T.int64(2), T.int64(0):T.int64(4)], param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)])
                                T.writes(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)])
                                A = T.match_buffer(pad_temp[v_nn_o, v_rc_o, v_yy_o * T.int64(2), v_xx_o * T.int64(2), T.int64(0):T.int64(4)], (T.int64(4),), "int8", offset_factor=1)
                                B = T.match_buffer(param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)], (T.int64(16), T.int64(4)), "int8", offset_factor=1)
                                C = T.match_buffer(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], (T.int64(16),), "int32", offset_factor=1)
                                b = T.alloc_local((T.int64(1),), "int8x64")
                                b[T.int64(0)] = B[T.int64(0), T.Ramp(T.int64(0), T.int64(1), 64)]
                                a_u8 = T.alloc_local((T.int64(1),), "uint8x64")
                                a_u8[T.int64(0)] = T.reinterpret("uint8x64", T.Broadcast(T.reinterpret("int32", A[T.Ramp(T.int64(0), T.int64(1), 4)]) ^ -2139062144, 16))
                                corr = T.alloc_local((T.int64(1),), "int32x16")
                                corr[T.int64(0)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", T.Broadcast(0, 16), T.reinterpret("uint8x64", T.Broadcast(-2139062144, 16)), b[T.int64(0)])
                                C[T.int64(0):T.int64(16)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", C[T.Ramp(T.int64(0), T.int64(1), 16)] - corr[T.int64(0)], a_u8[T.int64(0)], b[T.int64(0)])
                for ax0, ax1, ax2 in T.grid(T.int64(1), T.int64(32), T.int64(1)):
                    for ax3 in T.vectorized(T.int64(7)):
                        with T.sblock("T_multiply"):
                            v_ax0 = T.axis.spatial(T.int64(1), ax0)
                            v_ax1 = T.axis.spatial(T.int64(1024), nn_ff_0_yy_fused // T.int64(14) * T.int64(32) + ax1)
                            v_ax2 = T.axis.spatial(T.int64(14), nn_ff_0_yy_fused % T.int64(14) + ax2)
                            v_ax3 = T.axis.spatial(T.int64(14), xx_0 * T.int64(7) + ax3)
                            T.reads(conv2d_nchw_intermediate[v_ax0, v_ax2, v_ax3, v_ax1], param_1[v_ax1, T.int64(0), T.int64(0)], param_2[v_ax1, T.int64(0), T.int64(0)])
                            T.writes(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                            T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = T.Cast("int64", conv2d_nchw_intermediate[v_ax0, v_ax2, v_ax3, v_ax1] + param_1[v_ax1, T.int64(0), T.int64(0)]) * param_2[v_ax1, T.int64(0), T.int64(0)]

    @T.prim_func(s_tir=True)
    def fused_conv2d15_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18_prepacked(lv1171: T.Buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int8"), param_0_global: T.Buffer((T.int64(16), T.int64(256), T.int64(1), T.int64(1), T.int64(16), T.int64(4)), "int8"), param_1: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), param_3: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(256), T.int64(14), T.int64(14)), "int8")):
        T.func_attr({"tirx.is_scheduled": True, "tirx.noalias": True, "tvmq.schedule_rule": "Conv2dInt8"})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(14), T.int64(14), T.int64(4)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(14), T.int64(14), T.int64(256)), "int32")
        for i0_i1_i2_i3_fused_0_fused in T.parallel(T.int64(13312)):
            for i2_i3_fused_1 in T.vectorized(T.int64(16)):
                with T.sblock("pad_temp"):
                    v_i0 = T.axis.spatial(T.int64(1), T.int64(0))
                    v_i1 = T.axis.spatial(T.int64(1024), i0_i1_i2_i3_fused_0_fused // T.int64(13))
                    v_i2 = T.axis.spatial(T.int64(14), (i0_i1_i2_i3_fused_0_fused % T.int64(13) * T.int64(16) + i2_i3_fused_1) // T.int64(14))
                    v_i3 = T.axis.spatial(T.int64(14), (i0_i1_i2_i3_fused_0_fused % T.int64(13) * T.int64(16) + i2_i3_fused_1) % T.int64(14))
                    T.where(i0_i1_i2_i3_fused_0_fused % T.int64(13) * T.int64(16) + i2_i3_fused_1 < T.int64(196))
                    T.reads(lv1171[v_i0, v_i1, v_i2, v_i3])
                    T.writes(pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)])
                    pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)] = lv1171[v_i0, v_i1, v_i2, v_i3]
        for nn_ff_0_yy_fused in T.parallel(T.int64(112)):
            for xx_0 in range(T.int64(2)):
                for xx_1_init, ff_1_init in T.grid(T.int64(7), T.int64(2)):
                    for ff_2_init in T.vectorized(T.int64(16)):
                        with T.sblock("conv2d_nchw_init"):
                            v_nn = T.axis.spatial(T.int64(1), T.int64(0))
                            v_ff = T.axis.spatial(T.int64(256), nn_ff_0_yy_fused // T.int64(14) * T.int64(32) + ff_1_init * T.int64(16) + ff_2_init)
                            v_yy = T.axis.spatial(T.int64(14), nn_ff_0_yy_fused % T.int64(14))
                            v_xx = T.axis.spatial(T.int64(14), xx_0 * T.int64(7) + xx_1_init)
                            T.reads()
                            T.writes(conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff])
                            conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff] = 0
                for rc_0, ry, rx in T.grid(T.int64(256), T.int64(1), T.int64(1)):
                    for xx_1 in T.unroll(T.int64(7)):
                        for ff_1 in T.unroll(T.int64(2)):
                            with T.sblock("conv2d_nchw_update_o"):
                                v_nn_o = T.axis.spatial(T.int64(1), T.int64(0))
                                v_ff_o = T.axis.spatial(T.int64(16), nn_ff_0_yy_fused // T.int64(14) * T.int64(2) + ff_1)
                                v_yy_o = T.axis.spatial(T.int64(14), nn_ff_0_yy_fused % T.int64(14))
                                v_xx_o = T.axis.spatial(T.int64(14), xx_0 * T.int64(7) + xx_1)
                                v_rc_o, v_ry_o, v_rx_o = T.axis.remap("RRR", [rc_0, ry, rx])
                                T.reads(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], pad_temp[v_nn_o, v_rc_o, v_yy_o, v_xx_o, T.int64(0):T.int64(4)], param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)])
                                T.writes(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)])
                                A = T.match_buffer(pad_temp[v_nn_o, v_rc_o, v_yy_o, v_xx_o, T.int64(0):T.int64(4)], (T.int64(4),), "int8", offset_factor=1)
                                B = T.match_buffer(param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)], (T.int64(16), T.int64(4)), "int8", offset_factor=1)
                                C = T.match_buffer(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], (T.int64(16),), "int32", offset_factor=1)
                                b = T.alloc_local((T.int64(1),), "int8x64")
                                b[T.int64(0)] = B[T.int64(0), T.Ramp(T.int64(0), T.int64(1), 64)]
                                a_u8 = T.alloc_local((T.int64(1),), "uint8x64")
                                a_u8[T.int64(0)] = T.reinterpret("uint8x64", T.Broadcast(T.reinterpret("int32", A[T.Ramp(T.int64(0), T.int64(1), 4)]) ^ -2139062144, 16))
                                corr = T.alloc_local((T.int64(1),), "int32x16")
                                corr[T.int64(0)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", T.Broadcast(0, 16), T.reinterpret("uint8x64", T.Broadcast(-2139062144, 16)), b[T.int64(0)])
                                C[T.int64(0):T.int64(16)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", C[T.Ramp(T.int64(0), T.int64(1), 16)] - corr[T.int64(0)], a_u8[T.int64(0)], b[T.int64(0)])
                for ax0, ax1, ax2 in T.grid(T.int64(1), T.int64(32), T.int64(1)):
                    for ax3 in T.vectorized(T.int64(7)):
                        with T.sblock("compute2"):
                            v_i0 = T.axis.spatial(T.int64(1), ax0)
                            v_i1 = T.axis.spatial(T.int64(256), nn_ff_0_yy_fused // T.int64(14) * T.int64(32) + ax1)
                            v_i2 = T.axis.spatial(T.int64(14), nn_ff_0_yy_fused % T.int64(14) + ax2)
                            v_i3 = T.axis.spatial(T.int64(14), xx_0 * T.int64(7) + ax3)
                            T.reads(conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1], param_1[v_i1, T.int64(0), T.int64(0)], param_2[v_i1, T.int64(0), T.int64(0)], param_3[v_i1, T.int64(0), T.int64(0)], param_4[v_i1, T.int64(0), T.int64(0)])
                            T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                            compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", T.max(T.min(T.Cast("int64", conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1] + param_1[v_i1, T.int64(0), T.int64(0)]) * param_2[v_i1, T.int64(0), T.int64(0)] + param_3[v_i1, T.int64(0), T.int64(0)] >> param_4[v_i1, T.int64(0), T.int64(0)], T.int64(127)), T.int64(0)))

    @T.prim_func(s_tir=True)
    def fused_conv2d16_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18_prepacked(conv2d_28_out: T.Buffer((T.int64(1), T.int64(256), T.int64(14), T.int64(14)), "int8"), param_0_global: T.Buffer((T.int64(16), T.int64(64), T.int64(3), T.int64(3), T.int64(16), T.int64(4)), "int8"), param_1: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), param_3: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(256), T.int64(14), T.int64(14)), "int8")):
        T.func_attr({"tirx.is_scheduled": True, "tirx.noalias": True, "tvmq.schedule_rule": "Conv2dInt8"})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(16), T.int64(16), T.int64(4)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(14), T.int64(14), T.int64(256)), "int32")
        for i0_i1_i2_fused in T.parallel(T.int64(4096)):
            for i3 in T.vectorized(T.int64(16)):
                with T.sblock("pad_temp"):
                    v_i0 = T.axis.spatial(T.int64(1), T.int64(0))
                    v_i1 = T.axis.spatial(T.int64(256), i0_i1_i2_fused // T.int64(16))
                    v_i2 = T.axis.spatial(T.int64(16), i0_i1_i2_fused % T.int64(16))
                    v_i3 = T.axis.spatial(T.int64(16), i3)
                    T.reads(conv2d_28_out[v_i0, v_i1, v_i2 - T.int64(1), v_i3 - T.int64(1)])
                    T.writes(pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)])
                    pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)] = T.if_then_else(T.int64(1) <= v_i2 and v_i2 < T.int64(15) and T.int64(1) <= v_i3 and v_i3 < T.int64(15), conv2d_28_out[v_i0, v_i1, v_i2 - T.int64(1), v_i3 - T.int64(1)], T.int8(0))
        for nn_ff_0_yy_fused in T.parallel(T.int64(112)):
            for xx_0 in range(T.int64(2)):
                for xx_1_init, ff_1_init in T.grid(T.int64(7), T.int64(2)):
                    for ff_2_init in T.vectorized(T.int64(16)):
                        with T.sblock("conv2d_nchw_init"):
                            v_nn = T.axis.spatial(T.int64(1), T.int64(0))
                            v_ff = T.axis.spatial(T.int64(256), nn_ff_0_yy_fused // T.int64(14) * T.int64(32) + ff_1_init * T.int64(16) + ff_2_init)
                            v_yy = T.axis.spatial(T.int64(14), nn_ff_0_yy_fused % T.int64(14))
                            v_xx = T.axis.spatial(T.int64(14), xx_0 * T.int64(7) + xx_1_init)
                            T.reads()
                            T.writes(conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff])
                            conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff] = 0
                for rc_0, ry, rx in T.grid(T.int64(64), T.int64(3), T.int64(3)):
                    for xx_1 in T.unroll(T.int64(7)):
                        for ff_1 in T.unroll(T.int64(2)):
                            with T.sblock("conv2d_nchw_update_o"):
                                v_nn_o = T.axis.spatial(T.int64(1), T.int64(0))
                                v_ff_o = T.axis.spatial(T.int64(16), nn_ff_0_yy_fused // T.int64(14) * T.int64(2) + ff_1)
                                v_yy_o = T.axis.spatial(T.int64(14), nn_ff_0_yy_fused % T.int64(14))
                                v_xx_o = T.axis.spatial(T.int64(14), xx_0 * T.int64(7) + xx_1)
                                v_rc_o, v_ry_o, v_rx_o = T.axis.remap("RRR", [rc_0, ry, rx])
                                T.reads(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], pad_temp[v_nn_o, v_rc_o, v_yy_o + v_ry_o, v_xx_o + v_rx_o, T.int64(0):T.int64(4)], param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)])
                                T.writes(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)])
                                A = T.match_buffer(pad_temp[v_nn_o, v_rc_o, v_yy_o + v_ry_o, v_xx_o + v_rx_o, T.int64(0):T.int64(4)], (T.int64(4),), "int8", offset_factor=1)
                                B = T.match_buffer(param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)], (T.int64(16), T.int64(4)), "int8", offset_factor=1)
                                C = T.match_buffer(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], (T.int64(16),), "int32", offset_factor=1)
                                b = T.alloc_local((T.int64(1),), "int8x64")
                                b[T.int64(0)] = B[T.int64(0), T.Ramp(T.int64(0), T.int64(1), 64)]
                                a_u8 = T.alloc_local((T.int64(1),), "uint8x64")
                                a_u8[T.int64(0)] = T.reinterpret("uint8x64", T.Broadcast(T.reinterpret("int32", A[T.Ramp(T.int64(0), T.int64(1), 4)]) ^ -2139062144, 16))
                                corr = T.alloc_local((T.int64(1),), "int32x16")
                                corr[T.int64(0)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", T.Broadcast(0, 16), T.reinterpret("uint8x64", T.Broadcast(-2139062144, 16)), b[T.int64(0)])
                                C[T.int64(0):T.int64(16)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", C[T.Ramp(T.int64(0), T.int64(1), 16)] - corr[T.int64(0)], a_u8[T.int64(0)], b[T.int64(0)])
                for ax0, ax1, ax2 in T.grid(T.int64(1), T.int64(32), T.int64(1)):
                    for ax3 in T.vectorized(T.int64(7)):
                        with T.sblock("compute2"):
                            v_i0 = T.axis.spatial(T.int64(1), ax0)
                            v_i1 = T.axis.spatial(T.int64(256), nn_ff_0_yy_fused // T.int64(14) * T.int64(32) + ax1)
                            v_i2 = T.axis.spatial(T.int64(14), nn_ff_0_yy_fused % T.int64(14) + ax2)
                            v_i3 = T.axis.spatial(T.int64(14), xx_0 * T.int64(7) + ax3)
                            T.reads(conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1], param_1[v_i1, T.int64(0), T.int64(0)], param_2[v_i1, T.int64(0), T.int64(0)], param_3[v_i1, T.int64(0), T.int64(0)], param_4[v_i1, T.int64(0), T.int64(0)])
                            T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                            compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", T.max(T.min(T.Cast("int64", conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1] + param_1[v_i1, T.int64(0), T.int64(0)]) * param_2[v_i1, T.int64(0), T.int64(0)] + param_3[v_i1, T.int64(0), T.int64(0)] >> param_4[v_i1, T.int64(0), T.int64(0)], T.int64(127)), T.int64(0)))

    @T.prim_func(s_tir=True)
    def fused_conv2d17_add21_cast22_multiply9_add22_right_shift9_tir_clip10_cast23_prepacked(lv1821: T.Buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int8"), param_0_global: T.Buffer((T.int64(32), T.int64(256), T.int64(1), T.int64(1), T.int64(16), T.int64(4)), "int8"), param_1: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), param_3: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(512), T.int64(14), T.int64(14)), "int8")):
        T.func_attr({"tirx.is_scheduled": True, "tirx.noalias": True, "tvmq.schedule_rule": "Conv2dInt8"})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(14), T.int64(14), T.int64(4)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(14), T.int64(14), T.int64(512)), "int32")
        for i0_i1_i2_i3_fused_0_fused in T.parallel(T.int64(13312)):
            for i2_i3_fused_1 in T.vectorized(T.int64(16)):
                with T.sblock("pad_temp"):
                    v_i0 = T.axis.spatial(T.int64(1), T.int64(0))
                    v_i1 = T.axis.spatial(T.int64(1024), i0_i1_i2_i3_fused_0_fused // T.int64(13))
                    v_i2 = T.axis.spatial(T.int64(14), (i0_i1_i2_i3_fused_0_fused % T.int64(13) * T.int64(16) + i2_i3_fused_1) // T.int64(14))
                    v_i3 = T.axis.spatial(T.int64(14), (i0_i1_i2_i3_fused_0_fused % T.int64(13) * T.int64(16) + i2_i3_fused_1) % T.int64(14))
                    T.where(i0_i1_i2_i3_fused_0_fused % T.int64(13) * T.int64(16) + i2_i3_fused_1 < T.int64(196))
                    T.reads(lv1821[v_i0, v_i1, v_i2, v_i3])
                    T.writes(pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)])
                    pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)] = lv1821[v_i0, v_i1, v_i2, v_i3]
        for nn_ff_0_yy_fused in T.parallel(T.int64(224)):
            for xx_0 in range(T.int64(2)):
                for xx_1_init, ff_1_init in T.grid(T.int64(7), T.int64(2)):
                    for ff_2_init in T.vectorized(T.int64(16)):
                        with T.sblock("conv2d_nchw_init"):
                            v_nn = T.axis.spatial(T.int64(1), T.int64(0))
                            v_ff = T.axis.spatial(T.int64(512), nn_ff_0_yy_fused // T.int64(14) * T.int64(32) + ff_1_init * T.int64(16) + ff_2_init)
                            v_yy = T.axis.spatial(T.int64(14), nn_ff_0_yy_fused % T.int64(14))
                            v_xx = T.axis.spatial(T.int64(14), xx_0 * T.int64(7) + xx_1_init)
                            T.reads()
                            T.writes(conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff])
                            conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff] = 0
                for rc_0, ry, rx in T.grid(T.int64(256), T.int64(1), T.int64(1)):
                    for xx_1 in T.unroll(T.int64(7)):
                        for ff_1 in T.unroll(T.int64(2)):
                            with T.sblock("conv2d_nchw_update_o"):
                                v_nn_o = T.axis.spatial(T.int64(1), T.int64(0))
                                v_ff_o = T.axis.spatial(T.int64(32), nn_ff_0_yy_fused // T.int64(14) * T.int64(2) + ff_1)
                                v_yy_o = T.axis.spatial(T.int64(14), nn_ff_0_yy_fused % T.int64(14))
                                v_xx_o = T.axis.spatial(T.int64(14), xx_0 * T.int64(7) + xx_1)
                                v_rc_o, v_ry_o, v_rx_o = T.axis.remap("RRR", [rc_0, ry, rx])
                                T.reads(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], pad_temp[v_nn_o, v_rc_o, v_yy_o, v_xx_o, T.int64(0):T.int64(4)], param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)])
                                T.writes(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)])
                                A = T.match_buffer(pad_temp[v_nn_o, v_rc_o, v_yy_o, v_xx_o, T.int64(0):T.int64(4)], (T.int64(4),), "int8", offset_factor=1)
                                B = T.match_buffer(param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)], (T.int64(16), T.int64(4)), "int8", offset_factor=1)
                                C = T.match_buffer(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], (T.int64(16),), "int32", offset_factor=1)
                                b = T.alloc_local((T.int64(1),), "int8x64")
                                b[T.int64(0)] = B[T.int64(0), T.Ramp(T.int64(0), T.int64(1), 64)]
                                a_u8 = T.alloc_local((T.int64(1),), "uint8x64")
                                a_u8[T.int64(0)] = T.reinterpret("uint8x64", T.Broadcast(T.reinterpret("int32", A[T.Ramp(T.int64(0), T.int64(1), 4)]) ^ -2139062144, 16))
                                corr = T.alloc_local((T.int64(1),), "int32x16")
                                corr[T.int64(0)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", T.Broadcast(0, 16), T.reinterpret("uint8x64", T.Broadcast(-2139062144, 16)), b[T.int64(0)])
                                C[T.int64(0):T.int64(16)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", C[T.Ramp(T.int64(0), T.int64(1), 16)] - corr[T.int64(0)], a_u8[T.int64(0)], b[T.int64(0)])
                for ax0, ax1, ax2 in T.grid(T.int64(1), T.int64(32), T.int64(1)):
                    for ax3 in T.vectorized(T.int64(7)):
                        with T.sblock("compute2"):
                            v_i0 = T.axis.spatial(T.int64(1), ax0)
                            v_i1 = T.axis.spatial(T.int64(512), nn_ff_0_yy_fused // T.int64(14) * T.int64(32) + ax1)
                            v_i2 = T.axis.spatial(T.int64(14), nn_ff_0_yy_fused % T.int64(14) + ax2)
                            v_i3 = T.axis.spatial(T.int64(14), xx_0 * T.int64(7) + ax3)
                            T.reads(conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1], param_1[v_i1, T.int64(0), T.int64(0)], param_2[v_i1, T.int64(0), T.int64(0)], param_3[v_i1, T.int64(0), T.int64(0)], param_4[v_i1, T.int64(0), T.int64(0)])
                            T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                            compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", T.max(T.min(T.Cast("int64", conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1] + param_1[v_i1, T.int64(0), T.int64(0)]) * param_2[v_i1, T.int64(0), T.int64(0)] + param_3[v_i1, T.int64(0), T.int64(0)] >> param_4[v_i1, T.int64(0), T.int64(0)], T.int64(127)), T.int64(0)))

    @T.prim_func(s_tir=True)
    def fused_conv2d18_add23_cast24_multiply10_add24_right_shift10_tir_clip11_cast25_prepacked(conv2d_43_out: T.Buffer((T.int64(1), T.int64(512), T.int64(14), T.int64(14)), "int8"), param_0_global: T.Buffer((T.int64(32), T.int64(128), T.int64(3), T.int64(3), T.int64(16), T.int64(4)), "int8"), param_1: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), param_3: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7)), "int8")):
        T.func_attr({"tirx.is_scheduled": True, "tirx.noalias": True, "tvmq.schedule_rule": "Conv2dInt8"})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(16), T.int64(16), T.int64(4)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(7), T.int64(7), T.int64(512)), "int32")
        for i0_i1_i2_fused in T.parallel(T.int64(8192)):
            for i3 in T.vectorized(T.int64(16)):
                with T.sblock("pad_temp"):
                    v_i0 = T.axis.spatial(T.int64(1), T.int64(0))
                    v_i1 = T.axis.spatial(T.int64(512), i0_i1_i2_fused // T.int64(16))
                    v_i2 = T.axis.spatial(T.int64(16), i0_i1_i2_fused % T.int64(16))
                    v_i3 = T.axis.spatial(T.int64(16), i3)
                    T.reads(conv2d_43_out[v_i0, v_i1, v_i2 - T.int64(1), v_i3 - T.int64(1)])
                    T.writes(pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)])
                    pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)] = T.if_then_else(T.int64(1) <= v_i2 and v_i2 < T.int64(15) and T.int64(1) <= v_i3 and v_i3 < T.int64(15), conv2d_43_out[v_i0, v_i1, v_i2 - T.int64(1), v_i3 - T.int64(1)], T.int8(0))
        for nn_ff_0_yy_fused in T.parallel(T.int64(112)):
            for xx_0 in range(T.int64(1)):
                for xx_1_init, ff_1_init in T.grid(T.int64(7), T.int64(2)):
                    for ff_2_init in T.vectorized(T.int64(16)):
                        with T.sblock("conv2d_nchw_init"):
                            v_nn = T.axis.spatial(T.int64(1), T.int64(0))
                            v_ff = T.axis.spatial(T.int64(512), nn_ff_0_yy_fused // T.int64(7) * T.int64(32) + ff_1_init * T.int64(16) + ff_2_init)
                            v_yy = T.axis.spatial(T.int64(7), nn_ff_0_yy_fused % T.int64(7))
                            v_xx = T.axis.spatial(T.int64(7), xx_0 * T.int64(7) + xx_1_init)
                            T.reads()
                            T.writes(conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff])
                            conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff] = 0
                for rc_0, ry, rx in T.grid(T.int64(128), T.int64(3), T.int64(3)):
                    for xx_1 in T.unroll(T.int64(7)):
                        for ff_1 in T.unroll(T.int64(2)):
                            with T.sblock("conv2d_nchw_update_o"):
                                v_nn_o = T.axis.spatial(T.int64(1), T.int64(0))
                                v_ff_o = T.axis.spatial(T.int64(32), nn_ff_0_yy_fused // T.int64(7) * T.int64(2) + ff_1)
                                v_yy_o = T.axis.spatial(T.int64(7), nn_ff_0_yy_fused % T.int64(7))
                                v_xx_o = T.axis.spatial(T.int64(7), xx_0 * T.int64(7) + xx_1)
                                v_rc_o, v_ry_o, v_rx_o = T.axis.remap("RRR", [rc_0, ry, rx])
                                T.reads(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], pad_temp[v_nn_o, v_rc_o, v_yy_o * T.int64(2) + v_ry_o, v_xx_o * T.int64(2) + v_rx_o, T.int64(0):T.int64(4)], param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)])
                                T.writes(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)])
                                A = T.match_buffer(pad_temp[v_nn_o, v_rc_o, v_yy_o * T.int64(2) + v_ry_o, v_xx_o * T.int64(2) + v_rx_o, T.int64(0):T.int64(4)], (T.int64(4),), "int8", offset_factor=1)
                                B = T.match_buffer(param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)], (T.int64(16), T.int64(4)), "int8", offset_factor=1)
                                C = T.match_buffer(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], (T.int64(16),), "int32", offset_factor=1)
                                b = T.alloc_local((T.int64(1),), "int8x64")
                                b[T.int64(0)] = B[T.int64(0), T.Ramp(T.int64(0), T.int64(1), 64)]
                                a_u8 = T.alloc_local((T.int64(1),), "uint8x64")
                                a_u8[T.int64(0)] = T.reinterpret("uint8x64", T.Broadcast(T.reinterpret("int32", A[T.Ramp(T.int64(0), T.int64(1), 4)]) ^ -2139062144, 16))
                                corr = T.alloc_local((T.int64(1),), "int32x16")
                                corr[T.int64(0)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", T.Broadcast(0, 16), T.reinterpret("uint8x64", T.Broadcast(-2139062144, 16)), b[T.int64(0)])
                                C[T.int64(0):T.int64(16)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", C[T.Ramp(T.int64(0), T.int64(1), 16)] - corr[T.int64(0)], a_u8[T.int64(0)], b[T.int64(0)])
                for ax0, ax1, ax2 in T.grid(T.int64(1), T.int64(32), T.int64(1)):
                    for ax3 in T.vectorized(T.int64(7)):
                        with T.sblock("compute2"):
                            v_i0 = T.axis.spatial(T.int64(1), ax0)
                            v_i1 = T.axis.spatial(T.int64(512), nn_ff_0_yy_fused // T.int64(7) * T.int64(32) + ax1)
                            v_i2 = T.axis.spatial(T.int64(7), nn_ff_0_yy_fused % T.int64(7) + ax2)
                            v_i3 = T.axis.spatial(T.int64(7), ax3)
                            T.reads(conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1], param_1[v_i1, T.int64(0), T.int64(0)], param_2[v_i1, T.int64(0), T.int64(0)], param_3[v_i1, T.int64(0), T.int64(0)], param_4[v_i1, T.int64(0), T.int64(0)])
                            T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                            compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", T.max(T.min(T.Cast("int64", conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1] + param_1[v_i1, T.int64(0), T.int64(0)]) * param_2[v_i1, T.int64(0), T.int64(0)] + param_3[v_i1, T.int64(0), T.int64(0)] >> param_4[v_i1, T.int64(0), T.int64(0)], T.int64(127)), T.int64(0)))

    @T.prim_func(s_tir=True)
    def fused_conv2d19_add25_cast26_multiply11_add26_add27_right_shift11_tir_clip12_cast27_prepacked(conv2d_44_out: T.Buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7)), "int8"), param_0_global: T.Buffer((T.int64(128), T.int64(128), T.int64(1), T.int64(1), T.int64(16), T.int64(4)), "int8"), param_1: T.Buffer((T.int64(2048), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(2048), T.int64(1), T.int64(1)), "int64"), lv257: T.Buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int64"), param_3: T.Buffer((T.int64(2048), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(2048), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int8")):
        T.func_attr({"tirx.is_scheduled": True, "tirx.noalias": True, "tvmq.schedule_rule": "Conv2dInt8"})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(7), T.int64(7), T.int64(4)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(7), T.int64(7), T.int64(2048)), "int32")
        for i0, i1 in T.grid(T.int64(1), T.int64(512)):
            for i2_i3_fused in T.vectorized(T.int64(49)):
                with T.sblock("pad_temp"):
                    v_i0, v_i1 = T.axis.remap("SS", [i0, i1])
                    v_i2 = T.axis.spatial(T.int64(7), i2_i3_fused // T.int64(7))
                    v_i3 = T.axis.spatial(T.int64(7), i2_i3_fused % T.int64(7))
                    T.reads(conv2d_44_out[v_i0, v_i1, v_i2, v_i3])
                    T.writes(pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)])
                    pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)] = conv2d_44_out[v_i0, v_i1, v_i2, v_i3]
        for nn_ff_0_yy_fused in T.parallel(T.int64(448)):
            for xx_0 in range(T.int64(1)):
                for xx_1_init, ff_1_init in T.grid(T.int64(7), T.int64(2)):
                    for ff_2_init in T.vectorized(T.int64(16)):
                        with T.sblock("conv2d_nchw_init"):
                            v_nn = T.axis.spatial(T.int64(1), T.int64(0))
                            v_ff = T.axis.spatial(T.int64(2048), nn_ff_0_yy_fused // T.int64(7) * T.int64(32) + ff_1_init * T.int64(16) + ff_2_init)
                            v_yy = T.axis.spatial(T.int64(7), nn_ff_0_yy_fused % T.int64(7))
                            v_xx = T.axis.spatial(T.int64(7), xx_0 * T.int64(7) + xx_1_init)
                            T.reads()
                            T.writes(conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff])
                            conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff] = 0
                for rc_0, ry, rx in T.grid(T.int64(128), T.int64(1), T.int64(1)):
                    for xx_1 in T.unroll(T.int64(7)):
                        for ff_1 in T.unroll(T.int64(2)):
                            with T.sblock("conv2d_nchw_update_o"):
                                v_nn_o = T.axis.spatial(T.int64(1), T.int64(0))
                                v_ff_o = T.axis.spatial(T.int64(128), nn_ff_0_yy_fused // T.int64(7) * T.int64(2) + ff_1)
                                v_yy_o = T.axis.spatial(T.int64(7), nn_ff_0_yy_fused % T.int64(7))
                                v_xx_o = T.axis.spatial(T.int64(7), xx_0 * T.int64(7) + xx_1)
                                v_rc_o, v_ry_o, v_rx_o = T.axis.remap("RRR", [rc_0, ry, rx])
                                T.reads(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], pad_temp[v_nn_o, v_rc_o, v_yy_o, v_xx_o, T.int64(0):T.int64(4)], param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)])
                                T.writes(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)])
                                A = T.match_buffer(pad_temp[v_nn_o, v_rc_o, v_yy_o, v_xx_o, T.int64(0):T.int64(4)], (T.int64(4),), "int8", offset_factor=1)
                                B = T.match_buffer(param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)], (T.int64(16), T.int64(4)), "int8", offset_factor=1)
                                C = T.match_buffer(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], (T.int64(16),), "int32", offset_factor=1)
                                b = T.alloc_local((T.int64(1),), "int8x64")
                                b[T.int64(0)] = B[T.int64(0), T.Ramp(T.int64(0), T.int64(1), 64)]
                                a_u8 = T.alloc_local((T.int64(1),), "uint8x64")
                                a_u8[T.int64(0)] = T.reinterpret("uint8x64", T.Broadcast(T.reinterpret("int32", A[T.Ramp(T.int64(0), T.int64(1), 4)]) ^ -2139062144, 16))
                                corr = T.alloc_local((T.int64(1),), "int32x16")
                                corr[T.int64(0)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", T.Broadcast(0, 16), T.reinterpret("uint8x64", T.Broadcast(-2139062144, 16)), b[T.int64(0)])
                                C[T.int64(0):T.int64(16)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", C[T.Ramp(T.int64(0), T.int64(1), 16)] - corr[T.int64(0)], a_u8[T.int64(0)], b[T.int64(0)])
                for ax0, ax1, ax2 in T.grid(T.int64(1), T.int64(32), T.int64(1)):
                    for ax3 in T.vectorized(T.int64(7)):
                        with T.sblock("compute2"):
                            v_i0 = T.axis.spatial(T.int64(1), ax0)
                            v_i1 = T.axis.spatial(T.int64(2048), nn_ff_0_yy_fused // T.int64(7) * T.int64(32) + ax1)
                            v_i2 = T.axis.spatial(T.int64(7), nn_ff_0_yy_fused % T.int64(7) + ax2)
                            v_i3 = T.axis.spatial(T.int64(7), ax3)
                            T.reads(conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1], param_1[v_i1, T.int64(0), T.int64(0)], param_2[v_i1, T.int64(0), T.int64(0)], lv257[v_i0, v_i1, v_i2, v_i3], param_3[v_i1, T.int64(0), T.int64(0)], param_4[v_i1, T.int64(0), T.int64(0)])
                            T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                            compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", T.max(T.min(T.Cast("int64", conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1] + param_1[v_i1, T.int64(0), T.int64(0)]) * param_2[v_i1, T.int64(0), T.int64(0)] + lv257[v_i0, v_i1, v_i2, v_i3] + param_3[v_i1, T.int64(0), T.int64(0)] >> param_4[v_i1, T.int64(0), T.int64(0)], T.int64(127)), T.int64(0)))

    @T.prim_func(s_tir=True)
    def fused_conv2d19_add25_cast26_multiply11_cast28_multiply11_add26_add27_right_shift11_tir_clip12_cast27_cast29_prepacked(conv2d_51_out: T.Buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7)), "int8"), param_0_global: T.Buffer((T.int64(128), T.int64(128), T.int64(1), T.int64(1), T.int64(16), T.int64(4)), "int8"), param_1: T.Buffer((T.int64(2048), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(2048), T.int64(1), T.int64(1)), "int64"), lv2111: T.Buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int8"), param_3: T.Buffer((T.int64(2048), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(2048), T.int64(1), T.int64(1)), "int64"), param_5: T.Buffer((T.int64(2048), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2_3_4: T.Buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int32")):
        T.func_attr({"tirx.is_scheduled": True, "tirx.noalias": True, "tvmq.schedule_rule": "Conv2dInt8"})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(7), T.int64(7), T.int64(4)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(7), T.int64(7), T.int64(2048)), "int32")
        for i0, i1 in T.grid(T.int64(1), T.int64(512)):
            for i2_i3_fused in T.vectorized(T.int64(49)):
                with T.sblock("pad_temp"):
                    v_i0, v_i1 = T.axis.remap("SS", [i0, i1])
                    v_i2 = T.axis.spatial(T.int64(7), i2_i3_fused // T.int64(7))
                    v_i3 = T.axis.spatial(T.int64(7), i2_i3_fused % T.int64(7))
                    T.reads(conv2d_51_out[v_i0, v_i1, v_i2, v_i3])
                    T.writes(pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)])
                    pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)] = conv2d_51_out[v_i0, v_i1, v_i2, v_i3]
        for nn_ff_0_yy_fused in T.parallel(T.int64(448)):
            for xx_0 in range(T.int64(1)):
                for xx_1_init, ff_1_init in T.grid(T.int64(7), T.int64(2)):
                    for ff_2_init in T.vectorized(T.int64(16)):
                        with T.sblock("conv2d_nchw_init"):
                            v_nn = T.axis.spatial(T.int64(1), T.int64(0))
                            v_ff = T.axis.spatial(T.int64(2048), nn_ff_0_yy_fused // T.int64(7) * T.int64(32) + ff_1_init * T.int64(16) + ff_2_init)
                            v_yy = T.axis.spatial(T.int64(7), nn_ff_0_yy_fused % T.int64(7))
                            v_xx = T.axis.spatial(T.int64(7), xx_0 * T.int64(7) + xx_1_init)
                            T.reads()
                            T.writes(conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff])
                            conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff] = 0
                for rc_0, ry, rx in T.grid(T.int64(128), T.int64(1), T.int64(1)):
                    for xx_1 in T.unroll(T.int64(7)):
                        for ff_1 in T.unroll(T.int64(2)):
                            with T.sblock("conv2d_nchw_update_o"):
                                v_nn_o = T.axis.spatial(T.int64(1), T.int64(0))
                                v_ff_o = T.axis.spatial(T.int64(128), nn_ff_0_yy_fused // T.int64(7) * T.int64(2) + ff_1)
                                v_yy_o = T.axis.spatial(T.int64(7), nn_ff_0_yy_fused % T.int64(7))
                                v_xx_o = T.axis.spatial(T.int64(7), xx_0 * T.int64(7) + xx_1)
                                v_rc_o, v_ry_o, v_rx_o = T.axis.remap("RRR", [rc_0, ry, rx])
                                T.reads(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], pad_temp[v_nn_o, v_rc_o, v_yy_o, v_xx_o, T.int64(0):T.int64(4)], param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)])
                                T.writes(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)])
                                A = T.match_buffer(pad_temp[v_nn_o, v_rc_o, v_yy_o, v_xx_o, T.int64(0):T.int64(4)], (T.int64(4),), "int8", offset_factor=1)
                                B = T.match_buffer(param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)], (T.int64(16), T.int64(4)), "int8", offset_factor=1)
                                C = T.match_buffer(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], (T.int64(16),), "int32", offset_factor=1)
                                b = T.alloc_local((T.int64(1),), "int8x64")
                                b[T.int64(0)] = B[T.int64(0), T.Ramp(T.int64(0), T.int64(1), 64)]
                                a_u8 = T.alloc_local((T.int64(1),), "uint8x64")
                                a_u8[T.int64(0)] = T.reinterpret("uint8x64", T.Broadcast(T.reinterpret("int32", A[T.Ramp(T.int64(0), T.int64(1), 4)]) ^ -2139062144, 16))
                                corr = T.alloc_local((T.int64(1),), "int32x16")
                                corr[T.int64(0)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", T.Broadcast(0, 16), T.reinterpret("uint8x64", T.Broadcast(-2139062144, 16)), b[T.int64(0)])
                                C[T.int64(0):T.int64(16)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", C[T.Ramp(T.int64(0), T.int64(1), 16)] - corr[T.int64(0)], a_u8[T.int64(0)], b[T.int64(0)])
                for ax0, ax1, ax2 in T.grid(T.int64(1), T.int64(32), T.int64(1)):
                    for ax3 in T.vectorized(T.int64(7)):
                        with T.sblock("compute4"):
                            v_i0 = T.axis.spatial(T.int64(1), ax0)
                            v_i1 = T.axis.spatial(T.int64(2048), nn_ff_0_yy_fused // T.int64(7) * T.int64(32) + ax1)
                            v_i2 = T.axis.spatial(T.int64(7), nn_ff_0_yy_fused % T.int64(7) + ax2)
                            v_i3 = T.axis.spatial(T.int64(7), ax3)
                            T.reads(conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1], param_1[v_i1, T.int64(0), T.int64(0)], param_2[v_i1, T.int64(0), T.int64(0)], lv2111[v_i0, v_i1, v_i2, v_i3], param_3[v_i1, T.int64(0), T.int64(0)], param_4[v_i1, T.int64(0), T.int64(0)], param_5[v_i1, T.int64(0), T.int64(0)])
                            T.writes(compute_intermediate_1_2_3_4[v_i0, v_i1, v_i2, v_i3])
                            compute_intermediate_1_2_3_4[v_i0, v_i1, v_i2, v_i3] = T.Cast("int32", T.Cast("int8", T.max(T.min(T.Cast("int64", conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1] + param_1[v_i1, T.int64(0), T.int64(0)]) * param_2[v_i1, T.int64(0), T.int64(0)] + T.Cast("int64", lv2111[v_i0, v_i1, v_i2, v_i3]) * param_3[v_i1, T.int64(0), T.int64(0)] + param_4[v_i1, T.int64(0), T.int64(0)] >> param_5[v_i1, T.int64(0), T.int64(0)], T.int64(127)), T.int64(0))))

    @T.prim_func(s_tir=True)
    def fused_conv2d19_add25_cast26_multiply11_cast28_multiply11_add26_add27_right_shift11_tir_clip12_cast27_prepacked(conv2d_48_out: T.Buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7)), "int8"), param_0_global: T.Buffer((T.int64(128), T.int64(128), T.int64(1), T.int64(1), T.int64(16), T.int64(4)), "int8"), param_1: T.Buffer((T.int64(2048), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(2048), T.int64(1), T.int64(1)), "int64"), lv1981: T.Buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int8"), param_3: T.Buffer((T.int64(2048), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(2048), T.int64(1), T.int64(1)), "int64"), param_5: T.Buffer((T.int64(2048), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2_3: T.Buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int8")):
        T.func_attr({"tirx.is_scheduled": True, "tirx.noalias": True, "tvmq.schedule_rule": "Conv2dInt8"})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(7), T.int64(7), T.int64(4)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(7), T.int64(7), T.int64(2048)), "int32")
        for i0, i1 in T.grid(T.int64(1), T.int64(512)):
            for i2_i3_fused in T.vectorized(T.int64(49)):
                with T.sblock("pad_temp"):
                    v_i0, v_i1 = T.axis.remap("SS", [i0, i1])
                    v_i2 = T.axis.spatial(T.int64(7), i2_i3_fused // T.int64(7))
                    v_i3 = T.axis.spatial(T.int64(7), i2_i3_fused % T.int64(7))
                    T.reads(conv2d_48_out[v_i0, v_i1, v_i2, v_i3])
                    T.writes(pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)])
                    pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)] = conv2d_48_out[v_i0, v_i1, v_i2, v_i3]
        for nn_ff_0_yy_fused in T.parallel(T.int64(448)):
            for xx_0 in range(T.int64(1)):
                for xx_1_init, ff_1_init in T.grid(T.int64(7), T.int64(2)):
                    for ff_2_init in T.vectorized(T.int64(16)):
                        with T.sblock("conv2d_nchw_init"):
                            v_nn = T.axis.spatial(T.int64(1), T.int64(0))
                            v_ff = T.axis.spatial(T.int64(2048), nn_ff_0_yy_fused // T.int64(7) * T.int64(32) + ff_1_init * T.int64(16) + ff_2_init)
                            v_yy = T.axis.spatial(T.int64(7), nn_ff_0_yy_fused % T.int64(7))
                            v_xx = T.axis.spatial(T.int64(7), xx_0 * T.int64(7) + xx_1_init)
                            T.reads()
                            T.writes(conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff])
                            conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff] = 0
                for rc_0, ry, rx in T.grid(T.int64(128), T.int64(1), T.int64(1)):
                    for xx_1 in T.unroll(T.int64(7)):
                        for ff_1 in T.unroll(T.int64(2)):
                            with T.sblock("conv2d_nchw_update_o"):
                                v_nn_o = T.axis.spatial(T.int64(1), T.int64(0))
                                v_ff_o = T.axis.spatial(T.int64(128), nn_ff_0_yy_fused // T.int64(7) * T.int64(2) + ff_1)
                                v_yy_o = T.axis.spatial(T.int64(7), nn_ff_0_yy_fused % T.int64(7))
                                v_xx_o = T.axis.spatial(T.int64(7), xx_0 * T.int64(7) + xx_1)
                                v_rc_o, v_ry_o, v_rx_o = T.axis.remap("RRR", [rc_0, ry, rx])
                                T.reads(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], pad_temp[v_nn_o, v_rc_o, v_yy_o, v_xx_o, T.int64(0):T.int64(4)], param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)])
                                T.writes(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)])
                                A = T.match_buffer(pad_temp[v_nn_o, v_rc_o, v_yy_o, v_xx_o, T.int64(0):T.int64(4)], (T.int64(4),), "int8", offset_factor=1)
                                B = T.match_buffer(param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)], (T.int64(16), T.int64(4)), "int8", offset_factor=1)
                                C = T.match_buffer(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], (T.int64(16),), "int32", offset_factor=1)
                                b = T.alloc_local((T.int64(1),), "int8x64")
                                b[T.int64(0)] = B[T.int64(0), T.Ramp(T.int64(0), T.int64(1), 64)]
                                a_u8 = T.alloc_local((T.int64(1),), "uint8x64")
                                a_u8[T.int64(0)] = T.reinterpret("uint8x64", T.Broadcast(T.reinterpret("int32", A[T.Ramp(T.int64(0), T.int64(1), 4)]) ^ -2139062144, 16))
                                corr = T.alloc_local((T.int64(1),), "int32x16")
                                corr[T.int64(0)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", T.Broadcast(0, 16), T.reinterpret("uint8x64", T.Broadcast(-2139062144, 16)), b[T.int64(0)])
                                C[T.int64(0):T.int64(16)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", C[T.Ramp(T.int64(0), T.int64(1), 16)] - corr[T.int64(0)], a_u8[T.int64(0)], b[T.int64(0)])
                for ax0, ax1, ax2 in T.grid(T.int64(1), T.int64(32), T.int64(1)):
                    for ax3 in T.vectorized(T.int64(7)):
                        with T.sblock("compute3"):
                            v_i0 = T.axis.spatial(T.int64(1), ax0)
                            v_i1 = T.axis.spatial(T.int64(2048), nn_ff_0_yy_fused // T.int64(7) * T.int64(32) + ax1)
                            v_i2 = T.axis.spatial(T.int64(7), nn_ff_0_yy_fused % T.int64(7) + ax2)
                            v_i3 = T.axis.spatial(T.int64(7), ax3)
                            T.reads(conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1], param_1[v_i1, T.int64(0), T.int64(0)], param_2[v_i1, T.int64(0), T.int64(0)], lv1981[v_i0, v_i1, v_i2, v_i3], param_3[v_i1, T.int64(0), T.int64(0)], param_4[v_i1, T.int64(0), T.int64(0)], param_5[v_i1, T.int64(0), T.int64(0)])
                            T.writes(compute_intermediate_1_2_3[v_i0, v_i1, v_i2, v_i3])
                            compute_intermediate_1_2_3[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", T.max(T.min(T.Cast("int64", conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1] + param_1[v_i1, T.int64(0), T.int64(0)]) * param_2[v_i1, T.int64(0), T.int64(0)] + T.Cast("int64", lv1981[v_i0, v_i1, v_i2, v_i3]) * param_3[v_i1, T.int64(0), T.int64(0)] + param_4[v_i1, T.int64(0), T.int64(0)] >> param_5[v_i1, T.int64(0), T.int64(0)], T.int64(127)), T.int64(0)))

    @T.prim_func(s_tir=True)
    def fused_conv2d1_add2_cast3_multiply1_add3_right_shift1_tir_clip2_cast4_prepacked(lv41: T.Buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int8"), param_0_global: T.Buffer((T.int64(4), T.int64(16), T.int64(1), T.int64(1), T.int64(16), T.int64(4)), "int8"), param_1: T.Buffer((T.int64(64), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(64), T.int64(1), T.int64(1)), "int64"), param_3: T.Buffer((T.int64(64), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(64), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int8")):
        T.func_attr({"tirx.is_scheduled": True, "tirx.noalias": True, "tvmq.schedule_rule": "Conv2dInt8"})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(16), T.int64(56), T.int64(56), T.int64(4)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(56), T.int64(56), T.int64(64)), "int32")
        for i0_i1_i2_fused in T.parallel(T.int64(3584)):
            for i3 in T.vectorized(T.int64(56)):
                with T.sblock("pad_temp"):
                    v_i0 = T.axis.spatial(T.int64(1), T.int64(0))
                    v_i1 = T.axis.spatial(T.int64(64), i0_i1_i2_fused // T.int64(56))
                    v_i2 = T.axis.spatial(T.int64(56), i0_i1_i2_fused % T.int64(56))
                    v_i3 = T.axis.spatial(T.int64(56), i3)
                    T.reads(lv41[v_i0, v_i1, v_i2, v_i3])
                    T.writes(pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)])
                    pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)] = lv41[v_i0, v_i1, v_i2, v_i3]
        for nn_ff_0_yy_fused in T.parallel(T.int64(112)):
            for xx_0 in range(T.int64(7)):
                for xx_1_init, ff_1_init in T.grid(T.int64(8), T.int64(2)):
                    for ff_2_init in T.vectorized(T.int64(16)):
                        with T.sblock("conv2d_nchw_init"):
                            v_nn = T.axis.spatial(T.int64(1), T.int64(0))
                            v_ff = T.axis.spatial(T.int64(64), nn_ff_0_yy_fused // T.int64(56) * T.int64(32) + ff_1_init * T.int64(16) + ff_2_init)
                            v_yy = T.axis.spatial(T.int64(56), nn_ff_0_yy_fused % T.int64(56))
                            v_xx = T.axis.spatial(T.int64(56), xx_0 * T.int64(8) + xx_1_init)
                            T.reads()
                            T.writes(conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff])
                            conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff] = 0
                for rc_0, ry, rx in T.grid(T.int64(16), T.int64(1), T.int64(1)):
                    for xx_1 in T.unroll(T.int64(8)):
                        for ff_1 in T.unroll(T.int64(2)):
                            with T.sblock("conv2d_nchw_update_o"):
                                v_nn_o = T.axis.spatial(T.int64(1), T.int64(0))
                                v_ff_o = T.axis.spatial(T.int64(4), nn_ff_0_yy_fused // T.int64(56) * T.int64(2) + ff_1)
                                v_yy_o = T.axis.spatial(T.int64(56), nn_ff_0_yy_fused % T.int64(56))
                                v_xx_o = T.axis.spatial(T.int64(56), xx_0 * T.int64(8) + xx_1)
                                v_rc_o, v_ry_o, v_rx_o = T.axis.remap("RRR", [rc_0, ry, rx])
                                T.reads(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], pad_temp[v_nn_o, v_rc_o, v_yy_o, v_xx_o, T.int64(0):T.int64(4)], param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)])
                                T.writes(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)])
                                A = T.match_buffer(pad_temp[v_nn_o, v_rc_o, v_yy_o, v_xx_o, T.int64(0):T.int64(4)], (T.int64(4),), "int8", offset_factor=1)
                                B = T.match_buffer(param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)], (T.int64(16), T.int64(4)), "int8", offset_factor=1)
                                C = T.match_buffer(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], (T.int64(16),), "int32", offset_factor=1)
                                b = T.alloc_local((T.int64(1),), "int8x64")
                                b[T.int64(0)] = B[T.int64(0), T.Ramp(T.int64(0), T.int64(1), 64)]
                                a_u8 = T.alloc_local((T.int64(1),), "uint8x64")
                                a_u8[T.int64(0)] = T.reinterpret("uint8x64", T.Broadcast(T.reinterpret("int32", A[T.Ramp(T.int64(0), T.int64(1), 4)]) ^ -2139062144, 16))
                                corr = T.alloc_local((T.int64(1),), "int32x16")
                                corr[T.int64(0)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", T.Broadcast(0, 16), T.reinterpret("uint8x64", T.Broadcast(-2139062144, 16)), b[T.int64(0)])
                                C[T.int64(0):T.int64(16)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", C[T.Ramp(T.int64(0), T.int64(1), 16)] - corr[T.int64(0)], a_u8[T.int64(0)], b[T.int64(0)])
                for ax0, ax1, ax2 in T.grid(T.int64(1), T.int64(32), T.int64(1)):
                    for ax3 in T.vectorized(T.int64(8)):
                        with T.sblock("compute2"):
                            v_i0 = T.axis.spatial(T.int64(1), ax0)
                            v_i1 = T.axis.spatial(T.int64(64), nn_ff_0_yy_fused // T.int64(56) * T.int64(32) + ax1)
                            v_i2 = T.axis.spatial(T.int64(56), nn_ff_0_yy_fused % T.int64(56) + ax2)
                            v_i3 = T.axis.spatial(T.int64(56), xx_0 * T.int64(8) + ax3)
                            T.reads(conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1], param_1[v_i1, T.int64(0), T.int64(0)], param_2[v_i1, T.int64(0), T.int64(0)], param_3[v_i1, T.int64(0), T.int64(0)], param_4[v_i1, T.int64(0), T.int64(0)])
                            T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                            compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", T.max(T.min(T.Cast("int64", conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1] + param_1[v_i1, T.int64(0), T.int64(0)]) * param_2[v_i1, T.int64(0), T.int64(0)] + param_3[v_i1, T.int64(0), T.int64(0)] >> param_4[v_i1, T.int64(0), T.int64(0)], T.int64(127)), T.int64(0)))

    @T.prim_func(s_tir=True)
    def fused_conv2d20_add25_cast26_multiply11_prepacked(lv1821: T.Buffer((T.int64(1), T.int64(1024), T.int64(14), T.int64(14)), "int8"), param_0_global: T.Buffer((T.int64(128), T.int64(256), T.int64(1), T.int64(1), T.int64(16), T.int64(4)), "int8"), param_1: T.Buffer((T.int64(2048), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(2048), T.int64(1), T.int64(1)), "int64"), T_multiply_intermediate: T.Buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int64")):
        T.func_attr({"tirx.is_scheduled": True, "tirx.noalias": True, "tvmq.schedule_rule": "Conv2dInt8"})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(256), T.int64(14), T.int64(14), T.int64(4)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(7), T.int64(7), T.int64(2048)), "int32")
        for i0_i1_i2_i3_fused_0_fused in T.parallel(T.int64(13312)):
            for i2_i3_fused_1 in T.vectorized(T.int64(16)):
                with T.sblock("pad_temp"):
                    v_i0 = T.axis.spatial(T.int64(1), T.int64(0))
                    v_i1 = T.axis.spatial(T.int64(1024), i0_i1_i2_i3_fused_0_fused // T.int64(13))
                    v_i2 = T.axis.spatial(T.int64(14), (i0_i1_i2_i3_fused_0_fused % T.int64(13) * T.int64(16) + i2_i3_fused_1) // T.int64(14))
                    v_i3 = T.axis.spatial(T.int64(14), (i0_i1_i2_i3_fused_0_fused % T.int64(13) * T.int64(16) + i2_i3_fused_1) % T.int64(14))
                    T.where(i0_i1_i2_i3_fused_0_fused % T.int64(13) * T.int64(16) + i2_i3_fused_1 < T.int64(196))
                    T.reads(lv1821[v_i0, v_i1, v_i2, v_i3])
                    T.writes(pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)])
                    pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)] = lv1821[v_i0, v_i1, v_i2, v_i3]
        for nn_ff_0_yy_fused in T.parallel(T.int64(448)):
            for xx_0 in range(T.int64(1)):
                for xx_1_init, ff_1_init in T.grid(T.int64(7), T.int64(2)):
                    for ff_2_init in T.vectorized(T.int64(16)):
                        with T.sblock("conv2d_nchw_init"):
                            v_nn = T.axis.spatial(T.int64(1), T.int64(0))
                            v_ff = T.axis.spatial(T.int64(2048), nn_ff_0_yy_fused // T.int64(7) * T.int64(32) + ff_1_init * T.int64(16) + ff_2_init)
                            v_yy = T.axis.spatial(T.int64(7), nn_ff_0_yy_fused % T.int64(7))
                            v_xx = T.axis.spatial(T.int64(7), xx_0 * T.int64(7) + xx_1_init)
                            T.reads()
                            T.writes(conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff])
                            conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff] = 0
                for rc_0, ry, rx in T.grid(T.int64(256), T.int64(1), T.int64(1)):
                    for xx_1 in T.unroll(T.int64(7)):
                        for ff_1 in T.unroll(T.int64(2)):
                            with T.sblock("conv2d_nchw_update_o"):
                                v_nn_o = T.axis.spatial(T.int64(1), T.int64(0))
                                v_ff_o = T.axis.spatial(T.int64(128), nn_ff_0_yy_fused // T.int64(7) * T.int64(2) + ff_1)
                                v_yy_o = T.axis.spatial(T.int64(7), nn_ff_0_yy_fused % T.int64(7))
                                v_xx_o = T.axis.spatial(T.int64(7), xx_0 * T.int64(7) + xx_1)
                                v_rc_o, v_ry_o, v_rx_o = T.axis.remap("RRR", [rc_0, ry, rx])
                                T.reads(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], pad_temp[v_nn_o, v_rc_o, v_yy_o * T.int64(2), v_xx_o * T.int64(2), T.int64(0):T.int64(4)], param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)])
                                T.writes(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)])
                                A = T.match_buffer(pad_temp[v_nn_o, v_rc_o, v_yy_o * T.int64(2), v_xx_o * T.int64(2), T.int64(0):T.int64(4)], (T.int64(4),), "int8", offset_factor=1)
                                B = T.match_buffer(param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)], (T.int64(16), T.int64(4)), "int8", offset_factor=1)
                                C = T.match_buffer(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], (T.int64(16),), "int32", offset_factor=1)
                                b = T.alloc_local((T.int64(1),), "int8x64")
                                b[T.int64(0)] = B[T.int64(0), T.Ramp(T.int64(0), T.int64(1), 64)]
                                a_u8 = T.alloc_local((T.int64(1),), "uint8x64")
                                a_u8[T.int64(0)] = T.reinterpret("uint8x64", T.Broadcast(T.reinterpret("int32", A[T.Ramp(T.int64(0), T.int64(1), 4)]) ^ -2139062144, 16))
                                corr = T.alloc_local((T.int64(1),), "int32x16")
                                corr[T.int64(0)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", T.Broadcast(0, 16), T.reinterpret("uint8x64", T.Broadcast(-2139062144, 16)), b[T.int64(0)])
                                C[T.int64(0):T.int64(16)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", C[T.Ramp(T.int64(0), T.int64(1), 16)] - corr[T.int64(0)], a_u8[T.int64(0)], b[T.int64(0)])
                for ax0, ax1, ax2 in T.grid(T.int64(1), T.int64(32), T.int64(1)):
                    for ax3 in T.vectorized(T.int64(7)):
                        with T.sblock("T_multiply"):
                            v_ax0 = T.axis.spatial(T.int64(1), ax0)
                            v_ax1 = T.axis.spatial(T.int64(2048), nn_ff_0_yy_fused // T.int64(7) * T.int64(32) + ax1)
                            v_ax2 = T.axis.spatial(T.int64(7), nn_ff_0_yy_fused % T.int64(7) + ax2)
                            v_ax3 = T.axis.spatial(T.int64(7), ax3)
                            T.reads(conv2d_nchw_intermediate[v_ax0, v_ax2, v_ax3, v_ax1], param_1[v_ax1, T.int64(0), T.int64(0)], param_2[v_ax1, T.int64(0), T.int64(0)])
                            T.writes(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                            T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = T.Cast("int64", conv2d_nchw_intermediate[v_ax0, v_ax2, v_ax3, v_ax1] + param_1[v_ax1, T.int64(0), T.int64(0)]) * param_2[v_ax1, T.int64(0), T.int64(0)]

    @T.prim_func(s_tir=True)
    def fused_conv2d21_add23_cast24_multiply10_add24_right_shift10_tir_clip11_cast25_prepacked(lv1981: T.Buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int8"), param_0_global: T.Buffer((T.int64(32), T.int64(512), T.int64(1), T.int64(1), T.int64(16), T.int64(4)), "int8"), param_1: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), param_3: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7)), "int8")):
        T.func_attr({"tirx.is_scheduled": True, "tirx.noalias": True, "tvmq.schedule_rule": "Conv2dInt8"})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7), T.int64(4)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(7), T.int64(7), T.int64(512)), "int32")
        for i0_i1_fused in T.parallel(T.int64(2048)):
            for i2_i3_fused in T.vectorized(T.int64(49)):
                with T.sblock("pad_temp"):
                    v_i0 = T.axis.spatial(T.int64(1), T.int64(0))
                    v_i1 = T.axis.spatial(T.int64(2048), i0_i1_fused)
                    v_i2 = T.axis.spatial(T.int64(7), i2_i3_fused // T.int64(7))
                    v_i3 = T.axis.spatial(T.int64(7), i2_i3_fused % T.int64(7))
                    T.reads(lv1981[v_i0, v_i1, v_i2, v_i3])
                    T.writes(pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)])
                    pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)] = lv1981[v_i0, v_i1, v_i2, v_i3]
        for nn_ff_0_yy_fused in T.parallel(T.int64(112)):
            for xx_0 in range(T.int64(1)):
                for xx_1_init, ff_1_init in T.grid(T.int64(7), T.int64(2)):
                    for ff_2_init in T.vectorized(T.int64(16)):
                        with T.sblock("conv2d_nchw_init"):
                            v_nn = T.axis.spatial(T.int64(1), T.int64(0))
                            v_ff = T.axis.spatial(T.int64(512), nn_ff_0_yy_fused // T.int64(7) * T.int64(32) + ff_1_init * T.int64(16) + ff_2_init)
                            v_yy = T.axis.spatial(T.int64(7), nn_ff_0_yy_fused % T.int64(7))
                            v_xx = T.axis.spatial(T.int64(7), xx_0 * T.int64(7) + xx_1_init)
                            T.reads()
                            T.writes(conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff])
                            conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff] = 0
                for rc_0, ry, rx in T.grid(T.int64(512), T.int64(1), T.int64(1)):
                    for xx_1 in T.unroll(T.int64(7)):
                        for ff_1 in T.unroll(T.int64(2)):
                            with T.sblock("conv2d_nchw_update_o"):
                                v_nn_o = T.axis.spatial(T.int64(1), T.int64(0))
                                v_ff_o = T.axis.spatial(T.int64(32), nn_ff_0_yy_fused // T.int64(7) * T.int64(2) + ff_1)
                                v_yy_o = T.axis.spatial(T.int64(7), nn_ff_0_yy_fused % T.int64(7))
                                v_xx_o = T.axis.spatial(T.int64(7), xx_0 * T.int64(7) + xx_1)
                                v_rc_o, v_ry_o, v_rx_o = T.axis.remap("RRR", [rc_0, ry, rx])
                                T.reads(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], pad_temp[v_nn_o, v_rc_o, v_yy_o, v_xx_o, T.int64(0):T.int64(4)], param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)])
                                T.writes(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)])
                                A = T.match_buffer(pad_temp[v_nn_o, v_rc_o, v_yy_o, v_xx_o, T.int64(0):T.int64(4)], (T.int64(4),), "int8", offset_factor=1)
                                B = T.match_buffer(param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)], (T.int64(16), T.int64(4)), "int8", offset_factor=1)
                                C = T.match_buffer(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], (T.int64(16),), "int32", offset_factor=1)
                                b = T.alloc_local((T.int64(1),), "int8x64")
                                b[T.int64(0)] = B[T.int64(0), T.Ramp(T.int64(0), T.int64(1), 64)]
                                a_u8 = T.alloc_local((T.int64(1),), "uint8x64")
                                a_u8[T.int64(0)] = T.reinterpret("uint8x64", T.Broadcast(T.reinterpret("int32", A[T.Ramp(T.int64(0), T.int64(1), 4)]) ^ -2139062144, 16))
                                corr = T.alloc_local((T.int64(1),), "int32x16")
                                corr[T.int64(0)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", T.Broadcast(0, 16), T.reinterpret("uint8x64", T.Broadcast(-2139062144, 16)), b[T.int64(0)])
                                C[T.int64(0):T.int64(16)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", C[T.Ramp(T.int64(0), T.int64(1), 16)] - corr[T.int64(0)], a_u8[T.int64(0)], b[T.int64(0)])
                for ax0, ax1, ax2 in T.grid(T.int64(1), T.int64(32), T.int64(1)):
                    for ax3 in T.vectorized(T.int64(7)):
                        with T.sblock("compute2"):
                            v_i0 = T.axis.spatial(T.int64(1), ax0)
                            v_i1 = T.axis.spatial(T.int64(512), nn_ff_0_yy_fused // T.int64(7) * T.int64(32) + ax1)
                            v_i2 = T.axis.spatial(T.int64(7), nn_ff_0_yy_fused % T.int64(7) + ax2)
                            v_i3 = T.axis.spatial(T.int64(7), ax3)
                            T.reads(conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1], param_1[v_i1, T.int64(0), T.int64(0)], param_2[v_i1, T.int64(0), T.int64(0)], param_3[v_i1, T.int64(0), T.int64(0)], param_4[v_i1, T.int64(0), T.int64(0)])
                            T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                            compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", T.max(T.min(T.Cast("int64", conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1] + param_1[v_i1, T.int64(0), T.int64(0)]) * param_2[v_i1, T.int64(0), T.int64(0)] + param_3[v_i1, T.int64(0), T.int64(0)] >> param_4[v_i1, T.int64(0), T.int64(0)], T.int64(127)), T.int64(0)))

    @T.prim_func(s_tir=True)
    def fused_conv2d22_add23_cast24_multiply10_add24_right_shift10_tir_clip11_cast25_prepacked(conv2d_47_out: T.Buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7)), "int8"), param_0_global: T.Buffer((T.int64(32), T.int64(128), T.int64(3), T.int64(3), T.int64(16), T.int64(4)), "int8"), param_1: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), param_3: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(512), T.int64(7), T.int64(7)), "int8")):
        T.func_attr({"tirx.is_scheduled": True, "tirx.noalias": True, "tvmq.schedule_rule": "Conv2dInt8"})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(9), T.int64(9), T.int64(4)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(7), T.int64(7), T.int64(512)), "int32")
        for i0_i1_i2_fused in T.parallel(T.int64(4608)):
            for i3 in T.vectorized(T.int64(9)):
                with T.sblock("pad_temp"):
                    v_i0 = T.axis.spatial(T.int64(1), T.int64(0))
                    v_i1 = T.axis.spatial(T.int64(512), i0_i1_i2_fused // T.int64(9))
                    v_i2 = T.axis.spatial(T.int64(9), i0_i1_i2_fused % T.int64(9))
                    v_i3 = T.axis.spatial(T.int64(9), i3)
                    T.reads(conv2d_47_out[v_i0, v_i1, v_i2 - T.int64(1), v_i3 - T.int64(1)])
                    T.writes(pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)])
                    pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)] = T.if_then_else(T.int64(1) <= v_i2 and v_i2 < T.int64(8) and T.int64(1) <= v_i3 and v_i3 < T.int64(8), conv2d_47_out[v_i0, v_i1, v_i2 - T.int64(1), v_i3 - T.int64(1)], T.int8(0))
        for nn_ff_0_yy_fused in T.parallel(T.int64(112)):
            for xx_0 in range(T.int64(1)):
                for xx_1_init, ff_1_init in T.grid(T.int64(7), T.int64(2)):
                    for ff_2_init in T.vectorized(T.int64(16)):
                        with T.sblock("conv2d_nchw_init"):
                            v_nn = T.axis.spatial(T.int64(1), T.int64(0))
                            v_ff = T.axis.spatial(T.int64(512), nn_ff_0_yy_fused // T.int64(7) * T.int64(32) + ff_1_init * T.int64(16) + ff_2_init)
                            v_yy = T.axis.spatial(T.int64(7), nn_ff_0_yy_fused % T.int64(7))
                            v_xx = T.axis.spatial(T.int64(7), xx_0 * T.int64(7) + xx_1_init)
                            T.reads()
                            T.writes(conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff])
                            conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff] = 0
                for rc_0, ry, rx in T.grid(T.int64(128), T.int64(3), T.int64(3)):
                    for xx_1 in T.unroll(T.int64(7)):
                        for ff_1 in T.unroll(T.int64(2)):
                            with T.sblock("conv2d_nchw_update_o"):
                                v_nn_o = T.axis.spatial(T.int64(1), T.int64(0))
                                v_ff_o = T.axis.spatial(T.int64(32), nn_ff_0_yy_fused // T.int64(7) * T.int64(2) + ff_1)
                                v_yy_o = T.axis.spatial(T.int64(7), nn_ff_0_yy_fused % T.int64(7))
                                v_xx_o = T.axis.spatial(T.int64(7), xx_0 * T.int64(7) + xx_1)
                                v_rc_o, v_ry_o, v_rx_o = T.axis.remap("RRR", [rc_0, ry, rx])
                                T.reads(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], pad_temp[v_nn_o, v_rc_o, v_yy_o + v_ry_o, v_xx_o + v_rx_o, T.int64(0):T.int64(4)], param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)])
                                T.writes(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)])
                                A = T.match_buffer(pad_temp[v_nn_o, v_rc_o, v_yy_o + v_ry_o, v_xx_o + v_rx_o, T.int64(0):T.int64(4)], (T.int64(4),), "int8", offset_factor=1)
                                B = T.match_buffer(param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)], (T.int64(16), T.int64(4)), "int8", offset_factor=1)
                                C = T.match_buffer(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], (T.int64(16),), "int32", offset_factor=1)
                                b = T.alloc_local((T.int64(1),), "int8x64")
                                b[T.int64(0)] = B[T.int64(0), T.Ramp(T.int64(0), T.int64(1), 64)]
                                a_u8 = T.alloc_local((T.int64(1),), "uint8x64")
                                a_u8[T.int64(0)] = T.reinterpret("uint8x64", T.Broadcast(T.reinterpret("int32", A[T.Ramp(T.int64(0), T.int64(1), 4)]) ^ -2139062144, 16))
                                corr = T.alloc_local((T.int64(1),), "int32x16")
                                corr[T.int64(0)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", T.Broadcast(0, 16), T.reinterpret("uint8x64", T.Broadcast(-2139062144, 16)), b[T.int64(0)])
                                C[T.int64(0):T.int64(16)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", C[T.Ramp(T.int64(0), T.int64(1), 16)] - corr[T.int64(0)], a_u8[T.int64(0)], b[T.int64(0)])
                for ax0, ax1, ax2 in T.grid(T.int64(1), T.int64(32), T.int64(1)):
                    for ax3 in T.vectorized(T.int64(7)):
                        with T.sblock("compute2"):
                            v_i0 = T.axis.spatial(T.int64(1), ax0)
                            v_i1 = T.axis.spatial(T.int64(512), nn_ff_0_yy_fused // T.int64(7) * T.int64(32) + ax1)
                            v_i2 = T.axis.spatial(T.int64(7), nn_ff_0_yy_fused % T.int64(7) + ax2)
                            v_i3 = T.axis.spatial(T.int64(7), ax3)
                            T.reads(conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1], param_1[v_i1, T.int64(0), T.int64(0)], param_2[v_i1, T.int64(0), T.int64(0)], param_3[v_i1, T.int64(0), T.int64(0)], param_4[v_i1, T.int64(0), T.int64(0)])
                            T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                            compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", T.max(T.min(T.Cast("int64", conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1] + param_1[v_i1, T.int64(0), T.int64(0)]) * param_2[v_i1, T.int64(0), T.int64(0)] + param_3[v_i1, T.int64(0), T.int64(0)] >> param_4[v_i1, T.int64(0), T.int64(0)], T.int64(127)), T.int64(0)))

    @T.prim_func(s_tir=True)
    def fused_conv2d2_add2_cast3_multiply1_add3_right_shift1_tir_clip2_cast4_prepacked(conv2d_1_out: T.Buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int8"), param_0_global: T.Buffer((T.int64(4), T.int64(16), T.int64(3), T.int64(3), T.int64(16), T.int64(4)), "int8"), param_1: T.Buffer((T.int64(64), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(64), T.int64(1), T.int64(1)), "int64"), param_3: T.Buffer((T.int64(64), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(64), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int8")):
        T.func_attr({"tirx.is_scheduled": True, "tirx.noalias": True, "tvmq.schedule_rule": "Conv2dInt8"})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(16), T.int64(58), T.int64(58), T.int64(4)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(56), T.int64(56), T.int64(64)), "int32")
        for i0_i1_i2_fused in T.parallel(T.int64(3712)):
            for i3 in T.vectorized(T.int64(58)):
                with T.sblock("pad_temp"):
                    v_i0 = T.axis.spatial(T.int64(1), T.int64(0))
                    v_i1 = T.axis.spatial(T.int64(64), i0_i1_i2_fused // T.int64(58))
                    v_i2 = T.axis.spatial(T.int64(58), i0_i1_i2_fused % T.int64(58))
                    v_i3 = T.axis.spatial(T.int64(58), i3)
                    T.reads(conv2d_1_out[v_i0, v_i1, v_i2 - T.int64(1), v_i3 - T.int64(1)])
                    T.writes(pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)])
                    pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)] = T.if_then_else(T.int64(1) <= v_i2 and v_i2 < T.int64(57) and T.int64(1) <= v_i3 and v_i3 < T.int64(57), conv2d_1_out[v_i0, v_i1, v_i2 - T.int64(1), v_i3 - T.int64(1)], T.int8(0))
        for nn_ff_0_yy_fused in T.parallel(T.int64(112)):
            for xx_0 in range(T.int64(7)):
                for xx_1_init, ff_1_init in T.grid(T.int64(8), T.int64(2)):
                    for ff_2_init in T.vectorized(T.int64(16)):
                        with T.sblock("conv2d_nchw_init"):
                            v_nn = T.axis.spatial(T.int64(1), T.int64(0))
                            v_ff = T.axis.spatial(T.int64(64), nn_ff_0_yy_fused // T.int64(56) * T.int64(32) + ff_1_init * T.int64(16) + ff_2_init)
                            v_yy = T.axis.spatial(T.int64(56), nn_ff_0_yy_fused % T.int64(56))
                            v_xx = T.axis.spatial(T.int64(56), xx_0 * T.int64(8) + xx_1_init)
                            T.reads()
                            T.writes(conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff])
                            conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff] = 0
                for rc_0, ry, rx in T.grid(T.int64(16), T.int64(3), T.int64(3)):
                    for xx_1 in T.unroll(T.int64(8)):
                        for ff_1 in T.unroll(T.int64(2)):
                            with T.sblock("conv2d_nchw_update_o"):
                                v_nn_o = T.axis.spatial(T.int64(1), T.int64(0))
                                v_ff_o = T.axis.spatial(T.int64(4), nn_ff_0_yy_fused // T.int64(56) * T.int64(2) + ff_1)
                                v_yy_o = T.axis.spatial(T.int64(56), nn_ff_0_yy_fused % T.int64(56))
                                v_xx_o = T.axis.spatial(T.int64(56), xx_0 * T.int64(8) + xx_1)
                                v_rc_o, v_ry_o, v_rx_o = T.axis.remap("RRR", [rc_0, ry, rx])
                                T.reads(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], pad_temp[v_nn_o, v_rc_o, v_yy_o + v_ry_o, v_xx_o + v_rx_o, T.int64(0):T.int64(4)], param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)])
                                T.writes(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)])
                                A = T.match_buffer(pad_temp[v_nn_o, v_rc_o, v_yy_o + v_ry_o, v_xx_o + v_rx_o, T.int64(0):T.int64(4)], (T.int64(4),), "int8", offset_factor=1)
                                B = T.match_buffer(param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)], (T.int64(16), T.int64(4)), "int8", offset_factor=1)
                                C = T.match_buffer(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], (T.int64(16),), "int32", offset_factor=1)
                                b = T.alloc_local((T.int64(1),), "int8x64")
                                b[T.int64(0)] = B[T.int64(0), T.Ramp(T.int64(0), T.int64(1), 64)]
                                a_u8 = T.alloc_local((T.int64(1),), "uint8x64")
                                a_u8[T.int64(0)] = T.reinterpret("uint8x64", T.Broadcast(T.reinterpret("int32", A[T.Ramp(T.int64(0), T.int64(1), 4)]) ^ -2139062144, 16))
                                corr = T.alloc_local((T.int64(1),), "int32x16")
                                corr[T.int64(0)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", T.Broadcast(0, 16), T.reinterpret("uint8x64", T.Broadcast(-2139062144, 16)), b[T.int64(0)])
                                C[T.int64(0):T.int64(16)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", C[T.Ramp(T.int64(0), T.int64(1), 16)] - corr[T.int64(0)], a_u8[T.int64(0)], b[T.int64(0)])
                for ax0, ax1, ax2 in T.grid(T.int64(1), T.int64(32), T.int64(1)):
                    for ax3 in T.vectorized(T.int64(8)):
                        with T.sblock("compute2"):
                            v_i0 = T.axis.spatial(T.int64(1), ax0)
                            v_i1 = T.axis.spatial(T.int64(64), nn_ff_0_yy_fused // T.int64(56) * T.int64(32) + ax1)
                            v_i2 = T.axis.spatial(T.int64(56), nn_ff_0_yy_fused % T.int64(56) + ax2)
                            v_i3 = T.axis.spatial(T.int64(56), xx_0 * T.int64(8) + ax3)
                            T.reads(conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1], param_1[v_i1, T.int64(0), T.int64(0)], param_2[v_i1, T.int64(0), T.int64(0)], param_3[v_i1, T.int64(0), T.int64(0)], param_4[v_i1, T.int64(0), T.int64(0)])
                            T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                            compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", T.max(T.min(T.Cast("int64", conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1] + param_1[v_i1, T.int64(0), T.int64(0)]) * param_2[v_i1, T.int64(0), T.int64(0)] + param_3[v_i1, T.int64(0), T.int64(0)] >> param_4[v_i1, T.int64(0), T.int64(0)], T.int64(127)), T.int64(0)))

    @T.prim_func(s_tir=True)
    def fused_conv2d3_add4_cast5_multiply2_add5_add6_right_shift2_tir_clip3_cast6_prepacked(conv2d_2_out: T.Buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int8"), param_0_global: T.Buffer((T.int64(16), T.int64(16), T.int64(1), T.int64(1), T.int64(16), T.int64(4)), "int8"), param_1: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), lv21: T.Buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int64"), param_3: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int8")):
        T.func_attr({"tirx.is_scheduled": True, "tirx.noalias": True, "tvmq.schedule_rule": "Conv2dInt8"})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(16), T.int64(56), T.int64(56), T.int64(4)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(56), T.int64(56), T.int64(256)), "int32")
        for i0_i1_i2_fused in T.parallel(T.int64(3584)):
            for i3 in T.vectorized(T.int64(56)):
                with T.sblock("pad_temp"):
                    v_i0 = T.axis.spatial(T.int64(1), T.int64(0))
                    v_i1 = T.axis.spatial(T.int64(64), i0_i1_i2_fused // T.int64(56))
                    v_i2 = T.axis.spatial(T.int64(56), i0_i1_i2_fused % T.int64(56))
                    v_i3 = T.axis.spatial(T.int64(56), i3)
                    T.reads(conv2d_2_out[v_i0, v_i1, v_i2, v_i3])
                    T.writes(pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)])
                    pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)] = conv2d_2_out[v_i0, v_i1, v_i2, v_i3]
        for nn_ff_0_yy_fused in T.parallel(T.int64(448)):
            for xx_0 in range(T.int64(7)):
                for xx_1_init, ff_1_init in T.grid(T.int64(8), T.int64(2)):
                    for ff_2_init in T.vectorized(T.int64(16)):
                        with T.sblock("conv2d_nchw_init"):
                            v_nn = T.axis.spatial(T.int64(1), T.int64(0))
                            v_ff = T.axis.spatial(T.int64(256), nn_ff_0_yy_fused // T.int64(56) * T.int64(32) + ff_1_init * T.int64(16) + ff_2_init)
                            v_yy = T.axis.spatial(T.int64(56), nn_ff_0_yy_fused % T.int64(56))
                            v_xx = T.axis.spatial(T.int64(56), xx_0 * T.int64(8) + xx_1_init)
                            T.reads()
                            T.writes(conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff])
                            conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff] = 0
                for rc_0, ry, rx in T.grid(T.int64(16), T.int64(1), T.int64(1)):
                    for xx_1 in T.unroll(T.int64(8)):
                        for ff_1 in T.unroll(T.int64(2)):
                            with T.sblock("conv2d_nchw_update_o"):
                                v_nn_o = T.axis.spatial(T.int64(1), T.int64(0))
                                v_ff_o = T.axis.spatial(T.int64(16), nn_ff_0_yy_fused // T.int64(56) * T.int64(2) + ff_1)
                                v_yy_o = T.axis.spatial(T.int64(56), nn_ff_0_yy_fused % T.int64(56))
                                v_xx_o = T.axis.spatial(T.int64(56), xx_0 * T.int64(8) + xx_1)
                                v_rc_o, v_ry_o, v_rx_o = T.axis.remap("RRR", [rc_0, ry, rx])
                                T.reads(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], pad_temp[v_nn_o, v_rc_o, v_yy_o, v_xx_o, T.int64(0):T.int64(4)], param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)])
                                T.writes(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)])
                                A = T.match_buffer(pad_temp[v_nn_o, v_rc_o, v_yy_o, v_xx_o, T.int64(0):T.int64(4)], (T.int64(4),), "int8", offset_factor=1)
                                B = T.match_buffer(param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)], (T.int64(16), T.int64(4)), "int8", offset_factor=1)
                                C = T.match_buffer(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], (T.int64(16),), "int32", offset_factor=1)
                                b = T.alloc_local((T.int64(1),), "int8x64")
                                b[T.int64(0)] = B[T.int64(0), T.Ramp(T.int64(0), T.int64(1), 64)]
                                a_u8 = T.alloc_local((T.int64(1),), "uint8x64")
                                a_u8[T.int64(0)] = T.reinterpret("uint8x64", T.Broadcast(T.reinterpret("int32", A[T.Ramp(T.int64(0), T.int64(1), 4)]) ^ -2139062144, 16))
                                corr = T.alloc_local((T.int64(1),), "int32x16")
                                corr[T.int64(0)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", T.Broadcast(0, 16), T.reinterpret("uint8x64", T.Broadcast(-2139062144, 16)), b[T.int64(0)])
                                C[T.int64(0):T.int64(16)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", C[T.Ramp(T.int64(0), T.int64(1), 16)] - corr[T.int64(0)], a_u8[T.int64(0)], b[T.int64(0)])
                for ax0, ax1, ax2 in T.grid(T.int64(1), T.int64(32), T.int64(1)):
                    for ax3 in T.vectorized(T.int64(8)):
                        with T.sblock("compute2"):
                            v_i0 = T.axis.spatial(T.int64(1), ax0)
                            v_i1 = T.axis.spatial(T.int64(256), nn_ff_0_yy_fused // T.int64(56) * T.int64(32) + ax1)
                            v_i2 = T.axis.spatial(T.int64(56), nn_ff_0_yy_fused % T.int64(56) + ax2)
                            v_i3 = T.axis.spatial(T.int64(56), xx_0 * T.int64(8) + ax3)
                            T.reads(conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1], param_1[v_i1, T.int64(0), T.int64(0)], param_2[v_i1, T.int64(0), T.int64(0)], lv21[v_i0, v_i1, v_i2, v_i3], param_3[v_i1, T.int64(0), T.int64(0)], param_4[v_i1, T.int64(0), T.int64(0)])
                            T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                            compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", T.max(T.min(T.Cast("int64", conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1] + param_1[v_i1, T.int64(0), T.int64(0)]) * param_2[v_i1, T.int64(0), T.int64(0)] + lv21[v_i0, v_i1, v_i2, v_i3] + param_3[v_i1, T.int64(0), T.int64(0)] >> param_4[v_i1, T.int64(0), T.int64(0)], T.int64(127)), T.int64(0)))

    @T.prim_func(s_tir=True)
    def fused_conv2d3_add4_cast5_multiply2_cast7_multiply2_add5_add6_right_shift2_tir_clip3_cast6_prepacked(conv2d_6_out: T.Buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int8"), param_0_global: T.Buffer((T.int64(16), T.int64(16), T.int64(1), T.int64(1), T.int64(16), T.int64(4)), "int8"), param_1: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), lv201: T.Buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int8"), param_3: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), param_5: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2_3: T.Buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int8")):
        T.func_attr({"tirx.is_scheduled": True, "tirx.noalias": True, "tvmq.schedule_rule": "Conv2dInt8"})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(16), T.int64(56), T.int64(56), T.int64(4)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(56), T.int64(56), T.int64(256)), "int32")
        for i0_i1_i2_fused in T.parallel(T.int64(3584)):
            for i3 in T.vectorized(T.int64(56)):
                with T.sblock("pad_temp"):
                    v_i0 = T.axis.spatial(T.int64(1), T.int64(0))
                    v_i1 = T.axis.spatial(T.int64(64), i0_i1_i2_fused // T.int64(56))
                    v_i2 = T.axis.spatial(T.int64(56), i0_i1_i2_fused % T.int64(56))
                    v_i3 = T.axis.spatial(T.int64(56), i3)
                    T.reads(conv2d_6_out[v_i0, v_i1, v_i2, v_i3])
                    T.writes(pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)])
                    pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)] = conv2d_6_out[v_i0, v_i1, v_i2, v_i3]
        for nn_ff_0_yy_fused in T.parallel(T.int64(448)):
            for xx_0 in range(T.int64(7)):
                for xx_1_init, ff_1_init in T.grid(T.int64(8), T.int64(2)):
                    for ff_2_init in T.vectorized(T.int64(16)):
                        with T.sblock("conv2d_nchw_init"):
                            v_nn = T.axis.spatial(T.int64(1), T.int64(0))
                            v_ff = T.axis.spatial(T.int64(256), nn_ff_0_yy_fused // T.int64(56) * T.int64(32) + ff_1_init * T.int64(16) + ff_2_init)
                            v_yy = T.axis.spatial(T.int64(56), nn_ff_0_yy_fused % T.int64(56))
                            v_xx = T.axis.spatial(T.int64(56), xx_0 * T.int64(8) + xx_1_init)
                            T.reads()
                            T.writes(conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff])
                            conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff] = 0
                for rc_0, ry, rx in T.grid(T.int64(16), T.int64(1), T.int64(1)):
                    for xx_1 in T.unroll(T.int64(8)):
                        for ff_1 in T.unroll(T.int64(2)):
                            with T.sblock("conv2d_nchw_update_o"):
                                v_nn_o = T.axis.spatial(T.int64(1), T.int64(0))
                                v_ff_o = T.axis.spatial(T.int64(16), nn_ff_0_yy_fused // T.int64(56) * T.int64(2) + ff_1)
                                v_yy_o = T.axis.spatial(T.int64(56), nn_ff_0_yy_fused % T.int64(56))
                                v_xx_o = T.axis.spatial(T.int64(56), xx_0 * T.int64(8) + xx_1)
                                v_rc_o, v_ry_o, v_rx_o = T.axis.remap("RRR", [rc_0, ry, rx])
                                T.reads(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], pad_temp[v_nn_o, v_rc_o, v_yy_o, v_xx_o, T.int64(0):T.int64(4)], param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)])
                                T.writes(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)])
                                A = T.match_buffer(pad_temp[v_nn_o, v_rc_o, v_yy_o, v_xx_o, T.int64(0):T.int64(4)], (T.int64(4),), "int8", offset_factor=1)
                                B = T.match_buffer(param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)], (T.int64(16), T.int64(4)), "int8", offset_factor=1)
                                C = T.match_buffer(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], (T.int64(16),), "int32", offset_factor=1)
                                b = T.alloc_local((T.int64(1),), "int8x64")
                                b[T.int64(0)] = B[T.int64(0), T.Ramp(T.int64(0), T.int64(1), 64)]
                                a_u8 = T.alloc_local((T.int64(1),), "uint8x64")
                                a_u8[T.int64(0)] = T.reinterpret("uint8x64", T.Broadcast(T.reinterpret("int32", A[T.Ramp(T.int64(0), T.int64(1), 4)]) ^ -2139062144, 16))
                                corr = T.alloc_local((T.int64(1),), "int32x16")
                                corr[T.int64(0)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", T.Broadcast(0, 16), T.reinterpret("uint8x64", T.Broadcast(-2139062144, 16)), b[T.int64(0)])
                                C[T.int64(0):T.int64(16)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", C[T.Ramp(T.int64(0), T.int64(1), 16)] - corr[T.int64(0)], a_u8[T.int64(0)], b[T.int64(0)])
                for ax0, ax1, ax2 in T.grid(T.int64(1), T.int64(32), T.int64(1)):
                    for ax3 in T.vectorized(T.int64(8)):
                        with T.sblock("compute3"):
                            v_i0 = T.axis.spatial(T.int64(1), ax0)
                            v_i1 = T.axis.spatial(T.int64(256), nn_ff_0_yy_fused // T.int64(56) * T.int64(32) + ax1)
                            v_i2 = T.axis.spatial(T.int64(56), nn_ff_0_yy_fused % T.int64(56) + ax2)
                            v_i3 = T.axis.spatial(T.int64(56), xx_0 * T.int64(8) + ax3)
                            T.reads(conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1], param_1[v_i1, T.int64(0), T.int64(0)], param_2[v_i1, T.int64(0), T.int64(0)], lv201[v_i0, v_i1, v_i2, v_i3], param_3[v_i1, T.int64(0), T.int64(0)], param_4[v_i1, T.int64(0), T.int64(0)], param_5[v_i1, T.int64(0), T.int64(0)])
                            T.writes(compute_intermediate_1_2_3[v_i0, v_i1, v_i2, v_i3])
                            compute_intermediate_1_2_3[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", T.max(T.min(T.Cast("int64", conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1] + param_1[v_i1, T.int64(0), T.int64(0)]) * param_2[v_i1, T.int64(0), T.int64(0)] + T.Cast("int64", lv201[v_i0, v_i1, v_i2, v_i3]) * param_3[v_i1, T.int64(0), T.int64(0)] + param_4[v_i1, T.int64(0), T.int64(0)] >> param_5[v_i1, T.int64(0), T.int64(0)], T.int64(127)), T.int64(0)))

    @T.prim_func(s_tir=True)
    def fused_conv2d3_add4_cast5_multiply2_prepacked(lv41: T.Buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int8"), param_0_global: T.Buffer((T.int64(16), T.int64(16), T.int64(1), T.int64(1), T.int64(16), T.int64(4)), "int8"), param_1: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(256), T.int64(1), T.int64(1)), "int64"), T_multiply_intermediate: T.Buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int64")):
        T.func_attr({"tirx.is_scheduled": True, "tirx.noalias": True, "tvmq.schedule_rule": "Conv2dInt8"})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(16), T.int64(56), T.int64(56), T.int64(4)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(56), T.int64(56), T.int64(256)), "int32")
        for i0_i1_i2_fused in T.parallel(T.int64(3584)):
            for i3 in T.vectorized(T.int64(56)):
                with T.sblock("pad_temp"):
                    v_i0 = T.axis.spatial(T.int64(1), T.int64(0))
                    v_i1 = T.axis.spatial(T.int64(64), i0_i1_i2_fused // T.int64(56))
                    v_i2 = T.axis.spatial(T.int64(56), i0_i1_i2_fused % T.int64(56))
                    v_i3 = T.axis.spatial(T.int64(56), i3)
                    T.reads(lv41[v_i0, v_i1, v_i2, v_i3])
                    T.writes(pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)])
                    pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)] = lv41[v_i0, v_i1, v_i2, v_i3]
        for nn_ff_0_yy_fused in T.parallel(T.int64(448)):
            for xx_0 in range(T.int64(7)):
                for xx_1_init, ff_1_init in T.grid(T.int64(8), T.int64(2)):
                    for ff_2_init in T.vectorized(T.int64(16)):
                        with T.sblock("conv2d_nchw_init"):
                            v_nn = T.axis.spatial(T.int64(1), T.int64(0))
                            v_ff = T.axis.spatial(T.int64(256), nn_ff_0_yy_fused // T.int64(56) * T.int64(32) + ff_1_init * T.int64(16) + ff_2_init)
                            v_yy = T.axis.spatial(T.int64(56), nn_ff_0_yy_fused % T.int64(56))
                            v_xx = T.axis.spatial(T.int64(56), xx_0 * T.int64(8) + xx_1_init)
                            T.reads()
                            T.writes(conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff])
                            conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff] = 0
                for rc_0, ry, rx in T.grid(T.int64(16), T.int64(1), T.int64(1)):
                    for xx_1 in T.unroll(T.int64(8)):
                        for ff_1 in T.unroll(T.int64(2)):
                            with T.sblock("conv2d_nchw_update_o"):
                                v_nn_o = T.axis.spatial(T.int64(1), T.int64(0))
                                v_ff_o = T.axis.spatial(T.int64(16), nn_ff_0_yy_fused // T.int64(56) * T.int64(2) + ff_1)
                                v_yy_o = T.axis.spatial(T.int64(56), nn_ff_0_yy_fused % T.int64(56))
                                v_xx_o = T.axis.spatial(T.int64(56), xx_0 * T.int64(8) + xx_1)
                                v_rc_o, v_ry_o, v_rx_o = T.axis.remap("RRR", [rc_0, ry, rx])
                                T.reads(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], pad_temp[v_nn_o, v_rc_o, v_yy_o, v_xx_o, T.int64(0):T.int64(4)], param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)])
                                T.writes(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)])
                                A = T.match_buffer(pad_temp[v_nn_o, v_rc_o, v_yy_o, v_xx_o, T.int64(0):T.int64(4)], (T.int64(4),), "int8", offset_factor=1)
                                B = T.match_buffer(param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)], (T.int64(16), T.int64(4)), "int8", offset_factor=1)
                                C = T.match_buffer(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], (T.int64(16),), "int32", offset_factor=1)
                                b = T.alloc_local((T.int64(1),), "int8x64")
                                b[T.int64(0)] = B[T.int64(0), T.Ramp(T.int64(0), T.int64(1), 64)]
                                a_u8 = T.alloc_local((T.int64(1),), "uint8x64")
                                a_u8[T.int64(0)] = T.reinterpret("uint8x64", T.Broadcast(T.reinterpret("int32", A[T.Ramp(T.int64(0), T.int64(1), 4)]) ^ -2139062144, 16))
                                corr = T.alloc_local((T.int64(1),), "int32x16")
                                corr[T.int64(0)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", T.Broadcast(0, 16), T.reinterpret("uint8x64", T.Broadcast(-2139062144, 16)), b[T.int64(0)])
                                C[T.int64(0):T.int64(16)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", C[T.Ramp(T.int64(0), T.int64(1), 16)] - corr[T.int64(0)], a_u8[T.int64(0)], b[T.int64(0)])
                for ax0, ax1, ax2 in T.grid(T.int64(1), T.int64(32), T.int64(1)):
                    for ax3 in T.vectorized(T.int64(8)):
                        with T.sblock("T_multiply"):
                            v_ax0 = T.axis.spatial(T.int64(1), ax0)
                            v_ax1 = T.axis.spatial(T.int64(256), nn_ff_0_yy_fused // T.int64(56) * T.int64(32) + ax1)
                            v_ax2 = T.axis.spatial(T.int64(56), nn_ff_0_yy_fused % T.int64(56) + ax2)
                            v_ax3 = T.axis.spatial(T.int64(56), xx_0 * T.int64(8) + ax3)
                            T.reads(conv2d_nchw_intermediate[v_ax0, v_ax2, v_ax3, v_ax1], param_1[v_ax1, T.int64(0), T.int64(0)], param_2[v_ax1, T.int64(0), T.int64(0)])
                            T.writes(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                            T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = T.Cast("int64", conv2d_nchw_intermediate[v_ax0, v_ax2, v_ax3, v_ax1] + param_1[v_ax1, T.int64(0), T.int64(0)]) * param_2[v_ax1, T.int64(0), T.int64(0)]

    @T.prim_func(s_tir=True)
    def fused_conv2d4_add2_cast3_multiply1_add3_right_shift1_tir_clip2_cast4_prepacked(lv201: T.Buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int8"), param_0_global: T.Buffer((T.int64(4), T.int64(64), T.int64(1), T.int64(1), T.int64(16), T.int64(4)), "int8"), param_1: T.Buffer((T.int64(64), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(64), T.int64(1), T.int64(1)), "int64"), param_3: T.Buffer((T.int64(64), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(64), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int8")):
        T.func_attr({"tirx.is_scheduled": True, "tirx.noalias": True, "tvmq.schedule_rule": "Conv2dInt8"})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56), T.int64(4)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(56), T.int64(56), T.int64(64)), "int32")
        for i0_i1_i2_fused in T.parallel(T.int64(14336)):
            for i3 in T.vectorized(T.int64(56)):
                with T.sblock("pad_temp"):
                    v_i0 = T.axis.spatial(T.int64(1), T.int64(0))
                    v_i1 = T.axis.spatial(T.int64(256), i0_i1_i2_fused // T.int64(56))
                    v_i2 = T.axis.spatial(T.int64(56), i0_i1_i2_fused % T.int64(56))
                    v_i3 = T.axis.spatial(T.int64(56), i3)
                    T.reads(lv201[v_i0, v_i1, v_i2, v_i3])
                    T.writes(pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)])
                    pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)] = lv201[v_i0, v_i1, v_i2, v_i3]
        for nn_ff_0_yy_fused in T.parallel(T.int64(112)):
            for xx_0 in range(T.int64(7)):
                for xx_1_init, ff_1_init in T.grid(T.int64(8), T.int64(2)):
                    for ff_2_init in T.vectorized(T.int64(16)):
                        with T.sblock("conv2d_nchw_init"):
                            v_nn = T.axis.spatial(T.int64(1), T.int64(0))
                            v_ff = T.axis.spatial(T.int64(64), nn_ff_0_yy_fused // T.int64(56) * T.int64(32) + ff_1_init * T.int64(16) + ff_2_init)
                            v_yy = T.axis.spatial(T.int64(56), nn_ff_0_yy_fused % T.int64(56))
                            v_xx = T.axis.spatial(T.int64(56), xx_0 * T.int64(8) + xx_1_init)
                            T.reads()
                            T.writes(conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff])
                            conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff] = 0
                for rc_0, ry, rx in T.grid(T.int64(64), T.int64(1), T.int64(1)):
                    for xx_1 in T.unroll(T.int64(8)):
                        for ff_1 in T.unroll(T.int64(2)):
                            with T.sblock("conv2d_nchw_update_o"):
                                v_nn_o = T.axis.spatial(T.int64(1), T.int64(0))
                                v_ff_o = T.axis.spatial(T.int64(4), nn_ff_0_yy_fused // T.int64(56) * T.int64(2) + ff_1)
                                v_yy_o = T.axis.spatial(T.int64(56), nn_ff_0_yy_fused % T.int64(56))
                                v_xx_o = T.axis.spatial(T.int64(56), xx_0 * T.int64(8) + xx_1)
                                v_rc_o, v_ry_o, v_rx_o = T.axis.remap("RRR", [rc_0, ry, rx])
                                T.reads(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], pad_temp[v_nn_o, v_rc_o, v_yy_o, v_xx_o, T.int64(0):T.int64(4)], param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)])
                                T.writes(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)])
                                A = T.match_buffer(pad_temp[v_nn_o, v_rc_o, v_yy_o, v_xx_o, T.int64(0):T.int64(4)], (T.int64(4),), "int8", offset_factor=1)
                                B = T.match_buffer(param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)], (T.int64(16), T.int64(4)), "int8", offset_factor=1)
                                C = T.match_buffer(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], (T.int64(16),), "int32", offset_factor=1)
                                b = T.alloc_local((T.int64(1),), "int8x64")
                                b[T.int64(0)] = B[T.int64(0), T.Ramp(T.int64(0), T.int64(1), 64)]
                                a_u8 = T.alloc_local((T.int64(1),), "uint8x64")
                                a_u8[T.int64(0)] = T.reinterpret("uint8x64", T.Broadcast(T.reinterpret("int32", A[T.Ramp(T.int64(0), T.int64(1), 4)]) ^ -2139062144, 16))
                                corr = T.alloc_local((T.int64(1),), "int32x16")
                                corr[T.int64(0)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", T.Broadcast(0, 16), T.reinterpret("uint8x64", T.Broadcast(-2139062144, 16)), b[T.int64(0)])
                                C[T.int64(0):T.int64(16)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", C[T.Ramp(T.int64(0), T.int64(1), 16)] - corr[T.int64(0)], a_u8[T.int64(0)], b[T.int64(0)])
                for ax0, ax1, ax2 in T.grid(T.int64(1), T.int64(32), T.int64(1)):
                    for ax3 in T.vectorized(T.int64(8)):
                        with T.sblock("compute2"):
                            v_i0 = T.axis.spatial(T.int64(1), ax0)
                            v_i1 = T.axis.spatial(T.int64(64), nn_ff_0_yy_fused // T.int64(56) * T.int64(32) + ax1)
                            v_i2 = T.axis.spatial(T.int64(56), nn_ff_0_yy_fused % T.int64(56) + ax2)
                            v_i3 = T.axis.spatial(T.int64(56), xx_0 * T.int64(8) + ax3)
                            T.reads(conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1], param_1[v_i1, T.int64(0), T.int64(0)], param_2[v_i1, T.int64(0), T.int64(0)], param_3[v_i1, T.int64(0), T.int64(0)], param_4[v_i1, T.int64(0), T.int64(0)])
                            T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                            compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", T.max(T.min(T.Cast("int64", conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1] + param_1[v_i1, T.int64(0), T.int64(0)]) * param_2[v_i1, T.int64(0), T.int64(0)] + param_3[v_i1, T.int64(0), T.int64(0)] >> param_4[v_i1, T.int64(0), T.int64(0)], T.int64(127)), T.int64(0)))

    @T.prim_func(s_tir=True)
    def fused_conv2d5_add7_cast8_multiply3_add8_right_shift3_tir_clip4_cast9_prepacked(lv461: T.Buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int8"), param_0_global: T.Buffer((T.int64(8), T.int64(64), T.int64(1), T.int64(1), T.int64(16), T.int64(4)), "int8"), param_1: T.Buffer((T.int64(128), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(128), T.int64(1), T.int64(1)), "int64"), param_3: T.Buffer((T.int64(128), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(128), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(128), T.int64(56), T.int64(56)), "int8")):
        T.func_attr({"tirx.is_scheduled": True, "tirx.noalias": True, "tvmq.schedule_rule": "Conv2dInt8"})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56), T.int64(4)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(56), T.int64(56), T.int64(128)), "int32")
        for i0_i1_i2_fused in T.parallel(T.int64(14336)):
            for i3 in T.vectorized(T.int64(56)):
                with T.sblock("pad_temp"):
                    v_i0 = T.axis.spatial(T.int64(1), T.int64(0))
                    v_i1 = T.axis.spatial(T.int64(256), i0_i1_i2_fused // T.int64(56))
                    v_i2 = T.axis.spatial(T.int64(56), i0_i1_i2_fused % T.int64(56))
                    v_i3 = T.axis.spatial(T.int64(56), i3)
                    T.reads(lv461[v_i0, v_i1, v_i2, v_i3])
                    T.writes(pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)])
                    pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)] = lv461[v_i0, v_i1, v_i2, v_i3]
        for nn_ff_0_yy_fused in T.parallel(T.int64(224)):
            for xx_0 in range(T.int64(7)):
                for xx_1_init, ff_1_init in T.grid(T.int64(8), T.int64(2)):
                    for ff_2_init in T.vectorized(T.int64(16)):
                        with T.sblock("conv2d_nchw_init"):
                            v_nn = T.axis.spatial(T.int64(1), T.int64(0))
                            v_ff = T.axis.spatial(T.int64(128), nn_ff_0_yy_fused // T.int64(56) * T.int64(32) + ff_1_init * T.int64(16) + ff_2_init)
                            v_yy = T.axis.spatial(T.int64(56), nn_ff_0_yy_fused % T.int64(56))
                            v_xx = T.axis.spatial(T.int64(56), xx_0 * T.int64(8) + xx_1_init)
                            T.reads()
                            T.writes(conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff])
                            conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff] = 0
                for rc_0, ry, rx in T.grid(T.int64(64), T.int64(1), T.int64(1)):
                    for xx_1 in T.unroll(T.int64(8)):
                        for ff_1 in T.unroll(T.int64(2)):
                            with T.sblock("conv2d_nchw_update_o"):
                                v_nn_o = T.axis.spatial(T.int64(1), T.int64(0))
                                v_ff_o = T.axis.spatial(T.int64(8), nn_ff_0_yy_fused // T.int64(56) * T.int64(2) + ff_1)
                                v_yy_o = T.axis.spatial(T.int64(56), nn_ff_0_yy_fused % T.int64(56))
                                v_xx_o = T.axis.spatial(T.int64(56), xx_0 * T.int64(8) + xx_1)
                                v_rc_o, v_ry_o, v_rx_o = T.axis.remap("RRR", [rc_0, ry, rx])
                                T.reads(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], pad_temp[v_nn_o, v_rc_o, v_yy_o, v_xx_o, T.int64(0):T.int64(4)], param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)])
                                T.writes(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)])
                                A = T.match_buffer(pad_temp[v_nn_o, v_rc_o, v_yy_o, v_xx_o, T.int64(0):T.int64(4)], (T.int64(4),), "int8", offset_factor=1)
                                B = T.match_buffer(param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)], (T.int64(16), T.int64(4)), "int8", offset_factor=1)
                                C = T.match_buffer(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], (T.int64(16),), "int32", offset_factor=1)
                                b = T.alloc_local((T.int64(1),), "int8x64")
                                b[T.int64(0)] = B[T.int64(0), T.Ramp(T.int64(0), T.int64(1), 64)]
                                a_u8 = T.alloc_local((T.int64(1),), "uint8x64")
                                a_u8[T.int64(0)] = T.reinterpret("uint8x64", T.Broadcast(T.reinterpret("int32", A[T.Ramp(T.int64(0), T.int64(1), 4)]) ^ -2139062144, 16))
                                corr = T.alloc_local((T.int64(1),), "int32x16")
                                corr[T.int64(0)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", T.Broadcast(0, 16), T.reinterpret("uint8x64", T.Broadcast(-2139062144, 16)), b[T.int64(0)])
                                C[T.int64(0):T.int64(16)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", C[T.Ramp(T.int64(0), T.int64(1), 16)] - corr[T.int64(0)], a_u8[T.int64(0)], b[T.int64(0)])
                for ax0, ax1, ax2 in T.grid(T.int64(1), T.int64(32), T.int64(1)):
                    for ax3 in T.vectorized(T.int64(8)):
                        with T.sblock("compute2"):
                            v_i0 = T.axis.spatial(T.int64(1), ax0)
                            v_i1 = T.axis.spatial(T.int64(128), nn_ff_0_yy_fused // T.int64(56) * T.int64(32) + ax1)
                            v_i2 = T.axis.spatial(T.int64(56), nn_ff_0_yy_fused % T.int64(56) + ax2)
                            v_i3 = T.axis.spatial(T.int64(56), xx_0 * T.int64(8) + ax3)
                            T.reads(conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1], param_1[v_i1, T.int64(0), T.int64(0)], param_2[v_i1, T.int64(0), T.int64(0)], param_3[v_i1, T.int64(0), T.int64(0)], param_4[v_i1, T.int64(0), T.int64(0)])
                            T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                            compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", T.max(T.min(T.Cast("int64", conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1] + param_1[v_i1, T.int64(0), T.int64(0)]) * param_2[v_i1, T.int64(0), T.int64(0)] + param_3[v_i1, T.int64(0), T.int64(0)] >> param_4[v_i1, T.int64(0), T.int64(0)], T.int64(127)), T.int64(0)))

    @T.prim_func(s_tir=True)
    def fused_conv2d6_add9_cast10_multiply4_add10_right_shift4_tir_clip5_cast11_prepacked(conv2d_11_out: T.Buffer((T.int64(1), T.int64(128), T.int64(56), T.int64(56)), "int8"), param_0_global: T.Buffer((T.int64(8), T.int64(32), T.int64(3), T.int64(3), T.int64(16), T.int64(4)), "int8"), param_1: T.Buffer((T.int64(128), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(128), T.int64(1), T.int64(1)), "int64"), param_3: T.Buffer((T.int64(128), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(128), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(128), T.int64(28), T.int64(28)), "int8")):
        T.func_attr({"tirx.is_scheduled": True, "tirx.noalias": True, "tvmq.schedule_rule": "Conv2dInt8"})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(32), T.int64(58), T.int64(58), T.int64(4)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(28), T.int64(28), T.int64(128)), "int32")
        for i0_i1_i2_fused in T.parallel(T.int64(7424)):
            for i3 in T.vectorized(T.int64(58)):
                with T.sblock("pad_temp"):
                    v_i0 = T.axis.spatial(T.int64(1), T.int64(0))
                    v_i1 = T.axis.spatial(T.int64(128), i0_i1_i2_fused // T.int64(58))
                    v_i2 = T.axis.spatial(T.int64(58), i0_i1_i2_fused % T.int64(58))
                    v_i3 = T.axis.spatial(T.int64(58), i3)
                    T.reads(conv2d_11_out[v_i0, v_i1, v_i2 - T.int64(1), v_i3 - T.int64(1)])
                    T.writes(pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)])
                    pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)] = T.if_then_else(T.int64(1) <= v_i2 and v_i2 < T.int64(57) and T.int64(1) <= v_i3 and v_i3 < T.int64(57), conv2d_11_out[v_i0, v_i1, v_i2 - T.int64(1), v_i3 - T.int64(1)], T.int8(0))
        for nn_ff_0_yy_fused in T.parallel(T.int64(112)):
            for xx_0 in range(T.int64(4)):
                for xx_1_init, ff_1_init in T.grid(T.int64(7), T.int64(2)):
                    for ff_2_init in T.vectorized(T.int64(16)):
                        with T.sblock("conv2d_nchw_init"):
                            v_nn = T.axis.spatial(T.int64(1), T.int64(0))
                            v_ff = T.axis.spatial(T.int64(128), nn_ff_0_yy_fused // T.int64(28) * T.int64(32) + ff_1_init * T.int64(16) + ff_2_init)
                            v_yy = T.axis.spatial(T.int64(28), nn_ff_0_yy_fused % T.int64(28))
                            v_xx = T.axis.spatial(T.int64(28), xx_0 * T.int64(7) + xx_1_init)
                            T.reads()
                            T.writes(conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff])
                            conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff] = 0
                for rc_0, ry, rx in T.grid(T.int64(32), T.int64(3), T.int64(3)):
                    for xx_1 in T.unroll(T.int64(7)):
                        for ff_1 in T.unroll(T.int64(2)):
                            with T.sblock("conv2d_nchw_update_o"):
                                v_nn_o = T.axis.spatial(T.int64(1), T.int64(0))
                                v_ff_o = T.axis.spatial(T.int64(8), nn_ff_0_yy_fused // T.int64(28) * T.int64(2) + ff_1)
                                v_yy_o = T.axis.spatial(T.int64(28), nn_ff_0_yy_fused % T.int64(28))
                                v_xx_o = T.axis.spatial(T.int64(28), xx_0 * T.int64(7) + xx_1)
                                v_rc_o, v_ry_o, v_rx_o = T.axis.remap("RRR", [rc_0, ry, rx])
                                T.reads(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], pad_temp[v_nn_o, v_rc_o, v_yy_o * T.int64(2) + v_ry_o, v_xx_o * T.int64(2) + v_rx_o, T.int64(0):T.int64(4)], param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)])
                                T.writes(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)])
                                A = T.match_buffer(pad_temp[v_nn_o, v_rc_o, v_yy_o * T.int64(2) + v_ry_o, v_xx_o * T.int64(2) + v_rx_o, T.int64(0):T.int64(4)], (T.int64(4),), "int8", offset_factor=1)
                                B = T.match_buffer(param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)], (T.int64(16), T.int64(4)), "int8", offset_factor=1)
                                C = T.match_buffer(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], (T.int64(16),), "int32", offset_factor=1)
                                b = T.alloc_local((T.int64(1),), "int8x64")
                                b[T.int64(0)] = B[T.int64(0), T.Ramp(T.int64(0), T.int64(1), 64)]
                                a_u8 = T.alloc_local((T.int64(1),), "uint8x64")
                                a_u8[T.int64(0)] = T.reinterpret("uint8x64", T.Broadcast(T.reinterpret("int32", A[T.Ramp(T.int64(0), T.int64(1), 4)]) ^ -2139062144, 16))
                                corr = T.alloc_local((T.int64(1),), "int32x16")
                                corr[T.int64(0)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", T.Broadcast(0, 16), T.reinterpret("uint8x64", T.Broadcast(-2139062144, 16)), b[T.int64(0)])
                                C[T.int64(0):T.int64(16)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", C[T.Ramp(T.int64(0), T.int64(1), 16)] - corr[T.int64(0)], a_u8[T.int64(0)], b[T.int64(0)])
                for ax0, ax1, ax2 in T.grid(T.int64(1), T.int64(32), T.int64(1)):
                    for ax3 in T.vectorized(T.int64(7)):
                        with T.sblock("compute2"):
                            v_i0 = T.axis.spatial(T.int64(1), ax0)
                            v_i1 = T.axis.spatial(T.int64(128), nn_ff_0_yy_fused // T.int64(28) * T.int64(32) + ax1)
                            v_i2 = T.axis.spatial(T.int64(28), nn_ff_0_yy_fused % T.int64(28) + ax2)
                            v_i3 = T.axis.spatial(T.int64(28), xx_0 * T.int64(7) + ax3)
                            T.reads(conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1], param_1[v_i1, T.int64(0), T.int64(0)], param_2[v_i1, T.int64(0), T.int64(0)], param_3[v_i1, T.int64(0), T.int64(0)], param_4[v_i1, T.int64(0), T.int64(0)])
                            T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                            compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", T.max(T.min(T.Cast("int64", conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1] + param_1[v_i1, T.int64(0), T.int64(0)]) * param_2[v_i1, T.int64(0), T.int64(0)] + param_3[v_i1, T.int64(0), T.int64(0)] >> param_4[v_i1, T.int64(0), T.int64(0)], T.int64(127)), T.int64(0)))

    @T.prim_func(s_tir=True)
    def fused_conv2d7_add11_cast12_multiply5_add12_add13_right_shift5_tir_clip6_cast13_prepacked(conv2d_12_out: T.Buffer((T.int64(1), T.int64(128), T.int64(28), T.int64(28)), "int8"), param_0_global: T.Buffer((T.int64(32), T.int64(32), T.int64(1), T.int64(1), T.int64(16), T.int64(4)), "int8"), param_1: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), lv76: T.Buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int64"), param_3: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int8")):
        T.func_attr({"tirx.is_scheduled": True, "tirx.noalias": True, "tvmq.schedule_rule": "Conv2dInt8"})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(32), T.int64(28), T.int64(28), T.int64(4)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(28), T.int64(28), T.int64(512)), "int32")
        for i0_i1_i2_fused in T.parallel(T.int64(3584)):
            for i3 in T.vectorized(T.int64(28)):
                with T.sblock("pad_temp"):
                    v_i0 = T.axis.spatial(T.int64(1), T.int64(0))
                    v_i1 = T.axis.spatial(T.int64(128), i0_i1_i2_fused // T.int64(28))
                    v_i2 = T.axis.spatial(T.int64(28), i0_i1_i2_fused % T.int64(28))
                    v_i3 = T.axis.spatial(T.int64(28), i3)
                    T.reads(conv2d_12_out[v_i0, v_i1, v_i2, v_i3])
                    T.writes(pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)])
                    pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)] = conv2d_12_out[v_i0, v_i1, v_i2, v_i3]
        for nn_ff_0_yy_fused in T.parallel(T.int64(448)):
            for xx_0 in range(T.int64(4)):
                for xx_1_init, ff_1_init in T.grid(T.int64(7), T.int64(2)):
                    for ff_2_init in T.vectorized(T.int64(16)):
                        with T.sblock("conv2d_nchw_init"):
                            v_nn = T.axis.spatial(T.int64(1), T.int64(0))
                            v_ff = T.axis.spatial(T.int64(512), nn_ff_0_yy_fused // T.int64(28) * T.int64(32) + ff_1_init * T.int64(16) + ff_2_init)
                            v_yy = T.axis.spatial(T.int64(28), nn_ff_0_yy_fused % T.int64(28))
                            v_xx = T.axis.spatial(T.int64(28), xx_0 * T.int64(7) + xx_1_init)
                            T.reads()
                            T.writes(conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff])
                            conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff] = 0
                for rc_0, ry, rx in T.grid(T.int64(32), T.int64(1), T.int64(1)):
                    for xx_1 in T.unroll(T.int64(7)):
                        for ff_1 in T.unroll(T.int64(2)):
                            with T.sblock("conv2d_nchw_update_o"):
                                v_nn_o = T.axis.spatial(T.int64(1), T.int64(0))
                                v_ff_o = T.axis.spatial(T.int64(32), nn_ff_0_yy_fused // T.int64(28) * T.int64(2) + ff_1)
                                v_yy_o = T.axis.spatial(T.int64(28), nn_ff_0_yy_fused % T.int64(28))
                                v_xx_o = T.axis.spatial(T.int64(28), xx_0 * T.int64(7) + xx_1)
                                v_rc_o, v_ry_o, v_rx_o = T.axis.remap("RRR", [rc_0, ry, rx])
                                T.reads(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], pad_temp[v_nn_o, v_rc_o, v_yy_o, v_xx_o, T.int64(0):T.int64(4)], param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)])
                                T.writes(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)])
                                A = T.match_buffer(pad_temp[v_nn_o, v_rc_o, v_yy_o, v_xx_o, T.int64(0):T.int64(4)], (T.int64(4),), "int8", offset_factor=1)
                                B = T.match_buffer(param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)], (T.int64(16), T.int64(4)), "int8", offset_factor=1)
                                C = T.match_buffer(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], (T.int64(16),), "int32", offset_factor=1)
                                b = T.alloc_local((T.int64(1),), "int8x64")
                                b[T.int64(0)] = B[T.int64(0), T.Ramp(T.int64(0), T.int64(1), 64)]
                                a_u8 = T.alloc_local((T.int64(1),), "uint8x64")
                                a_u8[T.int64(0)] = T.reinterpret("uint8x64", T.Broadcast(T.reinterpret("int32", A[T.Ramp(T.int64(0), T.int64(1), 4)]) ^ -2139062144, 16))
                                corr = T.alloc_local((T.int64(1),), "int32x16")
                                corr[T.int64(0)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", T.Broadcast(0, 16), T.reinterpret("uint8x64", T.Broadcast(-2139062144, 16)), b[T.int64(0)])
                                C[T.int64(0):T.int64(16)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", C[T.Ramp(T.int64(0), T.int64(1), 16)] - corr[T.int64(0)], a_u8[T.int64(0)], b[T.int64(0)])
                for ax0, ax1, ax2 in T.grid(T.int64(1), T.int64(32), T.int64(1)):
                    for ax3 in T.vectorized(T.int64(7)):
                        with T.sblock("compute2"):
                            v_i0 = T.axis.spatial(T.int64(1), ax0)
                            v_i1 = T.axis.spatial(T.int64(512), nn_ff_0_yy_fused // T.int64(28) * T.int64(32) + ax1)
                            v_i2 = T.axis.spatial(T.int64(28), nn_ff_0_yy_fused % T.int64(28) + ax2)
                            v_i3 = T.axis.spatial(T.int64(28), xx_0 * T.int64(7) + ax3)
                            T.reads(conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1], param_1[v_i1, T.int64(0), T.int64(0)], param_2[v_i1, T.int64(0), T.int64(0)], lv76[v_i0, v_i1, v_i2, v_i3], param_3[v_i1, T.int64(0), T.int64(0)], param_4[v_i1, T.int64(0), T.int64(0)])
                            T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                            compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", T.max(T.min(T.Cast("int64", conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1] + param_1[v_i1, T.int64(0), T.int64(0)]) * param_2[v_i1, T.int64(0), T.int64(0)] + lv76[v_i0, v_i1, v_i2, v_i3] + param_3[v_i1, T.int64(0), T.int64(0)] >> param_4[v_i1, T.int64(0), T.int64(0)], T.int64(127)), T.int64(0)))

    @T.prim_func(s_tir=True)
    def fused_conv2d7_add11_cast12_multiply5_cast14_multiply5_add12_add13_right_shift5_tir_clip6_cast13_prepacked(conv2d_16_out: T.Buffer((T.int64(1), T.int64(128), T.int64(28), T.int64(28)), "int8"), param_0_global: T.Buffer((T.int64(32), T.int64(32), T.int64(1), T.int64(1), T.int64(16), T.int64(4)), "int8"), param_1: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), lv621: T.Buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int8"), param_3: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), param_5: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2_3: T.Buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int8")):
        T.func_attr({"tirx.is_scheduled": True, "tirx.noalias": True, "tvmq.schedule_rule": "Conv2dInt8"})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(32), T.int64(28), T.int64(28), T.int64(4)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(28), T.int64(28), T.int64(512)), "int32")
        for i0_i1_i2_fused in T.parallel(T.int64(3584)):
            for i3 in T.vectorized(T.int64(28)):
                with T.sblock("pad_temp"):
                    v_i0 = T.axis.spatial(T.int64(1), T.int64(0))
                    v_i1 = T.axis.spatial(T.int64(128), i0_i1_i2_fused // T.int64(28))
                    v_i2 = T.axis.spatial(T.int64(28), i0_i1_i2_fused % T.int64(28))
                    v_i3 = T.axis.spatial(T.int64(28), i3)
                    T.reads(conv2d_16_out[v_i0, v_i1, v_i2, v_i3])
                    T.writes(pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)])
                    pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)] = conv2d_16_out[v_i0, v_i1, v_i2, v_i3]
        for nn_ff_0_yy_fused in T.parallel(T.int64(448)):
            for xx_0 in range(T.int64(4)):
                for xx_1_init, ff_1_init in T.grid(T.int64(7), T.int64(2)):
                    for ff_2_init in T.vectorized(T.int64(16)):
                        with T.sblock("conv2d_nchw_init"):
                            v_nn = T.axis.spatial(T.int64(1), T.int64(0))
                            v_ff = T.axis.spatial(T.int64(512), nn_ff_0_yy_fused // T.int64(28) * T.int64(32) + ff_1_init * T.int64(16) + ff_2_init)
                            v_yy = T.axis.spatial(T.int64(28), nn_ff_0_yy_fused % T.int64(28))
                            v_xx = T.axis.spatial(T.int64(28), xx_0 * T.int64(7) + xx_1_init)
                            T.reads()
                            T.writes(conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff])
                            conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff] = 0
                for rc_0, ry, rx in T.grid(T.int64(32), T.int64(1), T.int64(1)):
                    for xx_1 in T.unroll(T.int64(7)):
                        for ff_1 in T.unroll(T.int64(2)):
                            with T.sblock("conv2d_nchw_update_o"):
                                v_nn_o = T.axis.spatial(T.int64(1), T.int64(0))
                                v_ff_o = T.axis.spatial(T.int64(32), nn_ff_0_yy_fused // T.int64(28) * T.int64(2) + ff_1)
                                v_yy_o = T.axis.spatial(T.int64(28), nn_ff_0_yy_fused % T.int64(28))
                                v_xx_o = T.axis.spatial(T.int64(28), xx_0 * T.int64(7) + xx_1)
                                v_rc_o, v_ry_o, v_rx_o = T.axis.remap("RRR", [rc_0, ry, rx])
                                T.reads(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], pad_temp[v_nn_o, v_rc_o, v_yy_o, v_xx_o, T.int64(0):T.int64(4)], param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)])
                                T.writes(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)])
                                A = T.match_buffer(pad_temp[v_nn_o, v_rc_o, v_yy_o, v_xx_o, T.int64(0):T.int64(4)], (T.int64(4),), "int8", offset_factor=1)
                                B = T.match_buffer(param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)], (T.int64(16), T.int64(4)), "int8", offset_factor=1)
                                C = T.match_buffer(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], (T.int64(16),), "int32", offset_factor=1)
                                b = T.alloc_local((T.int64(1),), "int8x64")
                                b[T.int64(0)] = B[T.int64(0), T.Ramp(T.int64(0), T.int64(1), 64)]
                                a_u8 = T.alloc_local((T.int64(1),), "uint8x64")
                                a_u8[T.int64(0)] = T.reinterpret("uint8x64", T.Broadcast(T.reinterpret("int32", A[T.Ramp(T.int64(0), T.int64(1), 4)]) ^ -2139062144, 16))
                                corr = T.alloc_local((T.int64(1),), "int32x16")
                                corr[T.int64(0)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", T.Broadcast(0, 16), T.reinterpret("uint8x64", T.Broadcast(-2139062144, 16)), b[T.int64(0)])
                                C[T.int64(0):T.int64(16)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", C[T.Ramp(T.int64(0), T.int64(1), 16)] - corr[T.int64(0)], a_u8[T.int64(0)], b[T.int64(0)])
                for ax0, ax1, ax2 in T.grid(T.int64(1), T.int64(32), T.int64(1)):
                    for ax3 in T.vectorized(T.int64(7)):
                        with T.sblock("compute3"):
                            v_i0 = T.axis.spatial(T.int64(1), ax0)
                            v_i1 = T.axis.spatial(T.int64(512), nn_ff_0_yy_fused // T.int64(28) * T.int64(32) + ax1)
                            v_i2 = T.axis.spatial(T.int64(28), nn_ff_0_yy_fused % T.int64(28) + ax2)
                            v_i3 = T.axis.spatial(T.int64(28), xx_0 * T.int64(7) + ax3)
                            T.reads(conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1], param_1[v_i1, T.int64(0), T.int64(0)], param_2[v_i1, T.int64(0), T.int64(0)], lv621[v_i0, v_i1, v_i2, v_i3], param_3[v_i1, T.int64(0), T.int64(0)], param_4[v_i1, T.int64(0), T.int64(0)], param_5[v_i1, T.int64(0), T.int64(0)])
                            T.writes(compute_intermediate_1_2_3[v_i0, v_i1, v_i2, v_i3])
                            compute_intermediate_1_2_3[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", T.max(T.min(T.Cast("int64", conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1] + param_1[v_i1, T.int64(0), T.int64(0)]) * param_2[v_i1, T.int64(0), T.int64(0)] + T.Cast("int64", lv621[v_i0, v_i1, v_i2, v_i3]) * param_3[v_i1, T.int64(0), T.int64(0)] + param_4[v_i1, T.int64(0), T.int64(0)] >> param_5[v_i1, T.int64(0), T.int64(0)], T.int64(127)), T.int64(0)))

    @T.prim_func(s_tir=True)
    def fused_conv2d8_add11_cast12_multiply5_prepacked(lv461: T.Buffer((T.int64(1), T.int64(256), T.int64(56), T.int64(56)), "int8"), param_0_global: T.Buffer((T.int64(32), T.int64(64), T.int64(1), T.int64(1), T.int64(16), T.int64(4)), "int8"), param_1: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(512), T.int64(1), T.int64(1)), "int64"), T_multiply_intermediate: T.Buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int64")):
        T.func_attr({"tirx.is_scheduled": True, "tirx.noalias": True, "tvmq.schedule_rule": "Conv2dInt8"})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56), T.int64(4)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(28), T.int64(28), T.int64(512)), "int32")
        for i0_i1_i2_fused in T.parallel(T.int64(14336)):
            for i3 in T.vectorized(T.int64(56)):
                with T.sblock("pad_temp"):
                    v_i0 = T.axis.spatial(T.int64(1), T.int64(0))
                    v_i1 = T.axis.spatial(T.int64(256), i0_i1_i2_fused // T.int64(56))
                    v_i2 = T.axis.spatial(T.int64(56), i0_i1_i2_fused % T.int64(56))
                    v_i3 = T.axis.spatial(T.int64(56), i3)
                    T.reads(lv461[v_i0, v_i1, v_i2, v_i3])
                    T.writes(pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)])
                    pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)] = lv461[v_i0, v_i1, v_i2, v_i3]
        for nn_ff_0_yy_fused in T.parallel(T.int64(448)):
            for xx_0 in range(T.int64(4)):
                for xx_1_init, ff_1_init in T.grid(T.int64(7), T.int64(2)):
                    for ff_2_init in T.vectorized(T.int64(16)):
                        with T.sblock("conv2d_nchw_init"):
                            v_nn = T.axis.spatial(T.int64(1), T.int64(0))
                            v_ff = T.axis.spatial(T.int64(512), nn_ff_0_yy_fused // T.int64(28) * T.int64(32) + ff_1_init * T.int64(16) + ff_2_init)
                            v_yy = T.axis.spatial(T.int64(28), nn_ff_0_yy_fused % T.int64(28))
                            v_xx = T.axis.spatial(T.int64(28), xx_0 * T.int64(7) + xx_1_init)
                            T.reads()
                            T.writes(conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff])
                            conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff] = 0
                for rc_0, ry, rx in T.grid(T.int64(64), T.int64(1), T.int64(1)):
                    for xx_1 in T.unroll(T.int64(7)):
                        for ff_1 in T.unroll(T.int64(2)):
                            with T.sblock("conv2d_nchw_update_o"):
                                v_nn_o = T.axis.spatial(T.int64(1), T.int64(0))
                                v_ff_o = T.axis.spatial(T.int64(32), nn_ff_0_yy_fused // T.int64(28) * T.int64(2) + ff_1)
                                v_yy_o = T.axis.spatial(T.int64(28), nn_ff_0_yy_fused % T.int64(28))
                                v_xx_o = T.axis.spatial(T.int64(28), xx_0 * T.int64(7) + xx_1)
                                v_rc_o, v_ry_o, v_rx_o = T.axis.remap("RRR", [rc_0, ry, rx])
                                T.reads(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], pad_temp[v_nn_o, v_rc_o, v_yy_o * T.int64(2), v_xx_o * T.int64(2), T.int64(0):T.int64(4)], param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)])
                                T.writes(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)])
                                A = T.match_buffer(pad_temp[v_nn_o, v_rc_o, v_yy_o * T.int64(2), v_xx_o * T.int64(2), T.int64(0):T.int64(4)], (T.int64(4),), "int8", offset_factor=1)
                                B = T.match_buffer(param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)], (T.int64(16), T.int64(4)), "int8", offset_factor=1)
                                C = T.match_buffer(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], (T.int64(16),), "int32", offset_factor=1)
                                b = T.alloc_local((T.int64(1),), "int8x64")
                                b[T.int64(0)] = B[T.int64(0), T.Ramp(T.int64(0), T.int64(1), 64)]
                                a_u8 = T.alloc_local((T.int64(1),), "uint8x64")
                                a_u8[T.int64(0)] = T.reinterpret("uint8x64", T.Broadcast(T.reinterpret("int32", A[T.Ramp(T.int64(0), T.int64(1), 4)]) ^ -2139062144, 16))
                                corr = T.alloc_local((T.int64(1),), "int32x16")
                                corr[T.int64(0)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", T.Broadcast(0, 16), T.reinterpret("uint8x64", T.Broadcast(-2139062144, 16)), b[T.int64(0)])
                                C[T.int64(0):T.int64(16)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", C[T.Ramp(T.int64(0), T.int64(1), 16)] - corr[T.int64(0)], a_u8[T.int64(0)], b[T.int64(0)])
                for ax0, ax1, ax2 in T.grid(T.int64(1), T.int64(32), T.int64(1)):
                    for ax3 in T.vectorized(T.int64(7)):
                        with T.sblock("T_multiply"):
                            v_ax0 = T.axis.spatial(T.int64(1), ax0)
                            v_ax1 = T.axis.spatial(T.int64(512), nn_ff_0_yy_fused // T.int64(28) * T.int64(32) + ax1)
                            v_ax2 = T.axis.spatial(T.int64(28), nn_ff_0_yy_fused % T.int64(28) + ax2)
                            v_ax3 = T.axis.spatial(T.int64(28), xx_0 * T.int64(7) + ax3)
                            T.reads(conv2d_nchw_intermediate[v_ax0, v_ax2, v_ax3, v_ax1], param_1[v_ax1, T.int64(0), T.int64(0)], param_2[v_ax1, T.int64(0), T.int64(0)])
                            T.writes(T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3])
                            T_multiply_intermediate[v_ax0, v_ax1, v_ax2, v_ax3] = T.Cast("int64", conv2d_nchw_intermediate[v_ax0, v_ax2, v_ax3, v_ax1] + param_1[v_ax1, T.int64(0), T.int64(0)]) * param_2[v_ax1, T.int64(0), T.int64(0)]

    @T.prim_func(s_tir=True)
    def fused_conv2d9_add9_cast10_multiply4_add10_right_shift4_tir_clip5_cast11_prepacked(lv621: T.Buffer((T.int64(1), T.int64(512), T.int64(28), T.int64(28)), "int8"), param_0_global: T.Buffer((T.int64(8), T.int64(128), T.int64(1), T.int64(1), T.int64(16), T.int64(4)), "int8"), param_1: T.Buffer((T.int64(128), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(128), T.int64(1), T.int64(1)), "int64"), param_3: T.Buffer((T.int64(128), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(128), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(128), T.int64(28), T.int64(28)), "int8")):
        T.func_attr({"tirx.is_scheduled": True, "tirx.noalias": True, "tvmq.schedule_rule": "Conv2dInt8"})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(128), T.int64(28), T.int64(28), T.int64(4)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(28), T.int64(28), T.int64(128)), "int32")
        for i0_i1_i2_fused in T.parallel(T.int64(14336)):
            for i3 in T.vectorized(T.int64(28)):
                with T.sblock("pad_temp"):
                    v_i0 = T.axis.spatial(T.int64(1), T.int64(0))
                    v_i1 = T.axis.spatial(T.int64(512), i0_i1_i2_fused // T.int64(28))
                    v_i2 = T.axis.spatial(T.int64(28), i0_i1_i2_fused % T.int64(28))
                    v_i3 = T.axis.spatial(T.int64(28), i3)
                    T.reads(lv621[v_i0, v_i1, v_i2, v_i3])
                    T.writes(pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)])
                    pad_temp[v_i0, v_i1 // T.int64(4), v_i2, v_i3, v_i1 % T.int64(4)] = lv621[v_i0, v_i1, v_i2, v_i3]
        for nn_ff_0_yy_fused in T.parallel(T.int64(112)):
            for xx_0 in range(T.int64(4)):
                for xx_1_init, ff_1_init in T.grid(T.int64(7), T.int64(2)):
                    for ff_2_init in T.vectorized(T.int64(16)):
                        with T.sblock("conv2d_nchw_init"):
                            v_nn = T.axis.spatial(T.int64(1), T.int64(0))
                            v_ff = T.axis.spatial(T.int64(128), nn_ff_0_yy_fused // T.int64(28) * T.int64(32) + ff_1_init * T.int64(16) + ff_2_init)
                            v_yy = T.axis.spatial(T.int64(28), nn_ff_0_yy_fused % T.int64(28))
                            v_xx = T.axis.spatial(T.int64(28), xx_0 * T.int64(7) + xx_1_init)
                            T.reads()
                            T.writes(conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff])
                            conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff] = 0
                for rc_0, ry, rx in T.grid(T.int64(128), T.int64(1), T.int64(1)):
                    for xx_1 in T.unroll(T.int64(7)):
                        for ff_1 in T.unroll(T.int64(2)):
                            with T.sblock("conv2d_nchw_update_o"):
                                v_nn_o = T.axis.spatial(T.int64(1), T.int64(0))
                                v_ff_o = T.axis.spatial(T.int64(8), nn_ff_0_yy_fused // T.int64(28) * T.int64(2) + ff_1)
                                v_yy_o = T.axis.spatial(T.int64(28), nn_ff_0_yy_fused % T.int64(28))
                                v_xx_o = T.axis.spatial(T.int64(28), xx_0 * T.int64(7) + xx_1)
                                v_rc_o, v_ry_o, v_rx_o = T.axis.remap("RRR", [rc_0, ry, rx])
                                T.reads(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], pad_temp[v_nn_o, v_rc_o, v_yy_o, v_xx_o, T.int64(0):T.int64(4)], param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)])
                                T.writes(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)])
                                A = T.match_buffer(pad_temp[v_nn_o, v_rc_o, v_yy_o, v_xx_o, T.int64(0):T.int64(4)], (T.int64(4),), "int8", offset_factor=1)
                                B = T.match_buffer(param_0_global[v_ff_o, v_rc_o, v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)], (T.int64(16), T.int64(4)), "int8", offset_factor=1)
                                C = T.match_buffer(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], (T.int64(16),), "int32", offset_factor=1)
                                b = T.alloc_local((T.int64(1),), "int8x64")
                                b[T.int64(0)] = B[T.int64(0), T.Ramp(T.int64(0), T.int64(1), 64)]
                                a_u8 = T.alloc_local((T.int64(1),), "uint8x64")
                                a_u8[T.int64(0)] = T.reinterpret("uint8x64", T.Broadcast(T.reinterpret("int32", A[T.Ramp(T.int64(0), T.int64(1), 4)]) ^ -2139062144, 16))
                                corr = T.alloc_local((T.int64(1),), "int32x16")
                                corr[T.int64(0)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", T.Broadcast(0, 16), T.reinterpret("uint8x64", T.Broadcast(-2139062144, 16)), b[T.int64(0)])
                                C[T.int64(0):T.int64(16)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", C[T.Ramp(T.int64(0), T.int64(1), 16)] - corr[T.int64(0)], a_u8[T.int64(0)], b[T.int64(0)])
                for ax0, ax1, ax2 in T.grid(T.int64(1), T.int64(32), T.int64(1)):
                    for ax3 in T.vectorized(T.int64(7)):
                        with T.sblock("compute2"):
                            v_i0 = T.axis.spatial(T.int64(1), ax0)
                            v_i1 = T.axis.spatial(T.int64(128), nn_ff_0_yy_fused // T.int64(28) * T.int64(32) + ax1)
                            v_i2 = T.axis.spatial(T.int64(28), nn_ff_0_yy_fused % T.int64(28) + ax2)
                            v_i3 = T.axis.spatial(T.int64(28), xx_0 * T.int64(7) + ax3)
                            T.reads(conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1], param_1[v_i1, T.int64(0), T.int64(0)], param_2[v_i1, T.int64(0), T.int64(0)], param_3[v_i1, T.int64(0), T.int64(0)], param_4[v_i1, T.int64(0), T.int64(0)])
                            T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                            compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", T.max(T.min(T.Cast("int64", conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1] + param_1[v_i1, T.int64(0), T.int64(0)]) * param_2[v_i1, T.int64(0), T.int64(0)] + param_3[v_i1, T.int64(0), T.int64(0)] >> param_4[v_i1, T.int64(0), T.int64(0)], T.int64(127)), T.int64(0)))

    @T.prim_func(s_tir=True)
    def fused_conv2d_add_cast1_multiply_add1_right_shift_tir_clip1_cast2_prepacked(chan_pad: T.Buffer((T.int64(1), T.int64(4), T.int64(224), T.int64(224)), "int8"), param_0_global: T.Buffer((T.int64(4), T.int64(1), T.int64(7), T.int64(7), T.int64(16), T.int64(4)), "int8"), param_1: T.Buffer((T.int64(64), T.int64(1), T.int64(1)), "int32"), param_2: T.Buffer((T.int64(64), T.int64(1), T.int64(1)), "int64"), param_3: T.Buffer((T.int64(64), T.int64(1), T.int64(1)), "int64"), param_4: T.Buffer((T.int64(64), T.int64(1), T.int64(1)), "int64"), compute_intermediate_1_2: T.Buffer((T.int64(1), T.int64(64), T.int64(112), T.int64(112)), "int8")):
        T.func_attr({"tirx.is_scheduled": True, "tirx.noalias": True, "tvmq.schedule_rule": "Conv2dInt8"})
        # with T.sblock("root"):
        pad_temp = T.sblock_alloc_buffer((T.int64(1), T.int64(1), T.int64(230), T.int64(230), T.int64(4)), "int8")
        conv2d_nchw_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(112), T.int64(112), T.int64(64)), "int32")
        for i0_i1_i2_i3_0_fused in T.parallel(T.int64(13800)):
            for i3_1 in T.vectorized(T.int64(16)):
                with T.sblock("pad_temp"):
                    v_i0 = T.axis.spatial(T.int64(1), T.int64(0))
                    v_i1 = T.axis.spatial(T.int64(4), i0_i1_i2_i3_0_fused // T.int64(3450))
                    v_i2 = T.axis.spatial(T.int64(230), i0_i1_i2_i3_0_fused % T.int64(3450) // T.int64(15))
                    v_i3 = T.axis.spatial(T.int64(230), i0_i1_i2_i3_0_fused % T.int64(15) * T.int64(16) + i3_1)
                    T.where(i0_i1_i2_i3_0_fused % T.int64(15) * T.int64(16) + i3_1 < T.int64(230))
                    T.reads(chan_pad[v_i0, v_i1, v_i2 - T.int64(3), v_i3 - T.int64(3)])
                    T.writes(pad_temp[v_i0, T.int64(0), v_i2, v_i3, v_i1])
                    pad_temp[v_i0, T.int64(0), v_i2, v_i3, v_i1] = T.if_then_else(T.int64(3) <= v_i2 and v_i2 < T.int64(227) and T.int64(3) <= v_i3 and v_i3 < T.int64(227), chan_pad[v_i0, v_i1, v_i2 - T.int64(3), v_i3 - T.int64(3)], T.int8(0))
        for nn_ff_0_yy_fused in T.parallel(T.int64(224)):
            for xx_0 in range(T.int64(14)):
                for xx_1_init, ff_1_init in T.grid(T.int64(8), T.int64(2)):
                    for ff_2_init in T.vectorized(T.int64(16)):
                        with T.sblock("conv2d_nchw_init"):
                            v_nn = T.axis.spatial(T.int64(1), T.int64(0))
                            v_ff = T.axis.spatial(T.int64(64), nn_ff_0_yy_fused // T.int64(112) * T.int64(32) + ff_1_init * T.int64(16) + ff_2_init)
                            v_yy = T.axis.spatial(T.int64(112), nn_ff_0_yy_fused % T.int64(112))
                            v_xx = T.axis.spatial(T.int64(112), xx_0 * T.int64(8) + xx_1_init)
                            T.reads()
                            T.writes(conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff])
                            conv2d_nchw_intermediate[v_nn, v_yy, v_xx, v_ff] = 0
                for rc_0, ry, rx in T.grid(T.int64(1), T.int64(7), T.int64(7)):
                    for xx_1 in T.unroll(T.int64(8)):
                        for ff_1 in T.unroll(T.int64(2)):
                            with T.sblock("conv2d_nchw_update_o"):
                                v_nn_o = T.axis.spatial(T.int64(1), T.int64(0))
                                v_ff_o = T.axis.spatial(T.int64(4), nn_ff_0_yy_fused // T.int64(112) * T.int64(2) + ff_1)
                                v_yy_o = T.axis.spatial(T.int64(112), nn_ff_0_yy_fused % T.int64(112))
                                v_xx_o = T.axis.spatial(T.int64(112), xx_0 * T.int64(8) + xx_1)
                                v_rc_o, v_ry_o, v_rx_o = T.axis.remap("RRR", [rc_0, ry, rx])
                                T.reads(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], pad_temp[v_nn_o, T.int64(0), v_yy_o * T.int64(2) + v_ry_o, v_xx_o * T.int64(2) + v_rx_o, T.int64(0):T.int64(4)], param_0_global[v_ff_o, T.int64(0), v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)])
                                T.writes(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)])
                                A = T.match_buffer(pad_temp[v_nn_o, T.int64(0), v_yy_o * T.int64(2) + v_ry_o, v_xx_o * T.int64(2) + v_rx_o, T.int64(0):T.int64(4)], (T.int64(4),), "int8", offset_factor=1)
                                B = T.match_buffer(param_0_global[v_ff_o, T.int64(0), v_ry_o, v_rx_o, T.int64(0):T.int64(16), T.int64(0):T.int64(4)], (T.int64(16), T.int64(4)), "int8", offset_factor=1)
                                C = T.match_buffer(conv2d_nchw_intermediate[v_nn_o, v_yy_o, v_xx_o, v_ff_o * T.int64(16):v_ff_o * T.int64(16) + T.int64(16)], (T.int64(16),), "int32", offset_factor=1)
                                b = T.alloc_local((T.int64(1),), "int8x64")
                                b[T.int64(0)] = B[T.int64(0), T.Ramp(T.int64(0), T.int64(1), 64)]
                                a_u8 = T.alloc_local((T.int64(1),), "uint8x64")
                                a_u8[T.int64(0)] = T.reinterpret("uint8x64", T.Broadcast(T.reinterpret("int32", A[T.Ramp(T.int64(0), T.int64(1), 4)]) ^ -2139062144, 16))
                                corr = T.alloc_local((T.int64(1),), "int32x16")
                                corr[T.int64(0)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", T.Broadcast(0, 16), T.reinterpret("uint8x64", T.Broadcast(-2139062144, 16)), b[T.int64(0)])
                                C[T.int64(0):T.int64(16)] = T.call_llvm_pure_intrin("int32x16", "llvm.x86.avx512.vpdpbusd.512", C[T.Ramp(T.int64(0), T.int64(1), 16)] - corr[T.int64(0)], a_u8[T.int64(0)], b[T.int64(0)])
                for ax0, ax1, ax2 in T.grid(T.int64(1), T.int64(32), T.int64(1)):
                    for ax3 in T.vectorized(T.int64(8)):
                        with T.sblock("compute2"):
                            v_i0 = T.axis.spatial(T.int64(1), ax0)
                            v_i1 = T.axis.spatial(T.int64(64), nn_ff_0_yy_fused // T.int64(112) * T.int64(32) + ax1)
                            v_i2 = T.axis.spatial(T.int64(112), nn_ff_0_yy_fused % T.int64(112) + ax2)
                            v_i3 = T.axis.spatial(T.int64(112), xx_0 * T.int64(8) + ax3)
                            T.reads(conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1], param_1[v_i1, T.int64(0), T.int64(0)], param_2[v_i1, T.int64(0), T.int64(0)], param_3[v_i1, T.int64(0), T.int64(0)], param_4[v_i1, T.int64(0), T.int64(0)])
                            T.writes(compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3])
                            compute_intermediate_1_2[v_i0, v_i1, v_i2, v_i3] = T.Cast("int8", T.max(T.min(T.Cast("int64", conv2d_nchw_intermediate[v_i0, v_i2, v_i3, v_i1] + param_1[v_i1, T.int64(0), T.int64(0)]) * param_2[v_i1, T.int64(0), T.int64(0)] + param_3[v_i1, T.int64(0), T.int64(0)] >> param_4[v_i1, T.int64(0), T.int64(0)], T.int64(127)), T.int64(0)))

    @T.prim_func(s_tir=True)
    def fused_divide_tir_round_tir_clip_cast_pad(input: T.Buffer((T.int64(1), T.int64(3), T.int64(224), T.int64(224)), "float32"), PadInput_intermediate: T.Buffer((T.int64(1), T.int64(4), T.int64(224), T.int64(224)), "int8")):
        T.func_attr({"tirx.is_scheduled": True, "tirx.noalias": True, "tvmq.schedule_rule": "Fallback"})
        # with T.sblock("root"):
        for i0_i1_i2_fused in T.parallel(T.int64(896)):
            for i3 in T.vectorized(T.int64(224)):
                with T.sblock("PadInput"):
                    v_i0 = T.axis.spatial(T.int64(1), T.int64(0))
                    v_i1 = T.axis.spatial(T.int64(4), i0_i1_i2_fused // T.int64(224))
                    v_i2 = T.axis.spatial(T.int64(224), i0_i1_i2_fused % T.int64(224))
                    v_i3 = T.axis.spatial(T.int64(224), i3)
                    T.reads(input[v_i0, v_i1, v_i2, v_i3])
                    T.writes(PadInput_intermediate[v_i0, v_i1, v_i2, v_i3])
                    PadInput_intermediate[v_i0, v_i1, v_i2, v_i3] = T.if_then_else(T.int64(0) <= v_i1 and v_i1 < T.int64(3), T.Cast("int8", T.max(T.min(T.nearbyint(input[v_i0, v_i1, v_i2, v_i3] / T.float32(0.037259511649608612)), T.float32(127.0)), T.float32(-127.0))), T.int8(0))

    @T.prim_func(s_tir=True)
    def fused_matmul_add29_cast32_multiply13_prepacked(lv2261: T.Buffer((T.int64(1), T.int64(2048)), "int8"), param_0_global: T.Buffer((T.int64(125), T.int64(1024), T.int64(8), T.int64(2)), "int8"), param_1: T.Buffer((T.int64(1000),), "int32"), param_2: T.Buffer((T.int64(1000),), "float32"), T_multiply_intermediate: T.Buffer((T.int64(1), T.int64(1000)), "float32")):
        T.func_attr({"tirx.is_scheduled": True, "tirx.noalias": True, "tvmq.schedule_rule": "MatmulInt8"})
        # with T.sblock("root"):
        matmul_intermediate = T.sblock_alloc_buffer((T.int64(1), T.int64(1000)), "int32")
        for i1_0_i0_0_fused in T.parallel(T.int64(125)):
            for i1_2_init in T.vectorized(T.int64(8)):
                with T.sblock("matmul_init"):
                    v_i0 = T.axis.spatial(T.int64(1), T.int64(0))
                    v_i1 = T.axis.spatial(T.int64(1000), i1_0_i0_0_fused * T.int64(8) + i1_2_init)
                    T.reads()
                    T.writes(matmul_intermediate[v_i0, v_i1])
                    matmul_intermediate[v_i0, v_i1] = 0
            for k_0 in range(T.int64(1024)):
                for i0_1 in T.unroll(T.int64(1)):
                    for i1_1 in T.unroll(T.int64(1)):
                        with T.sblock("matmul_update_o"):
                            v_i0_o = T.axis.spatial(T.int64(1), T.int64(0))
                            v_i1_o, v_k_o = T.axis.remap("SR", [i1_0_i0_0_fused, k_0])
                            T.reads(matmul_intermediate[v_i0_o, v_i1_o * T.int64(8):v_i1_o * T.int64(8) + T.int64(8)], lv2261[v_i0_o, v_k_o * T.int64(2):v_k_o * T.int64(2) + T.int64(2)], param_0_global[v_i1_o, v_k_o, T.int64(0):T.int64(8), T.int64(0):T.int64(2)])
                            T.writes(matmul_intermediate[v_i0_o, v_i1_o * T.int64(8):v_i1_o * T.int64(8) + T.int64(8)])
                            A = T.match_buffer(lv2261[v_i0_o, v_k_o * T.int64(2):v_k_o * T.int64(2) + T.int64(2)], (T.int64(2),), "int8", offset_factor=1)
                            B = T.match_buffer(param_0_global[v_i1_o, v_k_o, T.int64(0):T.int64(8), T.int64(0):T.int64(2)], (T.int64(8), T.int64(2)), "int8", offset_factor=1)
                            C = T.match_buffer(matmul_intermediate[v_i0_o, v_i1_o * T.int64(8):v_i1_o * T.int64(8) + T.int64(8)], (T.int64(8),), "int32", offset_factor=1)
                            a_pair = T.alloc_local((T.int64(1),), "int32")
                            a_pair[T.int64(0)] = T.reinterpret("int32", T.Cast("int16x2", A[T.Ramp(T.int64(0), T.int64(1), 2)]))
                            a = T.alloc_local((T.int64(1),), "int16x16")
                            a[T.int64(0)] = T.reinterpret("int16x16", T.Broadcast(a_pair[T.int64(0)], 8))
                            b = T.alloc_local((T.int64(1),), "int16x16")
                            b[T.int64(0)] = T.Cast("int16x16", B[T.int64(0), T.Ramp(T.int64(0), T.int64(1), 16)])
                            C[T.int64(0):T.int64(8)] = C[T.Ramp(T.int64(0), T.int64(1), 8)] + T.call_llvm_pure_intrin("int32x8", "llvm.x86.avx2.pmadd.wd", a[T.int64(0)], b[T.int64(0)])
            for ax0 in range(T.int64(1)):
                for ax1 in T.vectorized(T.int64(8)):
                    with T.sblock("T_multiply"):
                        v_ax0 = T.axis.spatial(T.int64(1), ax0)
                        v_ax1 = T.axis.spatial(T.int64(1000), i1_0_i0_0_fused * T.int64(8) + ax1)
                        T.reads(matmul_intermediate[v_ax0, v_ax1], param_1[v_ax1], param_2[v_ax1])
                        T.writes(T_multiply_intermediate[v_ax0, v_ax1])
                        T_multiply_intermediate[v_ax0, v_ax1] = T.Cast("float32", matmul_intermediate[v_ax0, v_ax1] + param_1[v_ax1]) * param_2[v_ax1]

    @T.prim_func(s_tir=True)
    def max_pool2d(conv2d_0_out: T.Buffer((T.int64(1), T.int64(64), T.int64(112), T.int64(112)), "int8"), pool_max: T.Buffer((T.int64(1), T.int64(64), T.int64(56), T.int64(56)), "int8")):
        T.func_attr({"op_pattern": 4, "tirx.is_scheduled": True, "tirx.noalias": True, "tvmq.schedule_rule": "Fallback"})
        # with T.sblock("root"):
        for ax0_ax1_ax2_ax3_fused in T.parallel(T.int64(200704)):
            for rv0, rv1 in T.grid(T.int64(3), T.int64(3)):
                with T.sblock("pool_max"):
                    v_ax0 = T.axis.spatial(T.int64(1), T.int64(0))
                    v_ax1 = T.axis.spatial(T.int64(64), ax0_ax1_ax2_ax3_fused // T.int64(3136))
                    v_ax2 = T.axis.spatial(T.int64(56), ax0_ax1_ax2_ax3_fused % T.int64(3136) // T.int64(56))
                    v_ax3 = T.axis.spatial(T.int64(56), ax0_ax1_ax2_ax3_fused % T.int64(56))
                    v_rv0, v_rv1 = T.axis.remap("RR", [rv0, rv1])
                    T.reads(conv2d_0_out[v_ax0, v_ax1, v_ax2 * T.int64(2) + v_rv0 - T.int64(1), v_ax3 * T.int64(2) + v_rv1 - T.int64(1)])
                    T.writes(pool_max[v_ax0, v_ax1, v_ax2, v_ax3])
                    T.sblock_attr({"schedule_rule": "meta_schedule.pool_max"})
                    with T.init():
                        pool_max[v_ax0, v_ax1, v_ax2, v_ax3] = T.int8(-128)
                    pool_max[v_ax0, v_ax1, v_ax2, v_ax3] = T.max(pool_max[v_ax0, v_ax1, v_ax2, v_ax3], T.if_then_else(T.int64(1) <= v_ax2 * T.int64(2) + v_rv0 and v_ax2 * T.int64(2) + v_rv0 < T.int64(113) and T.int64(1) <= v_ax3 * T.int64(2) + v_rv1 and v_ax3 * T.int64(2) + v_rv1 < T.int64(113), conv2d_0_out[v_ax0, v_ax1, v_ax2 * T.int64(2) + v_rv0 - T.int64(1), v_ax3 * T.int64(2) + v_rv1 - T.int64(1)], T.int8(-128)))

    @T.prim_func(s_tir=True)
    def sum(lv298: T.Buffer((T.int64(1), T.int64(2048), T.int64(7), T.int64(7)), "int32"), lv298_red: T.Buffer((T.int64(1), T.int64(2048), T.int64(1), T.int64(1)), "int32")):
        T.func_attr({"op_pattern": 3, "tirx.is_scheduled": True, "tirx.noalias": True, "tvmq.schedule_rule": "Fallback"})
        # with T.sblock("root"):
        for ax0_ax1_ax2_ax3_fused in T.parallel(T.int64(2048)):
            for k2, k3 in T.grid(T.int64(7), T.int64(7)):
                with T.sblock("lv298_red"):
                    v_ax0 = T.axis.spatial(T.int64(1), T.int64(0))
                    v_ax1 = T.axis.spatial(T.int64(2048), ax0_ax1_ax2_ax3_fused)
                    v_ax2 = T.axis.spatial(T.int64(1), T.int64(0))
                    v_ax3 = T.axis.spatial(T.int64(1), T.int64(0))
                    v_k2, v_k3 = T.axis.remap("RR", [k2, k3])
                    T.reads(lv298[v_ax0, v_ax1, v_k2, v_k3])
                    T.writes(lv298_red[v_ax0, v_ax1, v_ax2, v_ax3])
                    with T.init():
                        lv298_red[v_ax0, v_ax1, v_ax2, v_ax3] = 0
                    lv298_red[v_ax0, v_ax1, v_ax2, v_ax3] = lv298_red[v_ax0, v_ax1, v_ax2, v_ax3] + lv298[v_ax0, v_ax1, v_k2, v_k3]

    @R.function
    def main(input: R.Tensor((1, 3, 224, 224), dtype="float32")) -> R.Tensor((1, 1000), dtype="float32"):
        R.func_attr({"num_input": 1, "relax.force_pure": True})
        cls = Module
        shape_heap: R.Any = R.null_value()
        R.call_packed("vm.builtin.check_tensor_info", input, 4, R.dtype("float32"), R.str("ErrorContext(fn=main, loc=param[0], param=input, annotation=R.Tensor((1, 3, 224, 224), dtype=\"float32\")) "), ty_args=(R.Tuple,))
        R.call_packed("vm.builtin.match_shape", input, shape_heap, 4, 0, 1, 0, 3, 0, 224, 0, 224, R.str("ErrorContext(fn=main, loc=param[0], param=input, annotation=R.Tensor((1, 3, 224, 224), dtype=\"float32\")) "), ty_args=(R.Tuple,))
        storage: R.Any = R.vm.alloc_storage(R.shape([802816]), 0, R.dtype("uint8"), R.str("global"))
        alloc: R.Tensor((1, 4, 224, 224), dtype="int8") = R.vm.alloc_tensor(storage, 0, R.shape([1, 4, 224, 224]), R.dtype("int8"), 0)
        cls.fused_divide_tir_round_tir_clip_cast_pad(input, alloc)
        storage1: R.Any = R.vm.alloc_storage(R.shape([802816]), 0, R.dtype("uint8"), R.str("global"))
        alloc1: R.Tensor((1, 64, 112, 112), dtype="int8") = R.vm.alloc_tensor(storage1, 0, R.shape([1, 64, 112, 112]), R.dtype("int8"), 0)
        cls.fused_conv2d_add_cast1_multiply_add1_right_shift_tir_clip1_cast2_prepacked(alloc, metadata["ir.GenericConst"][0], metadata["ir.GenericConst"][1], metadata["ir.GenericConst"][2], metadata["ir.GenericConst"][3], metadata["ir.GenericConst"][4], alloc1)
        R.vm.kill_object(alloc)
        alloc2: R.Tensor((1, 64, 56, 56), dtype="int8") = R.vm.alloc_tensor(storage, 0, R.shape([1, 64, 56, 56]), R.dtype("int8"), 0)
        cls.max_pool2d(alloc1, alloc2)
        R.vm.kill_object(alloc1)
        alloc3: R.Tensor((1, 64, 56, 56), dtype="int8") = R.vm.alloc_tensor(storage1, 0, R.shape([1, 64, 56, 56]), R.dtype("int8"), 0)
        cls.fused_conv2d1_add2_cast3_multiply1_add3_right_shift1_tir_clip2_cast4_prepacked(alloc2, metadata["ir.GenericConst"][5], metadata["ir.GenericConst"][6], metadata["ir.GenericConst"][7], metadata["ir.GenericConst"][8], metadata["ir.GenericConst"][9], alloc3)
        storage2: R.Any = R.vm.alloc_storage(R.shape([802816]), 0, R.dtype("uint8"), R.str("global"))
        alloc4: R.Tensor((1, 64, 56, 56), dtype="int8") = R.vm.alloc_tensor(storage2, 0, R.shape([1, 64, 56, 56]), R.dtype("int8"), 0)
        cls.fused_conv2d2_add2_cast3_multiply1_add3_right_shift1_tir_clip2_cast4_prepacked(alloc3, metadata["ir.GenericConst"][10], metadata["ir.GenericConst"][11], metadata["ir.GenericConst"][12], metadata["ir.GenericConst"][13], metadata["ir.GenericConst"][14], alloc4)
        R.vm.kill_object(alloc3)
        storage3: R.Any = R.vm.alloc_storage(R.shape([6422528]), 0, R.dtype("uint8"), R.str("global"))
        alloc5: R.Tensor((1, 256, 56, 56), dtype="int64") = R.vm.alloc_tensor(storage3, 0, R.shape([1, 256, 56, 56]), R.dtype("int64"), 0)
        cls.fused_conv2d3_add4_cast5_multiply2_prepacked(alloc2, metadata["ir.GenericConst"][15], metadata["ir.GenericConst"][16], metadata["ir.GenericConst"][17], alloc5)
        R.vm.kill_object(alloc2)
        alloc6: R.Tensor((1, 256, 56, 56), dtype="int8") = R.vm.alloc_tensor(storage1, 0, R.shape([1, 256, 56, 56]), R.dtype("int8"), 0)
        cls.fused_conv2d3_add4_cast5_multiply2_add5_add6_right_shift2_tir_clip3_cast6_prepacked(alloc4, metadata["ir.GenericConst"][18], metadata["ir.GenericConst"][19], metadata["ir.GenericConst"][20], alloc5, metadata["ir.GenericConst"][21], metadata["ir.GenericConst"][22], alloc6)
        R.vm.kill_object(alloc4)
        R.vm.kill_object(alloc5)
        alloc7: R.Tensor((1, 64, 56, 56), dtype="int8") = R.vm.alloc_tensor(storage, 0, R.shape([1, 64, 56, 56]), R.dtype("int8"), 0)
        cls.fused_conv2d4_add2_cast3_multiply1_add3_right_shift1_tir_clip2_cast4_prepacked(alloc6, metadata["ir.GenericConst"][23], metadata["ir.GenericConst"][24], metadata["ir.GenericConst"][25], metadata["ir.GenericConst"][26], metadata["ir.GenericConst"][27], alloc7)
        alloc8: R.Tensor((1, 64, 56, 56), dtype="int8") = R.vm.alloc_tensor(storage2, 0, R.shape([1, 64, 56, 56]), R.dtype("int8"), 0)
        cls.fused_conv2d2_add2_cast3_multiply1_add3_right_shift1_tir_clip2_cast4_prepacked(alloc7, metadata["ir.GenericConst"][28], metadata["ir.GenericConst"][29], metadata["ir.GenericConst"][30], metadata["ir.GenericConst"][31], metadata["ir.GenericConst"][32], alloc8)
        R.vm.kill_object(alloc7)
        alloc9: R.Tensor((1, 256, 56, 56), dtype="int8") = R.vm.alloc_tensor(storage, 0, R.shape([1, 256, 56, 56]), R.dtype("int8"), 0)
        cls.fused_conv2d3_add4_cast5_multiply2_cast7_multiply2_add5_add6_right_shift2_tir_clip3_cast6_prepacked(alloc8, metadata["ir.GenericConst"][33], metadata["ir.GenericConst"][34], metadata["ir.GenericConst"][35], alloc6, metadata["ir.GenericConst"][36], metadata["ir.GenericConst"][37], metadata["ir.GenericConst"][38], alloc9)
        R.vm.kill_object(alloc6)
        R.vm.kill_object(alloc8)
        alloc10: R.Tensor((1, 64, 56, 56), dtype="int8") = R.vm.alloc_tensor(storage2, 0, R.shape([1, 64, 56, 56]), R.dtype("int8"), 0)
        cls.fused_conv2d4_add2_cast3_multiply1_add3_right_shift1_tir_clip2_cast4_prepacked(alloc9, metadata["ir.GenericConst"][39], metadata["ir.GenericConst"][40], metadata["ir.GenericConst"][41], metadata["ir.GenericConst"][42], metadata["ir.GenericConst"][43], alloc10)
        alloc11: R.Tensor((1, 64, 56, 56), dtype="int8") = R.vm.alloc_tensor(storage1, 0, R.shape([1, 64, 56, 56]), R.dtype("int8"), 0)
        cls.fused_conv2d2_add2_cast3_multiply1_add3_right_shift1_tir_clip2_cast4_prepacked(alloc10, metadata["ir.GenericConst"][44], metadata["ir.GenericConst"][45], metadata["ir.GenericConst"][46], metadata["ir.GenericConst"][47], metadata["ir.GenericConst"][48], alloc11)
        R.vm.kill_object(alloc10)
        alloc12: R.Tensor((1, 256, 56, 56), dtype="int8") = R.vm.alloc_tensor(storage2, 0, R.shape([1, 256, 56, 56]), R.dtype("int8"), 0)
        cls.fused_conv2d3_add4_cast5_multiply2_cast7_multiply2_add5_add6_right_shift2_tir_clip3_cast6_prepacked(alloc11, metadata["ir.GenericConst"][49], metadata["ir.GenericConst"][50], metadata["ir.GenericConst"][51], alloc9, metadata["ir.GenericConst"][52], metadata["ir.GenericConst"][53], metadata["ir.GenericConst"][54], alloc12)
        R.vm.kill_object(alloc9)
        R.vm.kill_object(alloc11)
        alloc13: R.Tensor((1, 128, 56, 56), dtype="int8") = R.vm.alloc_tensor(storage1, 0, R.shape([1, 128, 56, 56]), R.dtype("int8"), 0)
        cls.fused_conv2d5_add7_cast8_multiply3_add8_right_shift3_tir_clip4_cast9_prepacked(alloc12, metadata["ir.GenericConst"][55], metadata["ir.GenericConst"][56], metadata["ir.GenericConst"][57], metadata["ir.GenericConst"][58], metadata["ir.GenericConst"][59], alloc13)
        alloc14: R.Tensor((1, 128, 28, 28), dtype="int8") = R.vm.alloc_tensor(storage, 0, R.shape([1, 128, 28, 28]), R.dtype("int8"), 0)
        cls.fused_conv2d6_add9_cast10_multiply4_add10_right_shift4_tir_clip5_cast11_prepacked(alloc13, metadata["ir.GenericConst"][60], metadata["ir.GenericConst"][61], metadata["ir.GenericConst"][62], metadata["ir.GenericConst"][63], metadata["ir.GenericConst"][64], alloc14)
        R.vm.kill_object(alloc13)
        alloc15: R.Tensor((1, 512, 28, 28), dtype="int64") = R.vm.alloc_tensor(storage3, 0, R.shape([1, 512, 28, 28]), R.dtype("int64"), 0)
        cls.fused_conv2d8_add11_cast12_multiply5_prepacked(alloc12, metadata["ir.GenericConst"][65], metadata["ir.GenericConst"][66], metadata["ir.GenericConst"][67], alloc15)
        R.vm.kill_object(alloc12)
        alloc16: R.Tensor((1, 512, 28, 28), dtype="int8") = R.vm.alloc_tensor(storage1, 0, R.shape([1, 512, 28, 28]), R.dtype("int8"), 0)
        cls.fused_conv2d7_add11_cast12_multiply5_add12_add13_right_shift5_tir_clip6_cast13_prepacked(alloc14, metadata["ir.GenericConst"][68], metadata["ir.GenericConst"][69], metadata["ir.GenericConst"][70], alloc15, metadata["ir.GenericConst"][71], metadata["ir.GenericConst"][72], alloc16)
        R.vm.kill_object(alloc14)
        R.vm.kill_object(alloc15)
        alloc17: R.Tensor((1, 128, 28, 28), dtype="int8") = R.vm.alloc_tensor(storage2, 0, R.shape([1, 128, 28, 28]), R.dtype("int8"), 0)
        cls.fused_conv2d9_add9_cast10_multiply4_add10_right_shift4_tir_clip5_cast11_prepacked(alloc16, metadata["ir.GenericConst"][73], metadata["ir.GenericConst"][74], metadata["ir.GenericConst"][75], metadata["ir.GenericConst"][76], metadata["ir.GenericConst"][77], alloc17)
        alloc18: R.Tensor((1, 128, 28, 28), dtype="int8") = R.vm.alloc_tensor(storage, 0, R.shape([1, 128, 28, 28]), R.dtype("int8"), 0)
        cls.fused_conv2d10_add9_cast10_multiply4_add10_right_shift4_tir_clip5_cast11_prepacked(alloc17, metadata["ir.GenericConst"][78], metadata["ir.GenericConst"][79], metadata["ir.GenericConst"][80], metadata["ir.GenericConst"][81], metadata["ir.GenericConst"][82], alloc18)
        R.vm.kill_object(alloc17)
        alloc19: R.Tensor((1, 512, 28, 28), dtype="int8") = R.vm.alloc_tensor(storage2, 0, R.shape([1, 512, 28, 28]), R.dtype("int8"), 0)
        cls.fused_conv2d7_add11_cast12_multiply5_cast14_multiply5_add12_add13_right_shift5_tir_clip6_cast13_prepacked(alloc18, metadata["ir.GenericConst"][83], metadata["ir.GenericConst"][84], metadata["ir.GenericConst"][85], alloc16, metadata["ir.GenericConst"][86], metadata["ir.GenericConst"][87], metadata["ir.GenericConst"][88], alloc19)
        R.vm.kill_object(alloc16)
        R.vm.kill_object(alloc18)
        alloc20: R.Tensor((1, 128, 28, 28), dtype="int8") = R.vm.alloc_tensor(storage, 0, R.shape([1, 128, 28, 28]), R.dtype("int8"), 0)
        cls.fused_conv2d9_add9_cast10_multiply4_add10_right_shift4_tir_clip5_cast11_prepacked(alloc19, metadata["ir.GenericConst"][89], metadata["ir.GenericConst"][90], metadata["ir.GenericConst"][91], metadata["ir.GenericConst"][92], metadata["ir.GenericConst"][93], alloc20)
        alloc21: R.Tensor((1, 128, 28, 28), dtype="int8") = R.vm.alloc_tensor(storage1, 0, R.shape([1, 128, 28, 28]), R.dtype("int8"), 0)
        cls.fused_conv2d10_add9_cast10_multiply4_add10_right_shift4_tir_clip5_cast11_prepacked(alloc20, metadata["ir.GenericConst"][94], metadata["ir.GenericConst"][95], metadata["ir.GenericConst"][96], metadata["ir.GenericConst"][97], metadata["ir.GenericConst"][98], alloc21)
        R.vm.kill_object(alloc20)
        alloc22: R.Tensor((1, 512, 28, 28), dtype="int8") = R.vm.alloc_tensor(storage, 0, R.shape([1, 512, 28, 28]), R.dtype("int8"), 0)
        cls.fused_conv2d7_add11_cast12_multiply5_cast14_multiply5_add12_add13_right_shift5_tir_clip6_cast13_prepacked(alloc21, metadata["ir.GenericConst"][99], metadata["ir.GenericConst"][100], metadata["ir.GenericConst"][101], alloc19, metadata["ir.GenericConst"][102], metadata["ir.GenericConst"][103], metadata["ir.GenericConst"][104], alloc22)
        R.vm.kill_object(alloc19)
        R.vm.kill_object(alloc21)
        alloc23: R.Tensor((1, 128, 28, 28), dtype="int8") = R.vm.alloc_tensor(storage1, 0, R.shape([1, 128, 28, 28]), R.dtype("int8"), 0)
        cls.fused_conv2d9_add9_cast10_multiply4_add10_right_shift4_tir_clip5_cast11_prepacked(alloc22, metadata["ir.GenericConst"][105], metadata["ir.GenericConst"][106], metadata["ir.GenericConst"][107], metadata["ir.GenericConst"][108], metadata["ir.GenericConst"][109], alloc23)
        alloc24: R.Tensor((1, 128, 28, 28), dtype="int8") = R.vm.alloc_tensor(storage2, 0, R.shape([1, 128, 28, 28]), R.dtype("int8"), 0)
        cls.fused_conv2d10_add9_cast10_multiply4_add10_right_shift4_tir_clip5_cast11_prepacked(alloc23, metadata["ir.GenericConst"][110], metadata["ir.GenericConst"][111], metadata["ir.GenericConst"][112], metadata["ir.GenericConst"][113], metadata["ir.GenericConst"][114], alloc24)
        R.vm.kill_object(alloc23)
        alloc25: R.Tensor((1, 512, 28, 28), dtype="int8") = R.vm.alloc_tensor(storage1, 0, R.shape([1, 512, 28, 28]), R.dtype("int8"), 0)
        cls.fused_conv2d7_add11_cast12_multiply5_cast14_multiply5_add12_add13_right_shift5_tir_clip6_cast13_prepacked(alloc24, metadata["ir.GenericConst"][115], metadata["ir.GenericConst"][116], metadata["ir.GenericConst"][117], alloc22, metadata["ir.GenericConst"][118], metadata["ir.GenericConst"][119], metadata["ir.GenericConst"][120], alloc25)
        R.vm.kill_object(alloc22)
        R.vm.kill_object(alloc24)
        alloc26: R.Tensor((1, 256, 28, 28), dtype="int8") = R.vm.alloc_tensor(storage2, 0, R.shape([1, 256, 28, 28]), R.dtype("int8"), 0)
        cls.fused_conv2d11_add14_cast15_multiply6_add15_right_shift6_tir_clip7_cast16_prepacked(alloc25, metadata["ir.GenericConst"][121], metadata["ir.GenericConst"][122], metadata["ir.GenericConst"][123], metadata["ir.GenericConst"][124], metadata["ir.GenericConst"][125], alloc26)
        alloc27: R.Tensor((1, 256, 14, 14), dtype="int8") = R.vm.alloc_tensor(storage, 0, R.shape([1, 256, 14, 14]), R.dtype("int8"), 0)
        cls.fused_conv2d12_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18_prepacked(alloc26, metadata["ir.GenericConst"][126], metadata["ir.GenericConst"][127], metadata["ir.GenericConst"][128], metadata["ir.GenericConst"][129], metadata["ir.GenericConst"][130], alloc27)
        R.vm.kill_object(alloc26)
        alloc28: R.Tensor((1, 1024, 14, 14), dtype="int64") = R.vm.alloc_tensor(storage3, 0, R.shape([1, 1024, 14, 14]), R.dtype("int64"), 0)
        cls.fused_conv2d14_add18_cast19_multiply8_prepacked(alloc25, metadata["ir.GenericConst"][131], metadata["ir.GenericConst"][132], metadata["ir.GenericConst"][133], alloc28)
        R.vm.kill_object(alloc25)
        alloc29: R.Tensor((1, 1024, 14, 14), dtype="int8") = R.vm.alloc_tensor(storage2, 0, R.shape([1, 1024, 14, 14]), R.dtype("int8"), 0)
        cls.fused_conv2d13_add18_cast19_multiply8_add19_add20_right_shift8_tir_clip9_cast20_prepacked(alloc27, metadata["ir.GenericConst"][134], metadata["ir.GenericConst"][135], metadata["ir.GenericConst"][136], alloc28, metadata["ir.GenericConst"][137], metadata["ir.GenericConst"][138], alloc29)
        R.vm.kill_object(alloc27)
        R.vm.kill_object(alloc28)
        alloc30: R.Tensor((1, 256, 14, 14), dtype="int8") = R.vm.alloc_tensor(storage1, 0, R.shape([1, 256, 14, 14]), R.dtype("int8"), 0)
        cls.fused_conv2d15_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18_prepacked(alloc29, metadata["ir.GenericConst"][139], metadata["ir.GenericConst"][140], metadata["ir.GenericConst"][141], metadata["ir.GenericConst"][142], metadata["ir.GenericConst"][143], alloc30)
        alloc31: R.Tensor((1, 256, 14, 14), dtype="int8") = R.vm.alloc_tensor(storage, 0, R.shape([1, 256, 14, 14]), R.dtype("int8"), 0)
        cls.fused_conv2d16_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18_prepacked(alloc30, metadata["ir.GenericConst"][144], metadata["ir.GenericConst"][145], metadata["ir.GenericConst"][146], metadata["ir.GenericConst"][147], metadata["ir.GenericConst"][148], alloc31)
        R.vm.kill_object(alloc30)
        alloc32: R.Tensor((1, 1024, 14, 14), dtype="int8") = R.vm.alloc_tensor(storage1, 0, R.shape([1, 1024, 14, 14]), R.dtype("int8"), 0)
        cls.fused_conv2d13_add18_cast19_multiply8_cast21_multiply8_add19_add20_right_shift8_tir_clip9_cast20_prepacked(alloc31, metadata["ir.GenericConst"][149], metadata["ir.GenericConst"][150], metadata["ir.GenericConst"][151], alloc29, metadata["ir.GenericConst"][152], metadata["ir.GenericConst"][153], metadata["ir.GenericConst"][154], alloc32)
        R.vm.kill_object(alloc29)
        R.vm.kill_object(alloc31)
        alloc33: R.Tensor((1, 256, 14, 14), dtype="int8") = R.vm.alloc_tensor(storage, 0, R.shape([1, 256, 14, 14]), R.dtype("int8"), 0)
        cls.fused_conv2d15_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18_prepacked(alloc32, metadata["ir.GenericConst"][155], metadata["ir.GenericConst"][156], metadata["ir.GenericConst"][157], metadata["ir.GenericConst"][158], metadata["ir.GenericConst"][159], alloc33)
        alloc34: R.Tensor((1, 256, 14, 14), dtype="int8") = R.vm.alloc_tensor(storage2, 0, R.shape([1, 256, 14, 14]), R.dtype("int8"), 0)
        cls.fused_conv2d16_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18_prepacked(alloc33, metadata["ir.GenericConst"][160], metadata["ir.GenericConst"][161], metadata["ir.GenericConst"][162], metadata["ir.GenericConst"][163], metadata["ir.GenericConst"][164], alloc34)
        R.vm.kill_object(alloc33)
        alloc35: R.Tensor((1, 1024, 14, 14), dtype="int8") = R.vm.alloc_tensor(storage, 0, R.shape([1, 1024, 14, 14]), R.dtype("int8"), 0)
        cls.fused_conv2d13_add18_cast19_multiply8_cast21_multiply8_add19_add20_right_shift8_tir_clip9_cast20_prepacked(alloc34, metadata["ir.GenericConst"][165], metadata["ir.GenericConst"][166], metadata["ir.GenericConst"][167], alloc32, metadata["ir.GenericConst"][168], metadata["ir.GenericConst"][169], metadata["ir.GenericConst"][170], alloc35)
        R.vm.kill_object(alloc32)
        R.vm.kill_object(alloc34)
        alloc36: R.Tensor((1, 256, 14, 14), dtype="int8") = R.vm.alloc_tensor(storage2, 0, R.shape([1, 256, 14, 14]), R.dtype("int8"), 0)
        cls.fused_conv2d15_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18_prepacked(alloc35, metadata["ir.GenericConst"][171], metadata["ir.GenericConst"][172], metadata["ir.GenericConst"][173], metadata["ir.GenericConst"][174], metadata["ir.GenericConst"][175], alloc36)
        alloc37: R.Tensor((1, 256, 14, 14), dtype="int8") = R.vm.alloc_tensor(storage1, 0, R.shape([1, 256, 14, 14]), R.dtype("int8"), 0)
        cls.fused_conv2d16_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18_prepacked(alloc36, metadata["ir.GenericConst"][176], metadata["ir.GenericConst"][177], metadata["ir.GenericConst"][178], metadata["ir.GenericConst"][179], metadata["ir.GenericConst"][180], alloc37)
        R.vm.kill_object(alloc36)
        alloc38: R.Tensor((1, 1024, 14, 14), dtype="int8") = R.vm.alloc_tensor(storage2, 0, R.shape([1, 1024, 14, 14]), R.dtype("int8"), 0)
        cls.fused_conv2d13_add18_cast19_multiply8_cast21_multiply8_add19_add20_right_shift8_tir_clip9_cast20_prepacked(alloc37, metadata["ir.GenericConst"][181], metadata["ir.GenericConst"][182], metadata["ir.GenericConst"][183], alloc35, metadata["ir.GenericConst"][184], metadata["ir.GenericConst"][185], metadata["ir.GenericConst"][186], alloc38)
        R.vm.kill_object(alloc35)
        R.vm.kill_object(alloc37)
        alloc39: R.Tensor((1, 256, 14, 14), dtype="int8") = R.vm.alloc_tensor(storage1, 0, R.shape([1, 256, 14, 14]), R.dtype("int8"), 0)
        cls.fused_conv2d15_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18_prepacked(alloc38, metadata["ir.GenericConst"][187], metadata["ir.GenericConst"][188], metadata["ir.GenericConst"][189], metadata["ir.GenericConst"][190], metadata["ir.GenericConst"][191], alloc39)
        alloc40: R.Tensor((1, 256, 14, 14), dtype="int8") = R.vm.alloc_tensor(storage, 0, R.shape([1, 256, 14, 14]), R.dtype("int8"), 0)
        cls.fused_conv2d16_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18_prepacked(alloc39, metadata["ir.GenericConst"][192], metadata["ir.GenericConst"][193], metadata["ir.GenericConst"][194], metadata["ir.GenericConst"][195], metadata["ir.GenericConst"][196], alloc40)
        R.vm.kill_object(alloc39)
        alloc41: R.Tensor((1, 1024, 14, 14), dtype="int8") = R.vm.alloc_tensor(storage1, 0, R.shape([1, 1024, 14, 14]), R.dtype("int8"), 0)
        cls.fused_conv2d13_add18_cast19_multiply8_cast21_multiply8_add19_add20_right_shift8_tir_clip9_cast20_prepacked(alloc40, metadata["ir.GenericConst"][197], metadata["ir.GenericConst"][198], metadata["ir.GenericConst"][199], alloc38, metadata["ir.GenericConst"][200], metadata["ir.GenericConst"][201], metadata["ir.GenericConst"][202], alloc41)
        R.vm.kill_object(alloc38)
        R.vm.kill_object(alloc40)
        alloc42: R.Tensor((1, 256, 14, 14), dtype="int8") = R.vm.alloc_tensor(storage, 0, R.shape([1, 256, 14, 14]), R.dtype("int8"), 0)
        cls.fused_conv2d15_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18_prepacked(alloc41, metadata["ir.GenericConst"][203], metadata["ir.GenericConst"][204], metadata["ir.GenericConst"][205], metadata["ir.GenericConst"][206], metadata["ir.GenericConst"][207], alloc42)
        alloc43: R.Tensor((1, 256, 14, 14), dtype="int8") = R.vm.alloc_tensor(storage2, 0, R.shape([1, 256, 14, 14]), R.dtype("int8"), 0)
        cls.fused_conv2d16_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18_prepacked(alloc42, metadata["ir.GenericConst"][208], metadata["ir.GenericConst"][209], metadata["ir.GenericConst"][210], metadata["ir.GenericConst"][211], metadata["ir.GenericConst"][212], alloc43)
        R.vm.kill_object(alloc42)
        alloc44: R.Tensor((1, 1024, 14, 14), dtype="int8") = R.vm.alloc_tensor(storage, 0, R.shape([1, 1024, 14, 14]), R.dtype("int8"), 0)
        R.vm.kill_object(storage)
        cls.fused_conv2d13_add18_cast19_multiply8_cast21_multiply8_add19_add20_right_shift8_tir_clip9_cast20_prepacked(alloc43, metadata["ir.GenericConst"][213], metadata["ir.GenericConst"][214], metadata["ir.GenericConst"][215], alloc41, metadata["ir.GenericConst"][216], metadata["ir.GenericConst"][217], metadata["ir.GenericConst"][218], alloc44)
        R.vm.kill_object(alloc41)
        R.vm.kill_object(alloc43)
        alloc45: R.Tensor((1, 512, 14, 14), dtype="int8") = R.vm.alloc_tensor(storage2, 0, R.shape([1, 512, 14, 14]), R.dtype("int8"), 0)
        cls.fused_conv2d17_add21_cast22_multiply9_add22_right_shift9_tir_clip10_cast23_prepacked(alloc44, metadata["ir.GenericConst"][219], metadata["ir.GenericConst"][220], metadata["ir.GenericConst"][221], metadata["ir.GenericConst"][222], metadata["ir.GenericConst"][223], alloc45)
        storage4: R.Any = R.vm.alloc_storage(R.shape([25088]), 0, R.dtype("uint8"), R.str("global"))
        alloc46: R.Tensor((1, 512, 7, 7), dtype="int8") = R.vm.alloc_tensor(storage4, 0, R.shape([1, 512, 7, 7]), R.dtype("int8"), 0)
        cls.fused_conv2d18_add23_cast24_multiply10_add24_right_shift10_tir_clip11_cast25_prepacked(alloc45, metadata["ir.GenericConst"][224], metadata["ir.GenericConst"][225], metadata["ir.GenericConst"][226], metadata["ir.GenericConst"][227], metadata["ir.GenericConst"][228], alloc46)
        R.vm.kill_object(alloc45)
        alloc47: R.Tensor((1, 2048, 7, 7), dtype="int64") = R.vm.alloc_tensor(storage3, 0, R.shape([1, 2048, 7, 7]), R.dtype("int64"), 0)
        R.vm.kill_object(storage3)
        cls.fused_conv2d20_add25_cast26_multiply11_prepacked(alloc44, metadata["ir.GenericConst"][229], metadata["ir.GenericConst"][230], metadata["ir.GenericConst"][231], alloc47)
        R.vm.kill_object(alloc44)
        alloc48: R.Tensor((1, 2048, 7, 7), dtype="int8") = R.vm.alloc_tensor(storage1, 0, R.shape([1, 2048, 7, 7]), R.dtype("int8"), 0)
        R.vm.kill_object(storage1)
        cls.fused_conv2d19_add25_cast26_multiply11_add26_add27_right_shift11_tir_clip12_cast27_prepacked(alloc46, metadata["ir.GenericConst"][232], metadata["ir.GenericConst"][233], metadata["ir.GenericConst"][234], alloc47, metadata["ir.GenericConst"][235], metadata["ir.GenericConst"][236], alloc48)
        R.vm.kill_object(alloc46)
        R.vm.kill_object(alloc47)
        alloc49: R.Tensor((1, 512, 7, 7), dtype="int8") = R.vm.alloc_tensor(storage4, 0, R.shape([1, 512, 7, 7]), R.dtype("int8"), 0)
        cls.fused_conv2d21_add23_cast24_multiply10_add24_right_shift10_tir_clip11_cast25_prepacked(alloc48, metadata["ir.GenericConst"][237], metadata["ir.GenericConst"][238], metadata["ir.GenericConst"][239], metadata["ir.GenericConst"][240], metadata["ir.GenericConst"][241], alloc49)
        storage5: R.Any = R.vm.alloc_storage(R.shape([25088]), 0, R.dtype("uint8"), R.str("global"))
        alloc50: R.Tensor((1, 512, 7, 7), dtype="int8") = R.vm.alloc_tensor(storage5, 0, R.shape([1, 512, 7, 7]), R.dtype("int8"), 0)
        cls.fused_conv2d22_add23_cast24_multiply10_add24_right_shift10_tir_clip11_cast25_prepacked(alloc49, metadata["ir.GenericConst"][242], metadata["ir.GenericConst"][243], metadata["ir.GenericConst"][244], metadata["ir.GenericConst"][245], metadata["ir.GenericConst"][246], alloc50)
        R.vm.kill_object(alloc49)
        alloc51: R.Tensor((1, 2048, 7, 7), dtype="int8") = R.vm.alloc_tensor(storage2, 0, R.shape([1, 2048, 7, 7]), R.dtype("int8"), 0)
        R.vm.kill_object(storage2)
        cls.fused_conv2d19_add25_cast26_multiply11_cast28_multiply11_add26_add27_right_shift11_tir_clip12_cast27_prepacked(alloc50, metadata["ir.GenericConst"][247], metadata["ir.GenericConst"][248], metadata["ir.GenericConst"][249], alloc48, metadata["ir.GenericConst"][250], metadata["ir.GenericConst"][251], metadata["ir.GenericConst"][252], alloc51)
        R.vm.kill_object(alloc48)
        R.vm.kill_object(alloc50)
        alloc52: R.Tensor((1, 512, 7, 7), dtype="int8") = R.vm.alloc_tensor(storage4, 0, R.shape([1, 512, 7, 7]), R.dtype("int8"), 0)
        cls.fused_conv2d21_add23_cast24_multiply10_add24_right_shift10_tir_clip11_cast25_prepacked(alloc51, metadata["ir.GenericConst"][253], metadata["ir.GenericConst"][254], metadata["ir.GenericConst"][255], metadata["ir.GenericConst"][256], metadata["ir.GenericConst"][257], alloc52)
        alloc53: R.Tensor((1, 512, 7, 7), dtype="int8") = R.vm.alloc_tensor(storage5, 0, R.shape([1, 512, 7, 7]), R.dtype("int8"), 0)
        R.vm.kill_object(storage5)
        cls.fused_conv2d22_add23_cast24_multiply10_add24_right_shift10_tir_clip11_cast25_prepacked(alloc52, metadata["ir.GenericConst"][258], metadata["ir.GenericConst"][259], metadata["ir.GenericConst"][260], metadata["ir.GenericConst"][261], metadata["ir.GenericConst"][262], alloc53)
        R.vm.kill_object(alloc52)
        storage6: R.Any = R.vm.alloc_storage(R.shape([401408]), 0, R.dtype("uint8"), R.str("global"))
        alloc54: R.Tensor((1, 2048, 7, 7), dtype="int32") = R.vm.alloc_tensor(storage6, 0, R.shape([1, 2048, 7, 7]), R.dtype("int32"), 0)
        R.vm.kill_object(storage6)
        cls.fused_conv2d19_add25_cast26_multiply11_cast28_multiply11_add26_add27_right_shift11_tir_clip12_cast27_cast29_prepacked(alloc53, metadata["ir.GenericConst"][263], metadata["ir.GenericConst"][264], metadata["ir.GenericConst"][265], alloc51, metadata["ir.GenericConst"][266], metadata["ir.GenericConst"][267], metadata["ir.GenericConst"][268], alloc54)
        R.vm.kill_object(alloc51)
        R.vm.kill_object(alloc53)
        storage7: R.Any = R.vm.alloc_storage(R.shape([8192]), 0, R.dtype("uint8"), R.str("global"))
        alloc55: R.Tensor((1, 2048, 1, 1), dtype="int32") = R.vm.alloc_tensor(storage7, 0, R.shape([1, 2048, 1, 1]), R.dtype("int32"), 0)
        R.vm.kill_object(storage7)
        cls.sum(alloc54, alloc55)
        R.vm.kill_object(alloc54)
        alloc56: R.Tensor((1, 2048), dtype="int8") = R.vm.alloc_tensor(storage4, 0, R.shape([1, 2048]), R.dtype("int8"), 0)
        R.vm.kill_object(storage4)
        cls.fused_cast30_multiply12_add28_right_shift12_tir_clip13_cast31_reshape(alloc55, alloc56)
        R.vm.kill_object(alloc55)
        storage_1: R.Any = R.vm.alloc_storage(R.shape([4000]), 0, R.dtype("uint8"), R.str("global"))
        alloc57: R.Tensor((1, 1000), dtype="float32") = R.vm.alloc_tensor(storage_1, 0, R.shape([1, 1000]), R.dtype("float32"), 0)
        R.vm.kill_object(storage_1)
        cls.fused_matmul_add29_cast32_multiply13_prepacked(alloc56, metadata["ir.GenericConst"][269], metadata["ir.GenericConst"][270], metadata["ir.GenericConst"][271], alloc57)
        R.vm.kill_object(alloc56)
        return alloc57

# Metadata omitted. Use show_meta=True in script() method to show it.