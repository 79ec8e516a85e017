"""PEFT LoRA → llama.cpp LoRA adapter (GGUF): `scripts/export ADAPTER_DIR --out FILE [--check]`.

The conversion needs only the `gguf` package: PEFT's A (rank × in) and B (out × rank) matrices are
written as `blk.N.<tensor>.weight.lora_a` / `.lora_b`, which is the layout llama.cpp expects. With
``--check`` the adapter is loaded by llama-cpp-python and its greedy output compared with the PEFT
model's on a few prompts (needs the [train] extra).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

import gguf
import numpy as np
from safetensors.numpy import load_file

ROOT = Path(__file__).resolve().parent.parent

ARCHITECTURE = gguf.MODEL_ARCH.GEMMA3
BASE_MODEL = "gemma-3-270m-q4_k_m"
"""The manifest (models/) of the GGUF the adapter was trained on."""
_PEFT_NAME = re.compile(r"^base_model\.model\.(model\.layers\.(\d+)\.\w+\.\w+)\.lora_([AB])\.weight$")


def export(adapter_dir: Path, out: Path, dtype: str = "f16") -> dict:
    """Write the GGUF adapter; returns what was written (tensor count, rank, alpha)."""
    config = json.loads((adapter_dir / "adapter_config.json").read_text())
    tensors = load_file(str(adapter_dir / "adapter_model.safetensors"))
    layers = 1 + max(int(m.group(2)) for name in tensors if (m := _PEFT_NAME.match(name)))
    names = gguf.get_tensor_name_map(ARCHITECTURE, layers)
    writer = gguf.GGUFWriter(str(out), gguf.MODEL_ARCH_NAMES[ARCHITECTURE])
    writer.add_string(gguf.Keys.General.TYPE, gguf.GGUFType.ADAPTER)
    writer.add_string(gguf.Keys.Adapter.TYPE, "lora")
    writer.add_float32(gguf.Keys.Adapter.LORA_ALPHA, float(config["lora_alpha"]))
    numpy_type = {"f16": np.float16, "f32": np.float32}[dtype]
    written = 0
    for name in sorted(tensors):
        match = _PEFT_NAME.match(name)
        if not match:
            raise ValueError(f"unexpected tensor {name} in the adapter (only LoRA A/B of transformer layers are exported)")
        base = names.get_name(match.group(1))
        if base is None:
            raise ValueError(f"llama.cpp has no tensor for {match.group(1)}")
        writer.add_tensor(f"{base}.weight.lora_{match.group(3).lower()}", tensors[name].astype(numpy_type))
        written += 1
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return {"tensors": written, "rank": config["r"], "alpha": config["lora_alpha"], "layers": layers}


def check(adapter_dir: Path, gguf_adapter: Path, prompts: list[str], tokens: int = 24) -> list[tuple[str, str]]:
    """Greedy continuations (PEFT, llama.cpp) for each prompt."""
    import torch
    from peft import PeftModel

    from companion.engine.base import GenerationRequest, generate
    from companion.engine.llama import LlamaEngine
    from training.train import load_base

    _, base_path, tokenizer, model = load_base("cpu")
    model = PeftModel.from_pretrained(model, adapter_dir).eval()
    engine = LlamaEngine(base_path, lora_path=gguf_adapter)
    pairs = []
    for prompt in prompts:
        ids = torch.tensor([[tokenizer.bos_token_id] + tokenizer(prompt, add_special_tokens=False)["input_ids"]])
        with torch.no_grad():
            out = model.generate(input_ids=ids, max_new_tokens=tokens, do_sample=False)
        peft_text = tokenizer.decode(out[0, ids.shape[1]:], skip_special_tokens=True)
        llama_text = generate(engine, GenerationRequest(prompt, max_tokens=tokens, temperature=0.0))
        pairs.append((peft_text, llama_text))
    return pairs


def check_prompts() -> list[str]:
    """A prompt per behaviour, rendered by the runtime's templates, about text in no training or eval set."""
    from companion.behaviors import prompts

    return [
        prompts.render_route_prompt("notes.md", False, "could you tighten the second paragraph"),
        prompts.render_route_prompt(None, False, "write a limerick about a sleepy cat"),
        prompts.render_edit_prompt("todo.txt", "fix the typos", "Buy milk, eggs and bred for teh weekend.\n"),
        prompts.render_locate_prompt("plan.md", "shorten the bit about the budget",
                                     [(1, "Plan"), (2, "Plan: We start in May."), (3, "Plan: The budget is ten thousand.")]),
        prompts.render_create_name_prompt("write a packing list for a beach holiday"),
    ]


