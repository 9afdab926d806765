"""CQE (Almasian et al., the `cqe` package 2.0.3) as a peer: its quantities for the same gold
sentences, read as `Prediction`s so that newsfold's scorer scores both the same way.

CQE is a benchmark-only dependency (the `cqe` extra, installed by `make eval`): it is imported
only when `predict_cqe` runs. It loads spaCy's model by the name `en_core_web_sm` (the shim in
bench/en_core_web_sm_shim) and sets the en_US.UTF-8 locale on import.
"""

from __future__ import annotations

import time
import warnings

from newsfold.eval.numbers import Prediction


def load_cqe():
    """A CQE parser, or an ImportError that says how to install it."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from CQE import CQE
            return CQE.CQE()
    except (ImportError, ModuleNotFoundError) as exc:
        raise ImportError("CQE is not installed: `make eval` sets it up (the `cqe` extra; see the Makefile)") from exc


def _as_prediction(quantity) -> Prediction:
    value = quantity.value
    unit = getattr(quantity.unit, "norm_unit", "-")
    unit = None if unit in (None, "", "-") else str(unit)
    text = " ".join(t.text for t in getattr(value, "span", []) or [])
    if hasattr(value, "lower"):  # a Range
        low, high = float(value.lower), float(value.upper)
        return Prediction(text, low, high if high != low else None, unit)
    return Prediction(text, float(value.value), None, unit)


def predict_cqe(texts: list[str], parser=None) -> tuple[list[list[Prediction]], dict]:
    """CQE's quantities for each text (a text CQE fails on gets none), and timing."""
    parser = parser or load_cqe()
    started = time.perf_counter()
    predictions, failures = [], 0
    for text in texts:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                quantities = parser.parse(text)
            predictions.append([_as_prediction(q) for q in quantities])
        except Exception:  # noqa: BLE001 - a peer's crash on one sentence costs it that sentence
            failures += 1
            predictions.append([])
    return predictions, {"seconds": time.perf_counter() - started, "failed_sentences": failures}


__all__ = ["load_cqe", "predict_cqe"]
