"""tvmq's schedule rules for CUDA targets, applied before DLight's generic GPU rules."""
