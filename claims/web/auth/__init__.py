from claims.web.auth import two_factor  # noqa: F401  (its routes join the auth blueprint)
from claims.web.auth.routes import init_login

__all__ = ["init_login"]
