"""The exported llama.cpp adapter format, checked by llama.cpp itself on the real base model."""

import json

import numpy as np
import pytest
from safetensors.numpy import save_file

from companion.engine.base import GenerationRequest, generate
from companion.engine.llama import LlamaEngine
from training.export import export

pytestmark = pytest.mark.real_model

LAYERS, HIDDEN, HEADS_Q, HEADS_KV, HEAD_DIM, FFN = 18, 640, 4, 1, 256, 2048


def peft_adapter(folder, rank=4, scale_b=0.0, seed=0):
    """A PEFT-format adapter with Gemma 3 270M's shapes; B = 0 leaves the model unchanged."""
    rng = np.random.default_rng(seed)
    shapes = {"self_attn.q_proj": (HIDDEN, HEADS_Q * HEAD_DIM), "self_attn.k_proj": (HIDDEN, HEADS_KV * HEAD_DIM),
              "self_attn.v_proj": (HIDDEN, HEADS_KV * HEAD_DIM), "self_attn.o_proj": (HEADS_Q * HEAD_DIM, HIDDEN),
              "mlp.gate_proj": (HIDDEN, FFN), "mlp.up_proj": (HIDDEN, FFN), "mlp.down_proj": (FFN, HIDDEN)}
    tensors = {}
    for layer in range(LAYERS):
        for module, (inputs, outputs) in shapes.items():
            name = f"base_model.model.model.layers.{layer}.{module}"
            tensors[f"{name}.lora_A.weight"] = rng.normal(0, 0.02, (rank, inputs)).astype(np.float32)
            tensors[f"{name}.lora_B.weight"] = (rng.normal(0, 1, (outputs, rank)) * scale_b).astype(np.float32)
    folder.mkdir()
    save_file(tensors, str(folder / "adapter_model.safetensors"))
    (folder / "adapter_config.json").write_text(json.dumps({"r": rank, "lora_alpha": 2 * rank}))
    return folder


PROMPT = "The three primary colours are"


def test_an_exported_zero_adapter_loads_in_llama_cpp_and_changes_nothing(tmp_path, default_model):
    info = export(peft_adapter(tmp_path / "peft"), tmp_path / "zero.gguf")
    assert info == {"tensors": LAYERS * 7 * 2, "rank": 4, "alpha": 8, "layers": LAYERS}
    bare = generate(LlamaEngine(default_model), GenerationRequest(PROMPT, max_tokens=12))
    adapted = generate(LlamaEngine(default_model, lora_path=tmp_path / "zero.gguf"), GenerationRequest(PROMPT, max_tokens=12))
    assert adapted == bare


def test_an_exported_adapter_with_weight_changes_the_output(tmp_path, default_model):
    export(peft_adapter(tmp_path / "peft", scale_b=0.5), tmp_path / "noisy.gguf")
    bare = generate(LlamaEngine(default_model), GenerationRequest(PROMPT, max_tokens=12))
    adapted = generate(LlamaEngine(default_model, lora_path=tmp_path / "noisy.gguf"), GenerationRequest(PROMPT, max_tokens=12))
    assert adapted != bare
