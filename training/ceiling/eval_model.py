"""Run training/evaluate_model.py, on the GPU when the first argument is `gpu`.

    python training/ceiling/eval_model.py gpu|cpu MODEL --out X.md --json X.json
"""
import runpy
import sys

if sys.argv[1] == "gpu":
    import spacy

    spacy.require_gpu(0)
sys.argv = ["training/evaluate_model.py"] + sys.argv[2:]
runpy.run_path("training/evaluate_model.py", run_name="__main__")
