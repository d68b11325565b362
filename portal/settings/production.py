"""Production: everything from the environment; refuses to start without SECRET_KEY."""

from .base import *  # noqa: F403
from .base import SECRET_KEY, require_secret_key

SECRET_KEY = require_secret_key(SECRET_KEY)
DEBUG = False
