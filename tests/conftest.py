"""Shared fixtures: a tiny model compiled and exported once per session."""

from __future__ import annotations

import pytest
from tvmq_testing import tiny_proto

import tvmq


@pytest.fixture(scope="session")
def tiny_model() -> tvmq.Model:
    return tvmq.load_onnx(tiny_proto())


@pytest.fixture(scope="session")
def tiny_compiled(tiny_model) -> tvmq.CompiledModel:
    return tvmq.compile(tiny_model, "host")


@pytest.fixture(scope="session")
def tiny_so(tiny_compiled, tmp_path_factory):
    return tiny_compiled.export(tmp_path_factory.mktemp("tiny") / "tiny.so")
