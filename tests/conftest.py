"""Shared fixtures: a tiny model compiled and exported once per session."""

from __future__ import annotations

import os

import pytest
from tvmq_testing import tiny_proto

import tvmq
from tvmq.schedule.apply import STRICT_RULES_ENV

# A schedule rule's own bug (a NameError, say) fails the test instead of falling back quietly.
os.environ.setdefault(STRICT_RULES_ENV, "1")


@pytest.fixture(scope="session")
def tiny_model() -> tvmq.Model:
    return tvmq.load_onnx(tiny_proto())


@pytest.fixture(scope="session")
def tiny_compiled(tiny_model) -> tvmq.CompiledModel:
    return tvmq.compile(tiny_model, "host")


@pytest.fixture(scope="session")
def tiny_so(tiny_compiled, tmp_path_factory):
    return tiny_compiled.export(tmp_path_factory.mktemp("tiny") / "tiny.so")
