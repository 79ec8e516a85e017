"""LoRA training on the served GGUF: `scripts/train [--data FILE] [--out DIR] [--epochs N] ...`.

transformers loads the very GGUF file the runtime serves (dequantized), so the adapter learns on the
served base. Prompts render through companion/behaviors/prompts.py; the loss is taken on response
tokens only, and logits are computed only there (the 262k-word output layer is most of the model).

Examples of one task share a long token prefix (instructions and examples): it is run once per batch
and its key/value cache is repeated for every example, which makes a batch of routing examples cost
little more than one. Where the hardware computes bfloat16 natively (a GPU, or a CPU with AMX or
AVX-512 BF16) the frozen base weights are held in it (the LoRA weights stay float32): on a CPU with AMX
that made a step about 1.4 times as fast for the same loss, the difference between an hour and more
(models/companion-270m-rounds.md, 2026-11-22). Elsewhere every weight stays float32 as dequantized (`--precision`).
On such a CPU `--dropout 0` is the configuration for the hour: LoRA dropout copies every adapted input,
an eighth of a step there (`scripts/bench-train`).
A checkpoint is written every few minutes and on Ctrl+C; running the same command again resumes from it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import signal
import sys
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import torch
from peft import LoraConfig, PeftModel, get_peft_model
from transformers import AutoModelForCausalLM, AutoTokenizer, DynamicCache

from companion.config import Locations
from companion.engine.llama import available_threads
from companion.models import default_manifest, provision_default
from training.examples import Example, render
from training.loss_weights import edit_weights
from training.precision import choose_precision

ROOT = Path(__file__).resolve().parent.parent
TARGET_MODULES = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]


@dataclass
class TrainConfig:
    epochs: float = 3.0
    learning_rate: float = 3e-4
    rank: int = 16
    alpha: int = 32
    dropout: float = 0.05
    batch_tokens: int = 1536
    max_batch: int = 32
    warmup_steps: int = 10
    seed: int = 7
    checkpoint_seconds: int = 300
    precision: str = "auto"
    """The frozen base weights' dtype during training: "bf16", "fp32", or "auto" (training/precision.py)."""
    edit_weight: float = 1.0
    """How much more an edit response's changed tokens count than its copied ones (training/loss_weights.py).
    1 is plain cross-entropy, as the shipped adapter was trained; 3 made it change more but not better."""


@dataclass
class Encoded:
    task: str
    prompt: list[int]
    response: list[int]
    weights: list[float]
    """One loss weight per response token."""


def load_base(device: str):
    manifest = default_manifest()
    path = provision_default(manifest, Locations.from_environment())
    tokenizer = AutoTokenizer.from_pretrained(path.parent, gguf_file=path.name)
    model = AutoModelForCausalLM.from_pretrained(path.parent, gguf_file=path.name, dtype=torch.float32).to(device)
    return manifest, path, tokenizer, model


def encode(tokenizer, examples: list[Example], edit_weight: float = 1.0) -> list[Encoded]:
    """Token ids as the runtime sees them: BOS, the prompt, then the response the model should continue with;
    an edit's changed tokens weighted by ``edit_weight``."""
    def tokens(text: str) -> list[int]:
        return tokenizer(text, add_special_tokens=False)["input_ids"]

    encoded = []
    for example in examples:
        prompt, response = render(example)
        ids, response_ids = [tokenizer.bos_token_id] + tokens(prompt), tokens(response)
        if example.task == "edit" and edit_weight != 1.0:
            copy = tokens(render(replace(example, response=example.fields["original"]))[1])
            weights = edit_weights(copy, response_ids, edit_weight)
        else:
            weights = [1.0] * len(response_ids)
        encoded.append(Encoded(example.task, ids, response_ids, weights))
    return encoded


def common_prefix(items: list[Encoded]) -> int:
    """Length of the token prefix every prompt of a group shares (at least one token is left per prompt)."""
    first = items[0].prompt
    length = min(len(item.prompt) for item in items) - 1
    for item in items[1:]:
        length = next((i for i in range(length) if item.prompt[i] != first[i]), length)
    return max(length, 0)


