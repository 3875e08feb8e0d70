"""CPU (llvm) schedule rules, one per file."""
