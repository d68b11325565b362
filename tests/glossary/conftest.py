# Until this folder builds its own trees (issue 12), its tests use the demo content.
from tests.legacy_demo import *  # noqa: F403
