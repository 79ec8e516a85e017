"""Distillation of the default model: seed tables, synthetic data, LoRA training and adapter export.

Run through scripts/synth, scripts/train and scripts/export. Everything renders through
companion/behaviors/prompts.py, so the model is trained on exactly the prompts it is served.
"""