TRAINING_KEYS = ("data", "data_sha256", "examples", "tasks", "steps", "epochs", "learning_rate", "rank", "alpha", "dropout",
                 "target_modules", "train_seconds", "device", "threads", "precision", "edit_weight", "final_loss")


def _training_lines(record: dict) -> list[str]:
    return [f"{key} = {json.dumps(record[key])}" for key in TRAINING_KEYS if key in record]


def write_manifest(path: Path, adapter: Path, run: Path, name: str) -> None:
    """The shipped model's manifest: the base it builds on, the adapter's hash, and how it was trained."""
    from companion.models import load_manifests

    base = next(m for m in load_manifests() if m.name == BASE_MODEL)
    record = json.loads((run / "training.json").read_text())
    adapter_sha = hashlib.sha256(adapter.read_bytes()).hexdigest()
    lines = [
        f"# {name}: the embedded default — {base.name} with companion's distilled LoRA adapter (see {name}.md).",
        f'name = "{name}"', f'file_name = "{base.file_name}"', f'sha256 = "{base.sha256}"', f"size = {base.size}",
        f'prompt_format = "{base.prompt_format}"', f"context_length = {base.context_length}", "default = true",
        f'source = "{base.source}"', f'license = "{base.license}"', f'adapter = "{adapter.name}"', f'adapter_sha256 = "{adapter_sha}"',
        "", "[training]", f'base_model = "{base.name}"', f'adapter_bytes = {adapter.stat().st_size}',
    ]
    lines += _training_lines(record)
    if record.get("init_adapter"):  # a continuation: the run it started from is part of how the adapter was made
        earlier = json.loads((ROOT / record["init_adapter"]).parent.joinpath("training.json").read_text())
        lines += ["", "[training.continued_from]", f'adapter = "{record["init_adapter"]}"', *_training_lines(earlier)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/export", description=__doc__.splitlines()[0])
    parser.add_argument("adapter", type=Path, help="a PEFT adapter folder (scripts/train writes RUN/adapter)")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--dtype", choices=("f16", "f32"), default="f16")
    parser.add_argument("--check", action="store_true", help="compare greedy outputs with the PEFT model")
    parser.add_argument("--manifest", type=Path, help="also write the shipped model's manifest (models/NAME.toml)")
    args = parser.parse_args(argv)
    info = export(args.adapter, args.out, args.dtype)
    print(f"{info['tensors']} tensors (rank {info['rank']}, alpha {info['alpha']}) → {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")
    if args.manifest:
        write_manifest(args.manifest, args.out, args.adapter.parent, args.manifest.stem)
        print(f"manifest → {args.manifest}")
    if not args.check:
        return 0
    pairs = check(args.adapter, args.out, check_prompts())
    same = sum(peft == llama for peft, llama in pairs)
    answers = sum(answer_part(peft) == answer_part(llama) for peft, llama in pairs)
    for peft, llama in pairs:
        print(("same  " if peft == llama else "DIFF  ") + json.dumps(llama)[:100] + ("" if peft == llama else "  vs PEFT " + json.dumps(peft)[:100]))
    print(f"{same}/{len(pairs)} greedy continuations identical in full; {answers}/{len(pairs)} identical up to where the runtime stops")
    return 0 if answers == len(pairs) else 1


def answer_part(text: str) -> str:
    """What the runtime keeps of a continuation: up to the first closing tag or blank line (its stops).
    Past that, f16 adapter weights and quantized kernels may drift from PEFT's fp32 without consequence."""
    ends = [i for i in (text.find("</"), text.find("\n\n")) if i != -1]
    return text[: min(ends)] if ends else text


if __name__ == "__main__":
    sys.exit(main())