def make_batches(items: list[Encoded], config: TrainConfig, rng: random.Random) -> list[tuple[list[int], list[Encoded]]]:
    """Per task, examples of similar length together under a token budget; batches in random order."""
    batches = []
    for task in sorted({item.task for item in items}):
        group = sorted((i for i in items if i.task == task), key=lambda i: len(i.prompt) + len(i.response))
        prefix_length = common_prefix(group)
        prefix = group[0].prompt[:prefix_length]
        current: list[Encoded] = []
        for item in group:
            longest = max([len(i.prompt) + len(i.response) - prefix_length for i in current + [item]])
            if current and (longest * (len(current) + 1) > config.batch_tokens or len(current) >= config.max_batch):
                batches.append((prefix, current))
                current = []
            current.append(item)
        if current:
            batches.append((prefix, current))
    rng.shuffle(batches)
    return batches


def batch_loss(model, prefix: list[int], items: list[Encoded], device: str) -> tuple[torch.Tensor, int]:
    """Weighted mean cross-entropy over the response tokens of a batch, the shared prefix run once."""
    inner = model.get_base_model()
    cache = DynamicCache(config=inner.config)
    if prefix:
        inner.model(input_ids=torch.tensor([prefix], device=device), past_key_values=cache, use_cache=True)
        cache.batch_repeat_interleave(len(items))
    suffixes = [item.prompt[len(prefix):] + item.response for item in items]
    width = max(len(s) for s in suffixes)
    input_ids = torch.zeros((len(items), width), dtype=torch.long, device=device)
    labels = torch.full((len(items), width), -100, dtype=torch.long, device=device)
    weights = torch.zeros((len(items), width), device=device)
    for row, (item, suffix) in enumerate(zip(items, suffixes)):
        input_ids[row, : len(suffix)] = torch.tensor(suffix)
        start = len(item.prompt) - len(prefix)
        labels[row, start - 1 : len(suffix) - 1] = torch.tensor(item.response)  # position t predicts token t+1
        weights[row, start - 1 : len(suffix) - 1] = torch.tensor(item.weights)
    hidden = inner.model(input_ids=input_ids, past_key_values=cache if prefix else None, use_cache=bool(prefix)).last_hidden_state
    mask = labels != -100
    logits = inner.lm_head(hidden[mask]).float()
    return weighted_cross_entropy(logits, labels[mask], weights[mask]), int(mask.sum())


def weighted_cross_entropy(logits: torch.Tensor, labels: torch.Tensor, weights: torch.Tensor) -> torch.Tensor:
    losses = torch.nn.functional.cross_entropy(logits, labels, reduction="none")
    return (losses * weights).sum() / weights.sum()


