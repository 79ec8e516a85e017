"""scripts/train's default precision: bfloat16 only where the hardware computes it (training/precision.py)."""

from training.precision import choose_precision, cpu_feature_flags


def test_a_cpu_with_amx_or_avx512_bf16_trains_in_bfloat16():
    assert choose_precision("auto", "cpu", cpu_flags=frozenset({"avx2", "amx_bf16", "amx_tile"}))[0] == "bf16"
    assert choose_precision("auto", "cpu", cpu_flags=frozenset({"avx512f", "avx512_bf16"}))[0] == "bf16"


def test_an_avx2_only_cpu_trains_in_float32_and_says_why():
    precision, why = choose_precision("auto", "cpu", cpu_flags=frozenset({"sse4_2", "avx", "avx2", "fma"}))
    assert precision == "fp32"
    assert "no native bfloat16" in why


def test_unknown_cpu_features_fall_back_to_float32():
    assert choose_precision("auto", "cpu", cpu_flags=frozenset())[0] == "fp32"


def test_a_gpu_uses_bfloat16_when_it_supports_it():
    assert choose_precision("auto", "cuda", gpu_has_bf16=True)[0] == "bf16"
    assert choose_precision("auto", "cuda", gpu_has_bf16=False)[0] == "fp32"


def test_an_explicit_choice_is_kept_whatever_the_hardware():
    assert choose_precision("bf16", "cpu", cpu_flags=frozenset()) == ("bf16", "as asked")
    assert choose_precision("fp32", "cuda", gpu_has_bf16=True) == ("fp32", "as asked")


def test_the_flags_are_read_from_cpuinfo_and_missing_cpuinfo_means_none(tmp_path):
    cpuinfo = tmp_path / "cpuinfo"
    cpuinfo.write_text("processor\t: 0\nmodel name\t: AMD EPYC\nflags\t\t: fpu sse2 avx2 fma\nbugs\t\t: none\n")
    assert cpu_feature_flags(cpuinfo) == {"fpu", "sse2", "avx2", "fma"}
    assert cpu_feature_flags(tmp_path / "absent") == frozenset()
