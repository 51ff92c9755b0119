from claims.web.auth.routes import init_login

__all__ = ["init_login"]
