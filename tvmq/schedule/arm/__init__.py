"""tvmq's schedule rules for AArch64 (NEON, dot-product extension) llvm targets."""
