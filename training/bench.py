"""`scripts/bench-train`: how fast a training step is in each LoRA configuration, as ratios within one run.

Every configuration trains its own fresh LoRA on the same batches of the real data, the configurations
taking turns batch by batch so that a shared machine's noise falls on all of them alike; the figure is the
median seconds per step and its ratio to the first configuration (dropout 0.05 on every layer, as the shipped adapter was trained).
Nothing here asserts: the numbers go to the model card's log of rounds (models/companion-270m-rounds.md).
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import torch
from peft import LoraConfig, get_peft_model

from companion.engine.llama import available_threads
from training.examples import Example
from training.train import (
    ROOT,
    TARGET_MODULES,
    TrainConfig,
    batch_loss,
    encode,
    load_base,
    make_batches,
)


@dataclass(frozen=True)
class Variant:
    name: str
    dropout: float
    top_layers: int | None = None
    """LoRA only on this many of the last layers (None: all): no gradient flows below the lowest one."""


VARIANTS = [
    Variant("dropout 0.05, every layer", 0.05),
    Variant("dropout 0, every layer", 0.0),
    Variant("dropout 0, the last 12 layers", 0.0, 12),
]


def lora_model(base, variant: Variant):
    layers = base.config.num_hidden_layers
    which = list(range(layers - variant.top_layers, layers)) if variant.top_layers else None
    config = TrainConfig()
    lora = LoraConfig(r=config.rank, lora_alpha=config.alpha, lora_dropout=variant.dropout,
                      target_modules=TARGET_MODULES, layers_to_transform=which)
    model = get_peft_model(copy.deepcopy(base), lora)
    model.train()
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=config.learning_rate)
    return model, optimizer


def step_seconds(model, optimizer, prefix, batch) -> float:
    started = time.perf_counter()
    loss, _ = batch_loss(model, prefix, batch, "cpu")
    loss.backward()
    optimizer.step()
    optimizer.zero_grad(set_to_none=True)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/bench-train", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT / "training" / "data" / "train.jsonl")
    parser.add_argument("--steps", type=int, default=6, help="batches timed per configuration (after one warm-up)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    torch.set_num_threads(available_threads())
    torch.manual_seed(0)
    _, _, tokenizer, base = load_base("cpu")
    examples = [Example.from_json(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    schedule = make_batches(encode(tokenizer, examples), TrainConfig(), random.Random(TrainConfig.seed))
    warm_up, timed = schedule[0], schedule[1 : 1 + args.steps]
    models = [lora_model(base, variant) for variant in VARIANTS]
    for model, optimizer in models:
        step_seconds(model, optimizer, *warm_up)
    seconds: list[list[float]] = [[] for _ in VARIANTS]
    for prefix, batch in timed:
        for times, (model, optimizer) in zip(seconds, models):
            times.append(step_seconds(model, optimizer, prefix, batch))
    medians = [statistics.median(times) for times in seconds]
    report = {
        "threads": torch.get_num_threads(), "batches": [batch[0].task for _, batch in timed],
        "variants": [{"name": v.name, "seconds_per_step": round(m, 2), "speedup": round(medians[0] / m, 2)}
                     for v, m in zip(VARIANTS, medians)],
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"{len(timed)} batches ({', '.join(report['batches'])}), {report['threads']} threads, median of each:")
        for row in report["variants"]:
            print(f"  {row['name']:<40} {row['seconds_per_step']:6.2f} s/step   {row['speedup']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
