# from tvm.script import ir as I
# from tvm.script import tirx as T
# from tvm.tirx.layout import Axis
# from tvm.script import relax as R

@I.ir_module
class Module:
    @T.prim_func(private=True, s_tir=True)
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

    @T.prim_func(private=True, s_tir=True)
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

    @T.prim_func(private=True, s_tir=True)
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

    @T.prim_func(private=True, s_tir=True)
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

    @T.prim_func(private=True, s_tir=True)
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

    @T.prim_func(private=True, s_tir=True)
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

    @T.prim_func(private=True, s_tir=True)
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

    @T.prim_func(private=True, s_tir=True)
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

    @T.prim_func(private=True, s_tir=True)
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

    @T.prim_func(private=True, s_tir=True)
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

    @T.prim_func(private=True, s_tir=True)
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

    @T.prim_func(private=True, s_tir=True)
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

    @T.prim_func(private=True, s_tir=True)
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

    @T.prim_func(private=True, s_tir=True)
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

    @T.prim_func(private=True, s_tir=True)
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

    @T.prim_func(private=True, s_tir=True)
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

    @T.prim_func(private=True, s_tir=True)
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

    @T.prim_func(private=True, s_tir=True)
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

    @T.prim_func(private=True, s_tir=True)
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

    @T.prim_func(private=True, s_tir=True)
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

    @T.prim_func(private=True, s_tir=True)
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

    @T.prim_func(private=True, s_tir=True)
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

    @T.prim_func(private=True, s_tir=True)
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

    @T.prim_func(private=True, s_tir=True)
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

    @T.prim_func(private=True, s_tir=True)
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

    @T.prim_func(private=True, s_tir=True)
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

    @T.prim_func(private=True, s_tir=True)
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

    @T.prim_func(private=True, s_tir=True)
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

    @T.prim_func(private=True, s_tir=True)
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

    @T.prim_func(private=True, s_tir=True)
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

    @T.prim_func(private=True, s_tir=True)
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

    @T.prim_func(private=True, s_tir=True)
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

    @T.prim_func(private=True, s_tir=True)
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

    @T.prim_func(private=True, s_tir=True)
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
        R.func_attr({"num_input": 1})
        cls = Module
        with R.dataflow():
            lv = R.call_tir(cls.fused_divide_tir_round_tir_clip_cast_pad, (input,), out_ty=R.Tensor((1, 4, 224, 224), dtype="int8"))
            lv1 = R.call_tir(cls.fused_conv2d_add_cast1_multiply_add1_right_shift_tir_clip1_cast2_prepacked, (lv, metadata["ir.GenericConst"][0], metadata["ir.GenericConst"][1], metadata["ir.GenericConst"][2], metadata["ir.GenericConst"][3], metadata["ir.GenericConst"][4]), out_ty=R.Tensor((1, 64, 112, 112), dtype="int8"))
            lv1_1: R.Tensor((1, 64, 112, 112), dtype="int8") = lv1
            lv41 = R.call_tir(cls.max_pool2d, (lv1_1,), out_ty=R.Tensor((1, 64, 56, 56), dtype="int8"))
            lv3 = R.call_tir(cls.fused_conv2d1_add2_cast3_multiply1_add3_right_shift1_tir_clip2_cast4_prepacked, (lv41, metadata["ir.GenericConst"][5], metadata["ir.GenericConst"][6], metadata["ir.GenericConst"][7], metadata["ir.GenericConst"][8], metadata["ir.GenericConst"][9]), out_ty=R.Tensor((1, 64, 56, 56), dtype="int8"))
            lv2: R.Tensor((1, 64, 56, 56), dtype="int8") = lv3
            lv5 = R.call_tir(cls.fused_conv2d2_add2_cast3_multiply1_add3_right_shift1_tir_clip2_cast4_prepacked, (lv2, metadata["ir.GenericConst"][10], metadata["ir.GenericConst"][11], metadata["ir.GenericConst"][12], metadata["ir.GenericConst"][13], metadata["ir.GenericConst"][14]), out_ty=R.Tensor((1, 64, 56, 56), dtype="int8"))
            lv3_1: R.Tensor((1, 64, 56, 56), dtype="int8") = lv5
            lv7 = R.call_tir(cls.fused_conv2d3_add4_cast5_multiply2_prepacked, (lv41, metadata["ir.GenericConst"][15], metadata["ir.GenericConst"][16], metadata["ir.GenericConst"][17]), out_ty=R.Tensor((1, 256, 56, 56), dtype="int64"))
            lv4: R.Tensor((1, 256, 56, 56), dtype="int64") = lv7
            lv9 = R.call_tir(cls.fused_conv2d3_add4_cast5_multiply2_add5_add6_right_shift2_tir_clip3_cast6_prepacked, (lv3_1, metadata["ir.GenericConst"][18], metadata["ir.GenericConst"][19], metadata["ir.GenericConst"][20], lv4, metadata["ir.GenericConst"][21], metadata["ir.GenericConst"][22]), out_ty=R.Tensor((1, 256, 56, 56), dtype="int8"))
            lv5_1: R.Tensor((1, 256, 56, 56), dtype="int8") = lv9
            lv11 = R.call_tir(cls.fused_conv2d4_add2_cast3_multiply1_add3_right_shift1_tir_clip2_cast4_prepacked, (lv5_1, metadata["ir.GenericConst"][23], metadata["ir.GenericConst"][24], metadata["ir.GenericConst"][25], metadata["ir.GenericConst"][26], metadata["ir.GenericConst"][27]), out_ty=R.Tensor((1, 64, 56, 56), dtype="int8"))
            lv6: R.Tensor((1, 64, 56, 56), dtype="int8") = lv11
            lv13 = R.call_tir(cls.fused_conv2d2_add2_cast3_multiply1_add3_right_shift1_tir_clip2_cast4_prepacked, (lv6, metadata["ir.GenericConst"][28], metadata["ir.GenericConst"][29], metadata["ir.GenericConst"][30], metadata["ir.GenericConst"][31], metadata["ir.GenericConst"][32]), out_ty=R.Tensor((1, 64, 56, 56), dtype="int8"))
            lv7_1: R.Tensor((1, 64, 56, 56), dtype="int8") = lv13
            lv15 = R.call_tir(cls.fused_conv2d3_add4_cast5_multiply2_cast7_multiply2_add5_add6_right_shift2_tir_clip3_cast6_prepacked, (lv7_1, metadata["ir.GenericConst"][33], metadata["ir.GenericConst"][34], metadata["ir.GenericConst"][35], lv5_1, metadata["ir.GenericConst"][36], metadata["ir.GenericConst"][37], metadata["ir.GenericConst"][38]), out_ty=R.Tensor((1, 256, 56, 56), dtype="int8"))
            lv8: R.Tensor((1, 256, 56, 56), dtype="int8") = lv15
            lv17 = R.call_tir(cls.fused_conv2d4_add2_cast3_multiply1_add3_right_shift1_tir_clip2_cast4_prepacked, (lv8, metadata["ir.GenericConst"][39], metadata["ir.GenericConst"][40], metadata["ir.GenericConst"][41], metadata["ir.GenericConst"][42], metadata["ir.GenericConst"][43]), out_ty=R.Tensor((1, 64, 56, 56), dtype="int8"))
            lv9_1: R.Tensor((1, 64, 56, 56), dtype="int8") = lv17
            lv19 = R.call_tir(cls.fused_conv2d2_add2_cast3_multiply1_add3_right_shift1_tir_clip2_cast4_prepacked, (lv9_1, metadata["ir.GenericConst"][44], metadata["ir.GenericConst"][45], metadata["ir.GenericConst"][46], metadata["ir.GenericConst"][47], metadata["ir.GenericConst"][48]), out_ty=R.Tensor((1, 64, 56, 56), dtype="int8"))
            lv10: R.Tensor((1, 64, 56, 56), dtype="int8") = lv19
            lv21 = R.call_tir(cls.fused_conv2d3_add4_cast5_multiply2_cast7_multiply2_add5_add6_right_shift2_tir_clip3_cast6_prepacked, (lv10, metadata["ir.GenericConst"][49], metadata["ir.GenericConst"][50], metadata["ir.GenericConst"][51], lv8, metadata["ir.GenericConst"][52], metadata["ir.GenericConst"][53], metadata["ir.GenericConst"][54]), out_ty=R.Tensor((1, 256, 56, 56), dtype="int8"))
            lv11_1: R.Tensor((1, 256, 56, 56), dtype="int8") = lv21
            lv23 = R.call_tir(cls.fused_conv2d5_add7_cast8_multiply3_add8_right_shift3_tir_clip4_cast9_prepacked, (lv11_1, metadata["ir.GenericConst"][55], metadata["ir.GenericConst"][56], metadata["ir.GenericConst"][57], metadata["ir.GenericConst"][58], metadata["ir.GenericConst"][59]), out_ty=R.Tensor((1, 128, 56, 56), dtype="int8"))
            lv12: R.Tensor((1, 128, 56, 56), dtype="int8") = lv23
            lv25 = R.call_tir(cls.fused_conv2d6_add9_cast10_multiply4_add10_right_shift4_tir_clip5_cast11_prepacked, (lv12, metadata["ir.GenericConst"][60], metadata["ir.GenericConst"][61], metadata["ir.GenericConst"][62], metadata["ir.GenericConst"][63], metadata["ir.GenericConst"][64]), out_ty=R.Tensor((1, 128, 28, 28), dtype="int8"))
            lv13_1: R.Tensor((1, 128, 28, 28), dtype="int8") = lv25
            lv27 = R.call_tir(cls.fused_conv2d8_add11_cast12_multiply5_prepacked, (lv11_1, metadata["ir.GenericConst"][65], metadata["ir.GenericConst"][66], metadata["ir.GenericConst"][67]), out_ty=R.Tensor((1, 512, 28, 28), dtype="int64"))
            lv14: R.Tensor((1, 512, 28, 28), dtype="int64") = lv27
            lv29 = R.call_tir(cls.fused_conv2d7_add11_cast12_multiply5_add12_add13_right_shift5_tir_clip6_cast13_prepacked, (lv13_1, metadata["ir.GenericConst"][68], metadata["ir.GenericConst"][69], metadata["ir.GenericConst"][70], lv14, metadata["ir.GenericConst"][71], metadata["ir.GenericConst"][72]), out_ty=R.Tensor((1, 512, 28, 28), dtype="int8"))
            lv15_1: R.Tensor((1, 512, 28, 28), dtype="int8") = lv29
            lv31 = R.call_tir(cls.fused_conv2d9_add9_cast10_multiply4_add10_right_shift4_tir_clip5_cast11_prepacked, (lv15_1, metadata["ir.GenericConst"][73], metadata["ir.GenericConst"][74], metadata["ir.GenericConst"][75], metadata["ir.GenericConst"][76], metadata["ir.GenericConst"][77]), out_ty=R.Tensor((1, 128, 28, 28), dtype="int8"))
            lv16: R.Tensor((1, 128, 28, 28), dtype="int8") = lv31
            lv33 = R.call_tir(cls.fused_conv2d10_add9_cast10_multiply4_add10_right_shift4_tir_clip5_cast11_prepacked, (lv16, metadata["ir.GenericConst"][78], metadata["ir.GenericConst"][79], metadata["ir.GenericConst"][80], metadata["ir.GenericConst"][81], metadata["ir.GenericConst"][82]), out_ty=R.Tensor((1, 128, 28, 28), dtype="int8"))
            lv17_1: R.Tensor((1, 128, 28, 28), dtype="int8") = lv33
            lv35 = R.call_tir(cls.fused_conv2d7_add11_cast12_multiply5_cast14_multiply5_add12_add13_right_shift5_tir_clip6_cast13_prepacked, (lv17_1, metadata["ir.GenericConst"][83], metadata["ir.GenericConst"][84], metadata["ir.GenericConst"][85], lv15_1, metadata["ir.GenericConst"][86], metadata["ir.GenericConst"][87], metadata["ir.GenericConst"][88]), out_ty=R.Tensor((1, 512, 28, 28), dtype="int8"))
            lv18: R.Tensor((1, 512, 28, 28), dtype="int8") = lv35
            lv37 = R.call_tir(cls.fused_conv2d9_add9_cast10_multiply4_add10_right_shift4_tir_clip5_cast11_prepacked, (lv18, metadata["ir.GenericConst"][89], metadata["ir.GenericConst"][90], metadata["ir.GenericConst"][91], metadata["ir.GenericConst"][92], metadata["ir.GenericConst"][93]), out_ty=R.Tensor((1, 128, 28, 28), dtype="int8"))
            lv19_1: R.Tensor((1, 128, 28, 28), dtype="int8") = lv37
            lv39 = R.call_tir(cls.fused_conv2d10_add9_cast10_multiply4_add10_right_shift4_tir_clip5_cast11_prepacked, (lv19_1, metadata["ir.GenericConst"][94], metadata["ir.GenericConst"][95], metadata["ir.GenericConst"][96], metadata["ir.GenericConst"][97], metadata["ir.GenericConst"][98]), out_ty=R.Tensor((1, 128, 28, 28), dtype="int8"))
            lv20: R.Tensor((1, 128, 28, 28), dtype="int8") = lv39
            lv41_1 = R.call_tir(cls.fused_conv2d7_add11_cast12_multiply5_cast14_multiply5_add12_add13_right_shift5_tir_clip6_cast13_prepacked, (lv20, metadata["ir.GenericConst"][99], metadata["ir.GenericConst"][100], metadata["ir.GenericConst"][101], lv18, metadata["ir.GenericConst"][102], metadata["ir.GenericConst"][103], metadata["ir.GenericConst"][104]), out_ty=R.Tensor((1, 512, 28, 28), dtype="int8"))
            lv21_1: R.Tensor((1, 512, 28, 28), dtype="int8") = lv41_1
            lv43 = R.call_tir(cls.fused_conv2d9_add9_cast10_multiply4_add10_right_shift4_tir_clip5_cast11_prepacked, (lv21_1, metadata["ir.GenericConst"][105], metadata["ir.GenericConst"][106], metadata["ir.GenericConst"][107], metadata["ir.GenericConst"][108], metadata["ir.GenericConst"][109]), out_ty=R.Tensor((1, 128, 28, 28), dtype="int8"))
            lv22: R.Tensor((1, 128, 28, 28), dtype="int8") = lv43
            lv45 = R.call_tir(cls.fused_conv2d10_add9_cast10_multiply4_add10_right_shift4_tir_clip5_cast11_prepacked, (lv22, metadata["ir.GenericConst"][110], metadata["ir.GenericConst"][111], metadata["ir.GenericConst"][112], metadata["ir.GenericConst"][113], metadata["ir.GenericConst"][114]), out_ty=R.Tensor((1, 128, 28, 28), dtype="int8"))
            lv23_1: R.Tensor((1, 128, 28, 28), dtype="int8") = lv45
            lv47 = R.call_tir(cls.fused_conv2d7_add11_cast12_multiply5_cast14_multiply5_add12_add13_right_shift5_tir_clip6_cast13_prepacked, (lv23_1, metadata["ir.GenericConst"][115], metadata["ir.GenericConst"][116], metadata["ir.GenericConst"][117], lv21_1, metadata["ir.GenericConst"][118], metadata["ir.GenericConst"][119], metadata["ir.GenericConst"][120]), out_ty=R.Tensor((1, 512, 28, 28), dtype="int8"))
            lv24: R.Tensor((1, 512, 28, 28), dtype="int8") = lv47
            lv49 = R.call_tir(cls.fused_conv2d11_add14_cast15_multiply6_add15_right_shift6_tir_clip7_cast16_prepacked, (lv24, metadata["ir.GenericConst"][121], metadata["ir.GenericConst"][122], metadata["ir.GenericConst"][123], metadata["ir.GenericConst"][124], metadata["ir.GenericConst"][125]), out_ty=R.Tensor((1, 256, 28, 28), dtype="int8"))
            lv25_1: R.Tensor((1, 256, 28, 28), dtype="int8") = lv49
            lv51 = R.call_tir(cls.fused_conv2d12_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18_prepacked, (lv25_1, metadata["ir.GenericConst"][126], metadata["ir.GenericConst"][127], metadata["ir.GenericConst"][128], metadata["ir.GenericConst"][129], metadata["ir.GenericConst"][130]), out_ty=R.Tensor((1, 256, 14, 14), dtype="int8"))
            lv26: R.Tensor((1, 256, 14, 14), dtype="int8") = lv51
            lv53 = R.call_tir(cls.fused_conv2d14_add18_cast19_multiply8_prepacked, (lv24, metadata["ir.GenericConst"][131], metadata["ir.GenericConst"][132], metadata["ir.GenericConst"][133]), out_ty=R.Tensor((1, 1024, 14, 14), dtype="int64"))
            lv27_1: R.Tensor((1, 1024, 14, 14), dtype="int64") = lv53
            lv55 = R.call_tir(cls.fused_conv2d13_add18_cast19_multiply8_add19_add20_right_shift8_tir_clip9_cast20_prepacked, (lv26, metadata["ir.GenericConst"][134], metadata["ir.GenericConst"][135], metadata["ir.GenericConst"][136], lv27_1, metadata["ir.GenericConst"][137], metadata["ir.GenericConst"][138]), out_ty=R.Tensor((1, 1024, 14, 14), dtype="int8"))
            lv28: R.Tensor((1, 1024, 14, 14), dtype="int8") = lv55
            lv57 = R.call_tir(cls.fused_conv2d15_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18_prepacked, (lv28, metadata["ir.GenericConst"][139], metadata["ir.GenericConst"][140], metadata["ir.GenericConst"][141], metadata["ir.GenericConst"][142], metadata["ir.GenericConst"][143]), out_ty=R.Tensor((1, 256, 14, 14), dtype="int8"))
            lv29_1: R.Tensor((1, 256, 14, 14), dtype="int8") = lv57
            lv59 = R.call_tir(cls.fused_conv2d16_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18_prepacked, (lv29_1, metadata["ir.GenericConst"][144], metadata["ir.GenericConst"][145], metadata["ir.GenericConst"][146], metadata["ir.GenericConst"][147], metadata["ir.GenericConst"][148]), out_ty=R.Tensor((1, 256, 14, 14), dtype="int8"))
            lv30: R.Tensor((1, 256, 14, 14), dtype="int8") = lv59
            lv61 = R.call_tir(cls.fused_conv2d13_add18_cast19_multiply8_cast21_multiply8_add19_add20_right_shift8_tir_clip9_cast20_prepacked, (lv30, metadata["ir.GenericConst"][149], metadata["ir.GenericConst"][150], metadata["ir.GenericConst"][151], lv28, metadata["ir.GenericConst"][152], metadata["ir.GenericConst"][153], metadata["ir.GenericConst"][154]), out_ty=R.Tensor((1, 1024, 14, 14), dtype="int8"))
            lv31_1: R.Tensor((1, 1024, 14, 14), dtype="int8") = lv61
            lv63 = R.call_tir(cls.fused_conv2d15_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18_prepacked, (lv31_1, metadata["ir.GenericConst"][155], metadata["ir.GenericConst"][156], metadata["ir.GenericConst"][157], metadata["ir.GenericConst"][158], metadata["ir.GenericConst"][159]), out_ty=R.Tensor((1, 256, 14, 14), dtype="int8"))
            lv32: R.Tensor((1, 256, 14, 14), dtype="int8") = lv63
            lv65 = R.call_tir(cls.fused_conv2d16_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18_prepacked, (lv32, metadata["ir.GenericConst"][160], metadata["ir.GenericConst"][161], metadata["ir.GenericConst"][162], metadata["ir.GenericConst"][163], metadata["ir.GenericConst"][164]), out_ty=R.Tensor((1, 256, 14, 14), dtype="int8"))
            lv33_1: R.Tensor((1, 256, 14, 14), dtype="int8") = lv65
            lv67 = R.call_tir(cls.fused_conv2d13_add18_cast19_multiply8_cast21_multiply8_add19_add20_right_shift8_tir_clip9_cast20_prepacked, (lv33_1, metadata["ir.GenericConst"][165], metadata["ir.GenericConst"][166], metadata["ir.GenericConst"][167], lv31_1, metadata["ir.GenericConst"][168], metadata["ir.GenericConst"][169], metadata["ir.GenericConst"][170]), out_ty=R.Tensor((1, 1024, 14, 14), dtype="int8"))
            lv34: R.Tensor((1, 1024, 14, 14), dtype="int8") = lv67
            lv69 = R.call_tir(cls.fused_conv2d15_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18_prepacked, (lv34, metadata["ir.GenericConst"][171], metadata["ir.GenericConst"][172], metadata["ir.GenericConst"][173], metadata["ir.GenericConst"][174], metadata["ir.GenericConst"][175]), out_ty=R.Tensor((1, 256, 14, 14), dtype="int8"))
            lv35_1: R.Tensor((1, 256, 14, 14), dtype="int8") = lv69
            lv71 = R.call_tir(cls.fused_conv2d16_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18_prepacked, (lv35_1, metadata["ir.GenericConst"][176], metadata["ir.GenericConst"][177], metadata["ir.GenericConst"][178], metadata["ir.GenericConst"][179], metadata["ir.GenericConst"][180]), out_ty=R.Tensor((1, 256, 14, 14), dtype="int8"))
            lv36: R.Tensor((1, 256, 14, 14), dtype="int8") = lv71
            lv73 = R.call_tir(cls.fused_conv2d13_add18_cast19_multiply8_cast21_multiply8_add19_add20_right_shift8_tir_clip9_cast20_prepacked, (lv36, metadata["ir.GenericConst"][181], metadata["ir.GenericConst"][182], metadata["ir.GenericConst"][183], lv34, metadata["ir.GenericConst"][184], metadata["ir.GenericConst"][185], metadata["ir.GenericConst"][186]), out_ty=R.Tensor((1, 1024, 14, 14), dtype="int8"))
            lv37_1: R.Tensor((1, 1024, 14, 14), dtype="int8") = lv73
            lv75 = R.call_tir(cls.fused_conv2d15_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18_prepacked, (lv37_1, metadata["ir.GenericConst"][187], metadata["ir.GenericConst"][188], metadata["ir.GenericConst"][189], metadata["ir.GenericConst"][190], metadata["ir.GenericConst"][191]), out_ty=R.Tensor((1, 256, 14, 14), dtype="int8"))
            lv38: R.Tensor((1, 256, 14, 14), dtype="int8") = lv75
            lv77 = R.call_tir(cls.fused_conv2d16_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18_prepacked, (lv38, metadata["ir.GenericConst"][192], metadata["ir.GenericConst"][193], metadata["ir.GenericConst"][194], metadata["ir.GenericConst"][195], metadata["ir.GenericConst"][196]), out_ty=R.Tensor((1, 256, 14, 14), dtype="int8"))
            lv39_1: R.Tensor((1, 256, 14, 14), dtype="int8") = lv77
            lv79 = R.call_tir(cls.fused_conv2d13_add18_cast19_multiply8_cast21_multiply8_add19_add20_right_shift8_tir_clip9_cast20_prepacked, (lv39_1, metadata["ir.GenericConst"][197], metadata["ir.GenericConst"][198], metadata["ir.GenericConst"][199], lv37_1, metadata["ir.GenericConst"][200], metadata["ir.GenericConst"][201], metadata["ir.GenericConst"][202]), out_ty=R.Tensor((1, 1024, 14, 14), dtype="int8"))
            lv40: R.Tensor((1, 1024, 14, 14), dtype="int8") = lv79
            lv81 = R.call_tir(cls.fused_conv2d15_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18_prepacked, (lv40, metadata["ir.GenericConst"][203], metadata["ir.GenericConst"][204], metadata["ir.GenericConst"][205], metadata["ir.GenericConst"][206], metadata["ir.GenericConst"][207]), out_ty=R.Tensor((1, 256, 14, 14), dtype="int8"))
            lv41_2: R.Tensor((1, 256, 14, 14), dtype="int8") = lv81
            lv83 = R.call_tir(cls.fused_conv2d16_add16_cast17_multiply7_add17_right_shift7_tir_clip8_cast18_prepacked, (lv41_2, metadata["ir.GenericConst"][208], metadata["ir.GenericConst"][209], metadata["ir.GenericConst"][210], metadata["ir.GenericConst"][211], metadata["ir.GenericConst"][212]), out_ty=R.Tensor((1, 256, 14, 14), dtype="int8"))
            lv42: R.Tensor((1, 256, 14, 14), dtype="int8") = lv83
            lv85 = R.call_tir(cls.fused_conv2d13_add18_cast19_multiply8_cast21_multiply8_add19_add20_right_shift8_tir_clip9_cast20_prepacked, (lv42, metadata["ir.GenericConst"][213], metadata["ir.GenericConst"][214], metadata["ir.GenericConst"][215], lv40, metadata["ir.GenericConst"][216], metadata["ir.GenericConst"][217], metadata["ir.GenericConst"][218]), out_ty=R.Tensor((1, 1024, 14, 14), dtype="int8"))
            lv43_1: R.Tensor((1, 1024, 14, 14), dtype="int8") = lv85
            lv87 = R.call_tir(cls.fused_conv2d17_add21_cast22_multiply9_add22_right_shift9_tir_clip10_cast23_prepacked, (lv43_1, metadata["ir.GenericConst"][219], metadata["ir.GenericConst"][220], metadata["ir.GenericConst"][221], metadata["ir.GenericConst"][222], metadata["ir.GenericConst"][223]), out_ty=R.Tensor((1, 512, 14, 14), dtype="int8"))
            lv44: R.Tensor((1, 512, 14, 14), dtype="int8") = lv87
            lv89 = R.call_tir(cls.fused_conv2d18_add23_cast24_multiply10_add24_right_shift10_tir_clip11_cast25_prepacked, (lv44, metadata["ir.GenericConst"][224], metadata["ir.GenericConst"][225], metadata["ir.GenericConst"][226], metadata["ir.GenericConst"][227], metadata["ir.GenericConst"][228]), out_ty=R.Tensor((1, 512, 7, 7), dtype="int8"))
            lv45_1: R.Tensor((1, 512, 7, 7), dtype="int8") = lv89
            lv91 = R.call_tir(cls.fused_conv2d20_add25_cast26_multiply11_prepacked, (lv43_1, metadata["ir.GenericConst"][229], metadata["ir.GenericConst"][230], metadata["ir.GenericConst"][231]), out_ty=R.Tensor((1, 2048, 7, 7), dtype="int64"))
            lv46: R.Tensor((1, 2048, 7, 7), dtype="int64") = lv91
            lv93 = R.call_tir(cls.fused_conv2d19_add25_cast26_multiply11_add26_add27_right_shift11_tir_clip12_cast27_prepacked, (lv45_1, metadata["ir.GenericConst"][232], metadata["ir.GenericConst"][233], metadata["ir.GenericConst"][234], lv46, metadata["ir.GenericConst"][235], metadata["ir.GenericConst"][236]), out_ty=R.Tensor((1, 2048, 7, 7), dtype="int8"))
            lv47_1: R.Tensor((1, 2048, 7, 7), dtype="int8") = lv93
            lv95 = R.call_tir(cls.fused_conv2d21_add23_cast24_multiply10_add24_right_shift10_tir_clip11_cast25_prepacked, (lv47_1, metadata["ir.GenericConst"][237], metadata["ir.GenericConst"][238], metadata["ir.GenericConst"][239], metadata["ir.GenericConst"][240], metadata["ir.GenericConst"][241]), out_ty=R.Tensor((1, 512, 7, 7), dtype="int8"))
            lv48: R.Tensor((1, 512, 7, 7), dtype="int8") = lv95
            lv97 = R.call_tir(cls.fused_conv2d22_add23_cast24_multiply10_add24_right_shift10_tir_clip11_cast25_prepacked, (lv48, metadata["ir.GenericConst"][242], metadata["ir.GenericConst"][243], metadata["ir.GenericConst"][244], metadata["ir.GenericConst"][245], metadata["ir.GenericConst"][246]), out_ty=R.Tensor((1, 512, 7, 7), dtype="int8"))
            lv49_1: R.Tensor((1, 512, 7, 7), dtype="int8") = lv97
            lv99 = R.call_tir(cls.fused_conv2d19_add25_cast26_multiply11_cast28_multiply11_add26_add27_right_shift11_tir_clip12_cast27_prepacked, (lv49_1, metadata["ir.GenericConst"][247], metadata["ir.GenericConst"][248], metadata["ir.GenericConst"][249], lv47_1, metadata["ir.GenericConst"][250], metadata["ir.GenericConst"][251], metadata["ir.GenericConst"][252]), out_ty=R.Tensor((1, 2048, 7, 7), dtype="int8"))
            lv50: R.Tensor((1, 2048, 7, 7), dtype="int8") = lv99
            lv101 = R.call_tir(cls.fused_conv2d21_add23_cast24_multiply10_add24_right_shift10_tir_clip11_cast25_prepacked, (lv50, metadata["ir.GenericConst"][253], metadata["ir.GenericConst"][254], metadata["ir.GenericConst"][255], metadata["ir.GenericConst"][256], metadata["ir.GenericConst"][257]), out_ty=R.Tensor((1, 512, 7, 7), dtype="int8"))
            lv51_1: R.Tensor((1, 512, 7, 7), dtype="int8") = lv101
            lv103 = R.call_tir(cls.fused_conv2d22_add23_cast24_multiply10_add24_right_shift10_tir_clip11_cast25_prepacked, (lv51_1, metadata["ir.GenericConst"][258], metadata["ir.GenericConst"][259], metadata["ir.GenericConst"][260], metadata["ir.GenericConst"][261], metadata["ir.GenericConst"][262]), out_ty=R.Tensor((1, 512, 7, 7), dtype="int8"))
            lv52: R.Tensor((1, 512, 7, 7), dtype="int8") = lv103
            lv105 = R.call_tir(cls.fused_conv2d19_add25_cast26_multiply11_cast28_multiply11_add26_add27_right_shift11_tir_clip12_cast27_cast29_prepacked, (lv52, metadata["ir.GenericConst"][263], metadata["ir.GenericConst"][264], metadata["ir.GenericConst"][265], lv50, metadata["ir.GenericConst"][266], metadata["ir.GenericConst"][267], metadata["ir.GenericConst"][268]), out_ty=R.Tensor((1, 2048, 7, 7), dtype="int32"))
            lv53_1: R.Tensor((1, 2048, 7, 7), dtype="int32") = lv105
            lv299 = R.call_tir(cls.sum, (lv53_1,), out_ty=R.Tensor((1, 2048, 1, 1), dtype="int32"))
            lv54 = R.call_tir(cls.fused_cast30_multiply12_add28_right_shift12_tir_clip13_cast31_reshape, (lv299,), out_ty=R.Tensor((1, 2048), dtype="int8"))
            lv107 = R.call_tir(cls.fused_matmul_add29_cast32_multiply13_prepacked, (lv54, metadata["ir.GenericConst"][269], metadata["ir.GenericConst"][270], metadata["ir.GenericConst"][271]), out_ty=R.Tensor((1, 1000), dtype="float32"))
            gv: R.Tensor((1, 1000), dtype="float32") = lv107
            R.output(gv)
        return gv

# Metadata omitted. Use show_meta=True in script() method to show it.