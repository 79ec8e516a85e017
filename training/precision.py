"""Which dtype ``scripts/train`` holds the frozen base weights in: bfloat16 only where the hardware has it.

bfloat16 made a training step about 1.4 times as fast on a CPU with AMX (models/companion-270m-rounds.md),
but a CPU without native bfloat16 emulates it: on a 2-core AVX2 machine one step took over ten minutes in
bfloat16 against 15 s in float32. Kept free of torch so the choice can be tested without it.
"""

from __future__ import annotations

from pathlib import Path

NATIVE_BF16_CPU_FLAGS = frozenset({"amx_bf16", "avx512_bf16"})


def choose_precision(requested: str, device: str, *, gpu_has_bf16: bool = False,
                     cpu_flags: frozenset[str] | None = None) -> tuple[str, str]:
    """The precision to train in ("bf16" or "fp32") for ``requested`` ("auto", "bf16" or "fp32"), and why."""
    if requested != "auto":
        return requested, "as asked"
    if device == "cuda":
        return ("bf16", "the GPU supports it") if gpu_has_bf16 else ("fp32", "the GPU lacks bfloat16")
    native = sorted((cpu_flags if cpu_flags is not None else cpu_feature_flags()) & NATIVE_BF16_CPU_FLAGS)
    if native:
        return "bf16", f"the CPU computes it natively ({', '.join(native)})"
    return "fp32", "the CPU has no native bfloat16 (AMX or AVX-512 BF16); emulated, it would be many times slower"


def cpu_feature_flags(cpuinfo_path: Path = Path("/proc/cpuinfo")) -> frozenset[str]:
    """The CPU's feature flags from Linux's cpuinfo; empty where that cannot be read (not Linux), so "auto"
    falls back to float32, which is never wrong, only slower."""
    try:
        with cpuinfo_path.open(encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("flags"):
                    return frozenset(line.split(":", 1)[1].split())
    except OSError:
        pass
    return frozenset()
