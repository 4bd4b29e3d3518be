"""Shared pydantic base and constrained types for every riskmap entity."""

from __future__ import annotations

import uuid
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

# Limits protect against hostile or runaway files; generous for any real project.
MAX_NAME = 500
MAX_TEXT = 20_000

Name = Annotated[str, StringConstraints(max_length=MAX_NAME)]
Text = Annotated[str, StringConstraints(max_length=MAX_TEXT)]
Code = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40)
]
Colour = Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")]


def new_id() -> uuid.UUID:
    """A fresh stable identifier for an entity."""
    return uuid.uuid4()


class Entity(BaseModel):
    """Base of every model: validated on assignment, unknown fields refused."""

    model_config = ConfigDict(validate_assignment=True, extra="forbid")


class Identified(Entity):
    """An entity with a stable UUID."""

    id: uuid.UUID = Field(default_factory=new_id)