def full_loss(model, item: Encoded, device: str) -> torch.Tensor:
    """The same loss without prefix sharing: the check that sharing changes nothing."""
    ids = torch.tensor([item.prompt + item.response], device=device)
    hidden = model.get_base_model().model(input_ids=ids).last_hidden_state[0, len(item.prompt) - 1 : -1]
    logits = model.get_base_model().lm_head(hidden).float()
    return weighted_cross_entropy(logits, torch.tensor(item.response, device=device), torch.tensor(item.weights, device=device))


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def train(data: Path, out: Path, config: TrainConfig, max_steps: int | None = None, *,
          tasks: tuple[str, ...] = (), init_adapter: Path | None = None) -> Path:
    device = "cuda" if torch.cuda.is_available() else "cpu"
    if device == "cpu":
        torch.set_num_threads(available_threads())
    torch.manual_seed(config.seed)
    precision, why = choose_precision(config.precision, device,
                                      gpu_has_bf16=device == "cuda" and torch.cuda.is_bf16_supported())
    config = replace(config, precision=precision)
    print(f"base weights in {precision}: {why}", file=sys.stderr)
    manifest, base_path, tokenizer, model = load_base(device)
    data_sha256 = sha256_file(data)
    examples = [Example.from_json(line) for line in data.read_text(encoding="utf-8").splitlines() if line.strip()]
    examples = [e for e in examples if not tasks or e.task in tasks]
    items = encode(tokenizer, examples, config.edit_weight)
    lora = LoraConfig(r=config.rank, lora_alpha=config.alpha, lora_dropout=config.dropout, target_modules=TARGET_MODULES)
    checkpoint = out / "checkpoint"
    if (checkpoint / "adapter_config.json").exists():
        model = PeftModel.from_pretrained(model, checkpoint, is_trainable=True)
    elif init_adapter:
        model = PeftModel.from_pretrained(model, init_adapter, is_trainable=True)
    else:
        model = get_peft_model(model, lora)
    parameters = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(parameters, lr=config.learning_rate, weight_decay=0.0)

    rng = random.Random(config.seed)
    epochs = [make_batches(items, config, rng) for _ in range(math.ceil(config.epochs))]
    schedule = [batch for epoch in epochs for batch in epoch][: int(len(epochs[0]) * config.epochs)]
    total = min(len(schedule), max_steps or len(schedule))
    state = {"step": 0, "seconds": 0.0, "tokens": 0}
    if (checkpoint / "trainer.pt").exists():
        saved = torch.load(checkpoint / "trainer.pt", weights_only=False)
        optimizer.load_state_dict(saved["optimizer"])
        state = saved["state"]
        print(f"resuming at step {state['step']}/{total}", file=sys.stderr)
    else:
        _check_prefix_sharing(model, epochs[0], device)
    if config.precision == "bf16":
        freeze_base_in_bf16(model)

    def learning_rate(step: int) -> float:
        if step < config.warmup_steps:
            return config.learning_rate * (step + 1) / config.warmup_steps
        return config.learning_rate * 0.5 * (1 + math.cos(math.pi * (step - config.warmup_steps) / max(1, total - config.warmup_steps)))

    interrupted = []
    signal.signal(signal.SIGINT, lambda *_: interrupted.append(True))
    model.train()
    last_save, average = time.monotonic(), None
    while state["step"] < total and not interrupted:
        started = time.monotonic()
        prefix, batch = schedule[state["step"]]
        for group in optimizer.param_groups:
            group["lr"] = learning_rate(state["step"])
        with torch.autocast(device, dtype=torch.bfloat16, enabled=config.precision == "bf16"):
            loss, counted = batch_loss(model, prefix, batch, device)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(parameters, 1.0)
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        state["step"] += 1
        state["seconds"] += time.monotonic() - started
        state["tokens"] += counted
        average = loss.item() if average is None else 0.9 * average + 0.1 * loss.item()
        eta = state["seconds"] / state["step"] * (total - state["step"])
        print(f"step {state['step']}/{total}  {batch[0].task:<11} loss {loss.item():.3f} (avg {average:.3f})  "
              f"{state['seconds']:.0f}s elapsed, ETA {eta / 60:.1f} min", file=sys.stderr, flush=True)
        if time.monotonic() - last_save > config.checkpoint_seconds:
            _save_checkpoint(model, optimizer, state, checkpoint)
            last_save = time.monotonic()
    _save_checkpoint(model, optimizer, state, checkpoint)
    if state["step"] < total:
        print(f"stopped at step {state['step']}/{total}; run the same command again to resume", file=sys.stderr)
        raise SystemExit(130)
    adapter = out / "adapter"
    model.save_pretrained(adapter)
    record = {
        "base_model": manifest.name, "base_sha256": manifest.sha256, "base_file": str(base_path),
        "data": str(data.relative_to(ROOT) if data.is_relative_to(ROOT) else data), "data_sha256": data_sha256,
        "examples": len(examples), "tasks": list(tasks) or "all",
        "init_adapter": init_adapter and str(init_adapter.relative_to(ROOT) if init_adapter.is_relative_to(ROOT) else init_adapter),
        "steps": total, "response_tokens": state["tokens"],
        "train_seconds": round(state["seconds"], 1), "device": device if device == "cpu" else torch.cuda.get_device_name(),
        "threads": torch.get_num_threads(), "target_modules": TARGET_MODULES, "final_loss": average, **asdict(config),
    }
    (out / "training.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(f"adapter → {adapter}  ({state['seconds'] / 60:.1f} min of training)", file=sys.stderr)
    return adapter


def freeze_base_in_bf16(model) -> None:
    """Hold the frozen base weights in bfloat16 and leave the trained LoRA weights, and buffers such as the
    rotary frequencies, in float32: the optimizer's small updates need float32, positions need exact angles."""
    for parameter in model.parameters():
        if not parameter.requires_grad:
            parameter.data = parameter.data.to(torch.bfloat16)


def _check_prefix_sharing(model, batches, device: str) -> None:
    """Sharing the prefix must give the same loss as running each example whole: checked on the longest
    example of every task (dropout off), where sliding-window attention would show a mismatch."""
    model.eval()
    longest = {}
    for prefix, items in batches:
        item = max(items, key=lambda i: len(i.prompt) + len(i.response))
        if item.task not in longest or len(item.prompt) + len(item.response) > sum(map(len, (longest[item.task][1].prompt, longest[item.task][1].response))):
            longest[item.task] = (prefix, item)
    with torch.no_grad():
        for task, (prefix, item) in longest.items():
            shared, _ = batch_loss(model, prefix, [item], device)
            whole = full_loss(model, item, device)
            if not torch.allclose(shared, whole, rtol=1e-3, atol=1e-3):
                raise SystemExit(f"prefix sharing changed the {task} loss ({shared.item():.5f} vs {whole.item():.5f}); refusing to train")
    model.train()


def _save_checkpoint(model, optimizer, state, checkpoint: Path) -> None:
    """Written to a temporary folder and renamed, so an interruption never leaves a half checkpoint."""
    temporary = checkpoint.with_name(checkpoint.name + ".tmp")
    model.save_pretrained(temporary)
    torch.save({"optimizer": optimizer.state_dict(), "state": state}, temporary / "trainer.pt")
    if checkpoint.exists():
        old = checkpoint.with_name(checkpoint.name + ".old")
        checkpoint.rename(old)
        temporary.rename(checkpoint)
        for file in old.iterdir():
            file.unlink()
        old.rmdir()
    else:
        temporary.rename(checkpoint)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/train", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT / "training" / "data" / "train.jsonl")
    parser.add_argument("--out", type=Path, default=ROOT / "training" / "runs" / "default")
    parser.add_argument("--epochs", type=float, default=TrainConfig.epochs)
    parser.add_argument("--learning-rate", type=float, default=TrainConfig.learning_rate)
    parser.add_argument("--rank", type=int, default=TrainConfig.rank)
    parser.add_argument("--dropout", type=float, default=TrainConfig.dropout,
                        help="LoRA dropout (0 skips a copy of every LoRA input: about 1.2 times as fast on a CPU)")
    parser.add_argument("--precision", choices=("auto", "bf16", "fp32"), default=TrainConfig.precision,
                        help="dtype of the frozen base weights while training (bf16: faster where the hardware has it, "
                             "same loss; auto: bf16 only there)")
    parser.add_argument("--edit-weight", type=float, default=TrainConfig.edit_weight,
                        help="weight of an edit's changed tokens against its copied ones (1: plain cross-entropy)")
    parser.add_argument("--max-steps", type=int, help="stop after this many steps (a quick trial)")
    parser.add_argument("--tasks", default="", help="train only on these tasks, comma-separated (e.g. edit,locate)")
    parser.add_argument("--init-adapter", type=Path, help="continue from this PEFT adapter instead of a fresh LoRA")
    args = parser.parse_args(argv)
    config = TrainConfig(epochs=args.epochs, learning_rate=args.learning_rate, rank=args.rank, alpha=2 * args.rank, dropout=args.dropout,
                         precision=args.precision, edit_weight=args.edit_weight)
    args.out.mkdir(parents=True, exist_ok=True)
    tasks = tuple(t for t in args.tasks.split(",") if t)
    init = args.init_adapter.resolve() if args.init_adapter else None
    train(args.data.resolve(), args.out.resolve(), config, args.max_steps, tasks=tasks, init_adapter=init)
    return 0
