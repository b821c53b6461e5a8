"""Write the JSON Schema files under `schemas/json/` from the models (`make schemas`)."""

import sys
from pathlib import Path

import orjson
from pydantic import BaseModel

from schemas.article import Article
from schemas.dead_letter import DeadLetter
from schemas.stage import ExchangeStage
from schemas.tally import StageView, Tally

SCHEMA_DIR = Path(__file__).parent / "json"
MODELS: dict[str, type[BaseModel]] = {
    "article": Article,
    "exchange_stage": ExchangeStage,
    "tally": Tally,
    "stage_view": StageView,
    "dead_letter": DeadLetter,
}


def render_schemas() -> dict[str, bytes]:
    """Return each model's JSON Schema as the exact bytes to commit."""
    return {
        f"{name}.schema.json": orjson.dumps(
            model.model_json_schema(), option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS
        )
        + b"\n"
        for name, model in MODELS.items()
    }


def main() -> int:
    """Regenerate the committed schema files."""
    SCHEMA_DIR.mkdir(exist_ok=True)
    for filename, content in render_schemas().items():
        (SCHEMA_DIR / filename).write_bytes(content)
        sys.stdout.write(f"wrote {SCHEMA_DIR / filename}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
