"""The offline analyst: the agent's brain when no Gemini key is set. Deterministic, no network, no weights.

| module | what |
|---|---|
| `analyst` | `OfflineAnalyst`: question → plan (code) → answer from the kernel's result |
| `columns` | columns from the profiles; matching the names (and abbreviations, synonyms) a question uses |
| `parse` | the question read into hints: intent words, conditions, fit and chart kinds |
| `request` | hints + memory → one typed `Request` (follow-ups, roles, defaults) |
| `kinds` | the ONE table of request kinds: intent → code writer and answer writer |
| `code` | shared parts of the cells: data preparation, filters, the result display |
| `answer` | the markdown answer from the result |
"""

from .analyst import OfflineAnalyst, OfflineAnswer, OfflinePlan, read_result
from .code import RESULT_MIME

__all__ = ["RESULT_MIME", "OfflineAnalyst", "OfflineAnswer", "OfflinePlan", "read_result"]
