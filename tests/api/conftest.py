# The real local HTTP server and the setting that lets the fetcher reach it (tests/sources).
from tests.sources.conftest import allow_local, web  # noqa: F401
